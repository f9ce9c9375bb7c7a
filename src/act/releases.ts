/**
 * apply with `if-deployment-in-progress: wait`: follow the releases that were in flight when
 * the run started (in the same watcher loop as the TLS deployments), then read those services
 * again so the plan starts from the configuration ECS runs now. A release that did not complete
 * leaves its service alone, as an error finding.
 */
import { releaseEndedFinding } from '../checks/deployment.js'
import type { RolloutWatcher } from './rollout.js'
import type { Finding } from '../model/findings.js'
import type { World } from '../model/facts.js'
import type { InFlight } from '../model/deployment.js'

export interface ReleaseWait {
  watcher: RolloutWatcher
  /** Reads the named services again, as the read step does (the services, not the CA, key, role). */
  reread: (names: string[]) => Promise<World>
  /** Reads which of the re-read services have a deployment in flight again. */
  inFlight: (again: World) => Promise<Map<string, InFlight>>
  log: (line: string) => void
}

function addFinding(findings: Map<string, Finding[]>, name: string, finding: Finding): void {
  findings.set(name, [...(findings.get(name) ?? []), finding])
}

export async function waitForReleases(
  world: World,
  inFlight: Map<string, InFlight>,
  options: ReleaseWait
): Promise<World> {
  const names = [...inFlight.keys()]
  if (names.length === 0) return world
  for (const [name, release] of inFlight)
    options.log(
      `${name}: deployment ${release.deployment} is in progress (${release.status}); waiting for it to finish before writing (if-deployment-in-progress: wait)`
    )
  const results = await Promise.all(
    names.map((name) =>
      options.watcher.watch(name, (inFlight.get(name) as InFlight).followed, {
        until: 'completed'
      })
    )
  )
  const serviceFindings = new Map(world.serviceFindings)
  const completed: string[] = []
  results.forEach((result, index) => {
    const name = names[index] as string
    const release = inFlight.get(name) as InFlight
    if (result.outcome.state === 'completed') {
      options.log(`${name}: deployment ${release.deployment} completed; planning from it`)
      completed.push(name)
    } else {
      const why = 'reason' in result.outcome ? result.outcome.reason : result.outcome.state
      addFinding(serviceFindings, name, releaseEndedFinding(name, release.deployment, why))
    }
  })
  if (completed.length === 0) return { ...world, serviceFindings }
  const again = await options.reread(completed)
  const stillBusy = await options.inFlight(again)
  const fresh = new Map(again.targets.map((target) => [target.name, target]))
  for (const name of completed) {
    serviceFindings.set(name, again.serviceFindings.get(name) ?? [])
    const busy = stillBusy.get(name)
    if (busy)
      addFinding(serviceFindings, name, {
        severity: 'error',
        code: 'deployment-in-progress',
        service: name,
        message: `left alone: another deployment (${busy.deployment}) started while waiting for the one in flight`
      })
  }
  return {
    ...world,
    targets: world.targets.map((target) => fresh.get(target.name) ?? target),
    serviceFindings
  }
}
