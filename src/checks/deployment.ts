/**
 * Pure checks about deployments: a release already in flight when the run starts, and a bake
 * time longer than the wait. Each returns findings; nothing here reads AWS.
 */
import type { Service } from '@aws-sdk/client-ecs'
import type { Read, World } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import type { Inputs, Mode } from '../inputs/inputs.js'
import type { InFlight, InFlightPolicy, WaitUntil } from '../model/deployment.js'

function describe(inFlight: InFlight): string {
  const stage = inFlight.stage ? `, stage ${inFlight.stage}` : ''
  return `deployment ${inFlight.deployment} is still in progress (${inFlight.status}${stage})`
}

/**
 * plan and verify: a notice. apply with `fail`: an error before anything is written, because
 * an update now would supersede that release, and a failed TLS deployment would then roll
 * back to the last completed deployment, undoing the release too.
 */
export function inFlightFinding(
  name: string,
  inFlight: InFlight,
  mode: Mode,
  policy: InFlightPolicy
): Finding {
  if (mode !== 'apply')
    return {
      severity: 'notice',
      code: 'deployment-in-progress',
      service: name,
      message: `${describe(inFlight)}; apply ${policy === 'wait' ? 'waits for it to finish before writing' : 'fails this service'} (if-deployment-in-progress: ${policy})`
    }
  return {
    severity: 'error',
    code: 'deployment-in-progress',
    service: name,
    message: `${describe(inFlight)}; not updated on top of it (if-deployment-in-progress: fail). Run again when it has finished, or use if-deployment-in-progress: wait`
  }
}

/** apply with `wait`: the release did not finish well, so the service is left alone. */
export function releaseEndedFinding(name: string, deployment: string, why: string): Finding {
  return {
    severity: 'error',
    code: 'release-not-completed',
    service: name,
    message: `left alone: the deployment that was in progress when the run started (${deployment}) did not complete: ${why}`
  }
}

/** The wait would end during the bake time: say so before writing. */
export function bakeTimeFinding(
  name: string,
  service: Service,
  wait: { enabled: boolean; timeoutMs: number; until: WaitUntil }
): Finding | undefined {
  const bake = service.deploymentConfiguration?.bakeTimeInMinutes ?? 0
  const waitMinutes = wait.timeoutMs / 60_000
  if (!wait.enabled || wait.until !== 'completed' || bake <= 0 || bake < waitMinutes)
    return undefined
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING'
  return {
    severity: 'warning',
    code: 'bake-time-exceeds-wait',
    service: name,
    message: `the ${strategy} deployment's bake time (${bake} minutes) alone is at least wait-for-minutes (${waitMinutes}): the wait will time out while ECS is still baking. Use wait-until: traffic-shifted to stop waiting once production traffic has shifted, or raise wait-for-minutes`,
    expected: `bakeTimeInMinutes < ${waitMinutes}`,
    found: String(bake)
  }
}

/**
 * Deployment findings before planning: a release in flight (a notice in plan and verify, an
 * error with `if-deployment-in-progress: fail`; with `wait`, apply waits instead) and a bake
 * time longer than the wait. Returns the world with them added.
 */
export function withDeploymentFindings(
  world: World,
  releases: Read<Map<string, InFlight>>,
  inputs: Inputs
): World {
  const sharedFindings = [...world.sharedFindings]
  if (!releases.ok)
    sharedFindings.push({
      severity: 'warning',
      code: 'not-checked',
      message: `${releases.notRead.what} was not checked: DescribeServiceDeployments failed (${releases.notRead.error}); grant ${releases.notRead.permission}`
    })
  const inFlight = releases.ok ? releases.value : new Map<string, InFlight>()
  const waiting = inputs.mode === 'apply' && inputs.ifDeploymentInProgress === 'wait'
  const serviceFindings = new Map(world.serviceFindings)
  for (const target of world.targets) {
    if (!target.ok) continue
    const release = inFlight.get(target.name)
    const findings: Finding[] = []
    if (release && !waiting)
      findings.push(
        inFlightFinding(target.name, release, inputs.mode, inputs.ifDeploymentInProgress)
      )
    const bake =
      inputs.mode === 'verify'
        ? undefined
        : bakeTimeFinding(target.name, target.service, inputs.wait)
    if (bake) findings.push(bake)
    if (findings.length > 0)
      serviceFindings.set(target.name, [...(serviceFindings.get(target.name) ?? []), ...findings])
  }
  return { ...world, sharedFindings, serviceFindings }
}
