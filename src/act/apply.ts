/**
 * Apply: update each service whose plan changes something, then follow its deployment.
 * Only this module is handed an `EcsWriter`.
 */
import type { EcsWriter } from '../aws/ecs.js'
import { mapLimit } from '../util/concurrency.js'
import { errorText } from '../util/errors.js'
import type { RolloutWatcher } from './rollout.js'
import { followedId } from './deployment-state.js'
import { isCancelled } from '../aws/abort.js'
import { tlsAfterRun } from './in-force.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { ServicePlan } from '../model/plan.js'
import type { Followed, WatchResult } from '../model/deployment.js'
import { primaryDeployment, sameTls } from '../util/service-connect.js'

export interface ApplyOptions {
  cluster: string
  writer: EcsWriter
  /** Absent when `wait-for-service-stability` is false. */
  watcher?: RolloutWatcher
  maxConcurrency: number
  signal?: AbortSignal
  /** Told as each deployment starts, for a live log line (the log groups come at the end). */
  onStarted?: (service: string, deployment: string) => void
}

const KEPT = 'the service keeps its previous Service Connect configuration'

function base(plan: ServicePlan): ServiceOutcome {
  return {
    name: plan.name,
    ...(plan.serviceArn ? { serviceArn: plan.serviceArn } : {}),
    status: 'unchanged',
    ports: plan.ports,
    findings: [],
    log: []
  }
}

/**
 * `maxConcurrency` bounds the UpdateService calls in flight, not the rollouts: each service's
 * wait starts as soon as its update returns and does not hold a slot, so a fleet rolls out in
 * about the time of one rollout.
 */
export async function applyPlans(
  plans: readonly ServicePlan[],
  options: ApplyOptions
): Promise<ServiceOutcome[]> {
  const started = await mapLimit(plans, options.maxConcurrency, (plan) => startOne(plan, options))
  return Promise.all(
    started.map(async ({ outcome, watch }) => (watch ? settle(outcome, await watch) : outcome))
  )
}

/** A service after its update: `watch` is being followed already when present. */
interface Started {
  outcome: ServiceOutcome
  watch?: Promise<WatchResult>
}

function notStarted(outcome: ServiceOutcome, why: string): Started {
  return {
    outcome: {
      ...outcome,
      status: 'failed',
      notStarted: true,
      error: `not started: ${why}`
    }
  }
}

async function startOne(plan: ServicePlan, options: ApplyOptions): Promise<Started> {
  const settled = (outcome: ServiceOutcome): Started => ({ outcome })
  const outcome = base(plan)
  if (plan.error)
    return settled({ ...outcome, status: 'failed', error: `${plan.error}. Nothing was written.` })
  if (!plan.changed || !plan.after) {
    outcome.log.push('TLS is already as requested on every chosen port; no update, no deployment.')
    return settled(outcome)
  }
  if (options.signal?.aborted)
    return notStarted(outcome, `the run was cancelled before this service was updated; ${KEPT}`)
  outcome.log.push(
    `UpdateService with the merged Service Connect configuration (${describeChanges(plan)})`
  )
  let followed: Followed | undefined
  let deploymentId: string | undefined
  try {
    const service = await options.writer.updateServiceConnect(
      options.cluster,
      plan.name,
      plan.after
    )
    // When the SDK retried an update ECS had applied, this names the later deployment.
    const arn = service?.currentServiceDeployment
    const id = service ? primaryDeployment(service)?.id : undefined
    followed = arn ? { arn } : id ? { id } : undefined
    deploymentId = id
  } catch (error) {
    if (options.signal?.aborted || isCancelled(error))
      return notStarted(
        outcome,
        'the run was cancelled before UpdateService returned (a throttled call is not retried); unless ECS had already accepted it, ' +
          KEPT
      )
    return settled({
      ...outcome,
      status: 'failed',
      error: `UpdateService failed: ${errorText(error)}. Nothing changed: ${KEPT}.`
    })
  }
  if (!followed)
    return settled({
      ...outcome,
      status: 'failed',
      error: 'UpdateService returned no deployment to follow'
    })
  const deployment = followedId(followed)
  outcome.deploymentId = deployment
  outcome.log.push(`Deployment ${deployment} started`)
  options.onStarted?.(plan.name, deployment)
  if (!options.watcher) {
    outcome.log.push('Not waiting for the deployment (wait-for-service-stability: false)')
    return settled({ ...outcome, status: 'updated', rollout: 'not-waited' })
  }
  return {
    outcome,
    watch: options.watcher.watch(plan.name, followed, deploymentId ? { deploymentId } : {})
  }
}

