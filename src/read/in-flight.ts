/**
 * Releases already in flight when the run starts. An update on top of one would supersede it,
 * and if the TLS deployment then failed, the circuit breaker would roll back to the last
 * completed deployment, undoing that release too (ECS service deployments guide).
 */
import type { Service, ServiceDeployment } from '@aws-sdk/client-ecs'
import type { EcsReader } from '../aws/ecs.js'
import type { Followed } from '../act/verdicts.js'
import { isCancelled } from '../aws/abort.js'
import { classifyAwsError } from '../aws/error-kinds.js'
import { withBackoff } from '../aws/backoff.js'
import { servicesOnlyWarning } from '../act/wait-ended.js'
import { SaidOnce } from '../report/said-once.js'
import { bakeTimeFinding, inFlightFinding } from '../checks/deployment.js'
import type { Finding } from '../checks/findings.js'
import { errorText } from '../errors.js'
import type { Inputs } from '../inputs/inputs.js'
import { primaryDeployment } from '../plan/service-connect.js'
import type { Toolkit } from '../report/toolkit.js'
import type { World } from './read.js'
import type { Target } from './target.js'

export interface InFlight {
  followed: Followed
  /** The ARN or id, for messages. */
  deployment: string
  status: string
  stage?: string
}

const RUNNING = new Set([
  'PENDING',
  'IN_PROGRESS',
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'STOP_REQUESTED'
])

/**
 * Pure: the service's unfinished deployment, if any. With service deployments, the current one
 * when it is still running; without (or when they may not be read: `servicesOnly`), a PRIMARY
 * deployment whose rollout is IN_PROGRESS.
 */
export function inFlightOf(
  service: Service,
  current: ServiceDeployment | undefined,
  servicesOnly = false
): InFlight | undefined {
  const arn = service.currentServiceDeployment
  if (arn && !servicesOnly) {
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

/**
 * Told when DescribeServiceDeployments is denied: the check then judges `deployments[]` (the
 * DescribeServices answer it has already), and the watcher should follow that way too.
 */
export interface DeploymentAccess {
  /** True once the service-deployment reads were denied: use `deployments[]` without asking. */
  servicesOnly?: boolean
  onDenied: (operation: string, error: unknown) => void
}

/** One batched DescribeServiceDeployments for the chosen services' current deployments. */
export async function readInFlight(
  ecs: EcsReader,
  targets: readonly Target[],
  access?: DeploymentAccess
): Promise<Map<string, InFlight>> {
  const services = targets.flatMap((target) => (target.ok ? [target] : []))
  const arns = services.flatMap((target) => {
    const arn = target.service.currentServiceDeployment
    return arn ? [arn] : []
  })
  let servicesOnly = access?.servicesOnly ?? false
  let deployments = new Map<string, ServiceDeployment>()
  if (arns.length && !servicesOnly)
    try {
      // Before a write this must succeed: retried with bounded back-off (backoff.ts).
      deployments = await withBackoff(() => ecs.describeServiceDeployments(arns))
    } catch (error) {
      if (!access || classifyAwsError(error) !== 'access-denied') throw error
      access.onDenied('DescribeServiceDeployments', error)
      servicesOnly = true
    }
  const found = new Map<string, InFlight>()
  for (const target of services) {
    const arn = target.service.currentServiceDeployment
    const inFlight = inFlightOf(
      target.service,
      arn ? deployments.get(arn) : undefined,
      servicesOnly
    )
    if (inFlight) found.set(target.name, inFlight)
  }
  return found
}

function addFindings(world: World, name: string, findings: Finding[]): void {
  if (findings.length === 0) return
  world.serviceFindings.set(name, [...(world.serviceFindings.get(name) ?? []), ...findings])
}

/**
 * Deployment findings before planning: a release in flight (a notice in plan and verify, an
 * error with `if-deployment-in-progress: fail`) and a bake time longer than the wait.
 */
export async function deploymentChecks(
  world: World,
  inputs: Inputs,
  reader: EcsReader,
  core: Toolkit,
  access?: DeploymentAccess
): Promise<Map<string, InFlight>> {
  let inFlight = new Map<string, InFlight>()
  // plan and verify: the warning is said here; apply passes the run's own (said once per run).
  const said = access
    ? undefined
    : new SaidOnce((line) => {
        core.info(line)
      })
  const told: DeploymentAccess = access ?? {
    onDenied: (operation, error) =>
      said?.warn('service-deployments-denied', servicesOnlyWarning(operation, error))
  }
  try {
    inFlight = await readInFlight(reader, world.targets, told)
  } catch (error) {
    if (isCancelled(error)) throw error
    world.sharedFindings.push({
      severity: 'warning',
      code: 'not-checked',
      message: `Whether a deployment is already in progress was not checked: DescribeServiceDeployments failed (${errorText(error)}); grant ecs:DescribeServiceDeployments`
    })
  }
  const waiting = inputs.mode === 'apply' && inputs.ifDeploymentInProgress === 'wait'
  for (const target of world.targets) {
    if (!target.ok) continue
    const release = inFlight.get(target.name)
    const findings: Finding[] = []
    if (release && !waiting)
      findings.push(
        inFlightFinding(target.name, release, inputs.mode, inputs.ifDeploymentInProgress)
      )
    if (inputs.mode !== 'verify') {
      const bake = bakeTimeFinding(target.name, target.service, inputs.wait)
      if (bake) findings.push(bake)
      // Said now, before any write, as well as in the report.
      if (bake && inputs.mode === 'apply') core.info(`${target.name}: warning: ${bake.message}`)
    }
    addFindings(world, target.name, findings)
  }
  if (said) world.sharedFindings.push(...said.findings())
  return waiting ? inFlight : new Map()
}
