/**
 * Pure: where a deployment stands, judged from what ECS says about it (service deployments, or
 * `service.deployments[]` as the fallback), and which service revision a service runs once a
 * watch is over. The watcher (rollout.ts) reads; this decides.
 */
import type { Service, ServiceDeployment } from '@aws-sdk/client-ecs'
import type { DeploymentState, Followed, WaitUntil } from '../model/deployment.js'
import { primaryDeployment } from '../util/service-connect.js'

export const followedId = (followed: Followed): string =>
  'arn' in followed ? followed.arn : followed.id

const why = (reason: string | undefined): string => (reason ? `: ${reason}` : '')

/** Stages from which production traffic is on the new revision (ECS service deployments guide). */
const TRAFFIC_SHIFTED_STAGES = new Set(['BAKE_TIME', 'CLEAN_UP'])

/**
 * Pure: a ServiceDeployment judged by its status (ECS API model, ServiceDeploymentStatus).
 * A rollback is "rolled back" only once ECS says ROLLBACK_SUCCESSFUL; until then it is followed.
 */
export function judgeServiceDeployment(
  deployment: ServiceDeployment,
  until: WaitUntil
): DeploymentState {
  const arn = deployment.serviceDeploymentArn ?? ''
  const reason = deployment.statusReason
  switch (deployment.status) {
    case 'SUCCESSFUL':
      return { state: 'completed' }
    case 'ROLLBACK_SUCCESSFUL':
      return {
        state: 'rolled-back',
        reason: `deployment ${arn} failed and ECS rolled it back${why(reason ?? deployment.rollback?.reason)}`
      }
    case 'ROLLBACK_FAILED':
      return {
        state: 'failed',
        reason: `deployment ${arn} failed and so did ECS's rollback${why(reason)}`
      }
    case 'STOP_REQUESTED':
    case 'STOPPED':
      return {
        state: 'stopped',
        reason: `deployment ${arn} was stopped (${deployment.status})${why(reason)}`
      }
    case 'ROLLBACK_REQUESTED':
    case 'ROLLBACK_IN_PROGRESS':
      return { state: 'in-progress', stage: deployment.status }
    default: {
      // PENDING, IN_PROGRESS, or a status newer than this code.
      const stage = deployment.lifecycleStage
      if (until === 'traffic-shifted' && stage && TRAFFIC_SHIFTED_STAGES.has(stage))
        return { state: 'traffic-shifted' }
      return stage ? { state: 'in-progress', stage } : { state: 'in-progress' }
    }
  }
}

/**
 * Pure, fallback: where a `deployments[]` entry stands. Unlike the SDK's ServicesStable waiter,
 * it looks at the deployment this run started. A deployment that is no longer PRIMARY without
 * having failed was replaced by a newer one: that is not a rollback.
 */
export function judgeDeployment(
  service: Service | undefined,
  deploymentId: string
): DeploymentState {
  if (!service) return { state: 'failed', reason: 'the service is no longer found (MISSING)' }
  if (service.status !== 'ACTIVE')
    return {
      state: 'failed',
      reason: `the service is ${service.status ?? 'gone'} while deploying`
    }
  const deployments = service.deployments ?? []
  const ours = deployments.find((deployment) => deployment.id === deploymentId)
  const primary = primaryDeployment(service)
  if (ours?.rolloutState === 'FAILED') {
    const reason = `deployment ${deploymentId} failed${why(ours.rolloutStateReason)}`
    // The circuit breaker's rollback: our deployment failed and a new PRIMARY took over.
    if (primary && primary.id !== deploymentId)
      return primary.rolloutState === 'COMPLETED'
        ? {
            state: 'rolled-back',
            reason: `${reason}; ECS rolled back to deployment ${primary.id ?? ''}`
          }
        : { state: 'in-progress', stage: 'ROLLBACK_IN_PROGRESS' }
    return { state: 'failed', reason }
  }
  if (!ours || ours.status !== 'PRIMARY')
    return {
      state: 'stopped',
      reason: `deployment ${deploymentId} is no longer the PRIMARY deployment${primary?.id ? `; deployment ${primary.id} is` : ''}`,
      replaced: true
    }
  if (ours.rolloutState === 'COMPLETED') return { state: 'completed' }
  // Without a rollout state (older deployment types), settle for what the SDK waiter checks.
  if (
    ours.rolloutState === undefined &&
    deployments.length === 1 &&
    ours.runningCount === ours.desiredCount
  )
    return { state: 'completed' }
  return { state: 'in-progress' }
}

/** The service's events since `since` (1 s of slack), newest first, as ECS lists them. */
export function recentEvents(service: Service | undefined, since: Date, limit = 5): string[] {
  return (service?.events ?? [])
    .filter((event) => event.createdAt && event.createdAt.getTime() >= since.getTime() - 1000)
    .slice(0, limit)
    .map((event) => event.message ?? '')
}

/**
 * Pure: the revision a service runs in full after a watch. The target of a finished deployment,
 * the revision a rollback restored; for a deployment that did not finish (still running,
 * stopped), the revision it started from; else the service's current revision (the busiest,
 * the followed deployment's target on a tie).
 */
export function revisionInForce(
  verdict: DeploymentState | { state: 'timed-out' },
  deployment: ServiceDeployment | undefined,
  service: Service | undefined
): string | undefined {
  const target = deployment?.targetServiceRevision?.arn
  if ((verdict.state === 'completed' || verdict.state === 'traffic-shifted') && target)
    return target
  const sources = deployment?.sourceServiceRevisions ?? []
  const source = sources.length === 1 ? sources[0]?.arn : undefined
  if (verdict.state === 'rolled-back' && deployment?.rollback?.serviceRevisionArn)
    return deployment.rollback.serviceRevisionArn
  if (source) return source
  const current = service?.currentServiceRevisions ?? []
  const busiest = [...current].sort(
    (a, b) =>
      (b.runningTaskCount ?? 0) - (a.runningTaskCount ?? 0) ||
      Number(b.arn === target) - Number(a.arn === target)
  )[0]
  return busiest?.arn
}

/**
 * Pure: the revision the service is configured with, when it is not the one in force. A
 * deployment the circuit breaker stopped without a rollback (`rollback: false`) leaves the
 * service on its target revision (DeploymentCircuitBreaker model doc: the deployment fails and
 * stops launching tasks; only `rollback` returns the service to the last completed deployment),
 * while the tasks of the source revision go on serving. The next deployment starts from the
 * target. Only for the deployment the service still calls current: a newer one decides.
 */
export function revisionConfigured(
  verdict: DeploymentState | { state: 'timed-out' },
  deployment: ServiceDeployment | undefined,
  service: Service | undefined,
  inForce: string | undefined
): string | undefined {
  if (verdict.state !== 'stopped' || !deployment) return undefined
  const target = deployment.targetServiceRevision?.arn
  if (!target || target === inForce) return undefined
  return service?.currentServiceDeployment === deployment.serviceDeploymentArn ? target : undefined
}
