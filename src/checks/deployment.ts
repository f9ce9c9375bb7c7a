/**
 * Pure checks about deployments: a release already in flight when the run starts, and a bake
 * time longer than the wait. Each returns findings; nothing here reads AWS.
 */
import type { Service } from '@aws-sdk/client-ecs'
import type { Finding } from './findings.js'
import type { InFlight } from '../read/in-flight.js'
import type { Mode } from '../inputs/inputs.js'
import type { WaitUntil } from '../act/verdicts.js'

export type InFlightPolicy = 'wait' | 'fail'

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