function describeChanges(plan: ServicePlan): string {
  const changed = plan.ports.filter((port) => port.changed).map((port) => port.portName)
  return `TLS on ${changed.join(', ')}`
}

/** Changed ports whose TLS in force is not what was asked for. */
function portsWithoutRequestedTls(outcome: ServiceOutcome): string[] {
  const inForce = tlsAfterRun(outcome)
  return outcome.ports
    .filter((port, index) => port.changed && !sameTls(port.after, inForce[index]?.tls))
    .map((port) => port.portName)
}

function settle(started: ServiceOutcome, result: WatchResult): ServiceOutcome {
  const outcome: ServiceOutcome = { ...started }
  // Superseded: the deployment followed at the end is the newer one; ours stays the id.
  const followed = followedId(result.followed)
  if (followed !== outcome.deploymentId)
    outcome.log.push(`A newer deployment, ${followed}, replaced it and was followed to its end`)
  if (result.inForce) {
    outcome.inForce = result.inForce
    outcome.log.push(
      `In force after the run: ${result.inForce.revisionArn ? `service revision ${result.inForce.revisionArn}` : 'the PRIMARY deployment'}`
    )
  }
  if (result.configured) {
    outcome.configured = result.configured
    outcome.log.push(
      `Configured: service revision ${result.configured.revisionArn ?? ''} (ECS did not roll back; the next deployment starts from it)`
    )
  }
  if (result.events.length) outcome.events = result.events
  if (result.viaServices)
    outcome.log.push(
      'Followed through DescribeServices (deployments[], rolloutState): without ecs:DescribeServiceDeployments the lifecycle stages and bake time are unknown'
    )
  const { outcome: rollout } = result
  const missing = result.inForce ? portsWithoutRequestedTls(outcome) : []
  const events = result.events.map((event) => `  event: ${event}`)
  switch (rollout.state) {
    case 'completed':
    case 'traffic-shifted': {
      outcome.log.push(
        rollout.state === 'completed'
          ? `Deployment ${followed} completed`
          : `Deployment ${followed} shifted production traffic (now in BAKE_TIME or later); ECS finishes it`
      )
      if (missing.length)
        return {
          ...outcome,
          status: 'failed',
          rollout: rollout.state,
          error: `deployment ${followed} ended ${rollout.state}, but the revision in force has not the requested TLS on ${missing.join(', ')}`
        }
      return { ...outcome, status: 'updated', rollout: rollout.state }
    }
    case 'superseded': {
      outcome.log.push(rollout.reason, ...events)
      // Another deployment replaced ours; what counts is whether it carried the TLS over.
      if (result.inForce && missing.length === 0)
        return { ...outcome, status: 'updated', rollout: 'superseded' }
      return { ...outcome, status: 'failed', rollout: 'superseded', error: rollout.reason }
    }
    case 'failed':
    case 'rolled-back':
      outcome.log.push(`Deployment failed: ${rollout.reason}`, ...events)
      return { ...outcome, status: 'failed', rollout: rollout.state, error: rollout.reason }
    case 'timed-out':
    case 'cancelled':
      outcome.log.push(rollout.reason, ...events)
      return { ...outcome, status: 'failed', rollout: rollout.state, error: rollout.reason }
    case 'read-failed':
      outcome.log.push(rollout.reason)
      return {
        ...outcome,
        status: 'failed',
        rollout: rollout.state,
        error: rollout.reason,
        waitEnded: {
          cause: rollout.cause,
          operation: rollout.operation,
          lastSeen: rollout.lastSeen,
          wayOut: rollout.wayOut
        }
      }
  }
}
