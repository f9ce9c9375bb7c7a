/**
 * Apply: update each service whose plan changes something, then follow its deployment.
 * Only this module is handed an `EcsWriter`.
 */
import type { EcsWriter } from '../aws/ecs.js'
import { mapLimit } from './concurrency.js'
import { errorText } from '../errors.js'
import type { ServiceOutcome } from '../report/outcome.js'
import type { ServicePlan } from '../plan/plan.js'
import type { RolloutOutcome, RolloutWatcher } from './rollout.js'
import { primaryDeployment } from '../plan/service-connect.js'

export interface ApplyOptions {
  cluster: string
  writer: EcsWriter
  /** Absent when `wait-for-service-stability` is false. */
  watcher?: RolloutWatcher
  maxConcurrency: number
  signal?: AbortSignal
  /** Told as each deployment starts, for a live log line (the log groups come at the end). */
  onStarted?: (service: string, deploymentId: string) => void
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
    started.map(async ({ outcome, rollout }) =>
      rollout ? settle(outcome, await rollout) : outcome
    )
  )
}

/** A service after its update: `rollout` is being watched already when present. */
interface Started {
  outcome: ServiceOutcome
  rollout?: Promise<RolloutOutcome>
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
    return settled({
      ...outcome,
      status: 'failed',
      error: `the run was cancelled before this service was updated; ${KEPT}`
    })
  outcome.log.push(
    `UpdateService with the merged Service Connect configuration (${describeChanges(plan)})`
  )
  let deploymentId: string | undefined
  try {
    const service = await options.writer.updateServiceConnect(
      options.cluster,
      plan.name,
      plan.after
    )
    deploymentId = service ? primaryDeployment(service)?.id : undefined
  } catch (error) {
    return settled({
      ...outcome,
      status: 'failed',
      error: `UpdateService failed: ${errorText(error)}. Nothing changed: ${KEPT}.`
    })
  }
  if (!deploymentId)
    return settled({
      ...outcome,
      status: 'failed',
      error: 'UpdateService returned no PRIMARY deployment to follow'
    })
  outcome.deploymentId = deploymentId
  outcome.log.push(`Deployment ${deploymentId} started`)
  options.onStarted?.(plan.name, deploymentId)
  if (!options.watcher) {
    outcome.log.push('Not waiting for the deployment (wait-for-service-stability: false)')
    return settled({ ...outcome, status: 'updated', rollout: 'not-waited' })
  }
  return { outcome, rollout: options.watcher.watch(plan.name, deploymentId) }
}

function describeChanges(plan: ServicePlan): string {
  const changed = plan.ports.filter((port) => port.changed).map((port) => port.portName)
  return `TLS on ${changed.join(', ')}`
}

function settle(outcome: ServiceOutcome, rollout: RolloutOutcome): ServiceOutcome {
  switch (rollout.state) {
    case 'completed':
      outcome.log.push(`Deployment ${outcome.deploymentId ?? ''} completed`)
      return { ...outcome, status: 'updated', rollout: 'completed' }
    case 'failed':
      outcome.log.push(
        `Deployment failed: ${rollout.reason}`,
        ...rollout.events.map((event) => `  event: ${event}`)
      )
      return {
        ...outcome,
        status: 'failed',
        rollout: rollout.rolledBack ? 'rolled-back' : 'failed',
        error: rollout.reason,
        events: rollout.events
      }
    case 'timed-out':
    case 'cancelled':
      outcome.log.push(rollout.reason)
      return { ...outcome, status: 'failed', rollout: rollout.state, error: rollout.reason }
  }
}
