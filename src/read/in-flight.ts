/**
 * Releases already in flight when the run starts. An update on top of one would supersede it,
 * and if the TLS deployment then failed, the circuit breaker would roll back to the last
 * completed deployment, undoing that release too (ECS service deployments guide).
 */
import type { Service, ServiceDeployment } from '@aws-sdk/client-ecs'
import type { EcsReader } from '../aws/ecs.js'
import { isCancelled } from '../aws/abort.js'
import { errorText, isAccessDenied } from '../util/errors.js'
import type { InFlight } from '../model/deployment.js'
import type { Read, Target } from '../model/facts.js'
import { primaryDeployment } from '../util/service-connect.js'

const RUNNING = new Set([
  'PENDING',
  'IN_PROGRESS',
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'STOP_REQUESTED'
])

/**
 * Pure: the service's unfinished deployment, if any. With service deployments, the current one
 * when it is still running; without, a PRIMARY deployment whose rollout is IN_PROGRESS.
 */
export function inFlightOf(
  service: Service,
  current: ServiceDeployment | undefined
): InFlight | undefined {
  const arn = service.currentServiceDeployment
  if (arn) {
    if (!current?.status || !RUNNING.has(current.status)) return undefined
    return {
      followed: { arn },
      deployment: arn,
      status: current.status,
      ...(current.lifecycleStage ? { stage: current.lifecycleStage } : {})
    }
  }
  const primary = primaryDeployment(service)
  if (primary?.id && primary.rolloutState === 'IN_PROGRESS')
    return { followed: { id: primary.id }, deployment: primary.id, status: 'IN_PROGRESS' }
  return undefined
}

/** One batched DescribeServiceDeployments for the chosen services' current deployments. */
export async function readInFlight(
  ecs: EcsReader,
  targets: readonly Target[]
): Promise<Map<string, InFlight>> {
  const services = targets.flatMap((target) => (target.ok ? [target] : []))
  const arns = services.flatMap((target) => {
    const arn = target.service.currentServiceDeployment
    return arn ? [arn] : []
  })
  const deployments = arns.length
    ? await ecs.describeServiceDeployments(arns)
    : new Map<string, ServiceDeployment>()
  const found = new Map<string, InFlight>()
  for (const target of services) {
    const arn = target.service.currentServiceDeployment
    const inFlight = inFlightOf(target.service, arn ? deployments.get(arn) : undefined)
    if (inFlight) found.set(target.name, inFlight)
  }
  return found
}

/** The releases in flight, or why they could not be read (a cancel still ends the run). */
export async function readReleases(
  ecs: EcsReader,
  targets: readonly Target[]
): Promise<Read<Map<string, InFlight>>> {
  try {
    return { ok: true, value: await readInFlight(ecs, targets) }
  } catch (error) {
    if (isCancelled(error)) throw error
    return {
      ok: false,
      notRead: {
        reason: isAccessDenied(error) ? 'denied' : 'failed',
        what: 'Whether a deployment is already in progress',
        permission: 'ecs:DescribeServiceDeployments',
        error: errorText(error)
      }
    }
  }
}
