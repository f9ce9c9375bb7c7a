/**
 * apply between the read and the report: wait for releases already in flight, plan, update the
 * services and follow their TLS deployments, all with the one watcher of the run. The logger is
 * passed in, so @actions/core loads only when the pipeline first needs it (report/toolkit.ts).
 */
import type { EcsReader, EcsWriter } from '../aws/ecs.js'
import { errorText } from '../util/errors.js'
import type { Inputs } from '../inputs/inputs.js'
import { plansFor } from '../plan/modes.js'
import { readInFlight, readReleases } from '../read/in-flight.js'
import { readServices } from '../read/services.js'
import { judge } from '../checks/registry.js'
import { withDeploymentFindings } from '../checks/deployment.js'
import type { Toolkit } from '../util/toolkit.js'
import { applyPlans } from './apply.js'
import { waitForReleases } from './releases.js'
import { RolloutWatcher } from './rollout.js'
import type { Blocker } from '../model/plan.js'
import type { ReadGateways } from '../aws/gateways.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { Facts, World } from '../model/facts.js'
import type { InFlight } from '../model/deployment.js'

/** The one watcher of a run: releases in flight and the TLS deployments share its loop. */
export function createWatcher(
  inputs: Inputs,
  reader: EcsReader,
  signal: AbortSignal,
  core: Toolkit
): RolloutWatcher {
  return new RolloutWatcher({
    describeServices: async (names) => (await reader.describeServices(inputs.cluster, names)).found,
    describeServiceDeployments: (arns) => reader.describeServiceDeployments(arns),
    describeServiceRevisions: (arns) => reader.describeServiceRevisions(arns),
    pollMs: inputs.wait.pollMs,
    timeoutMs: inputs.wait.timeoutMs,
    until: inputs.wait.until,
    signal,
    onRound: ({ read, calls, inProgress, timedOut }) => {
      const late = timedOut ? ` (${timedOut} past wait-for-minutes, no longer followed)` : ''
      core.info(
        `Checked ${read} deployment(s) in ${calls} call(s): ${read - inProgress} finished, ${inProgress} still in progress${late}`
      )
    },
    onStage: (service, deployment, stage) => {
      core.info(`${service}: deployment ${deployment} is in ${stage}`)
    },
    onError: (error) => {
      core.warning(`Could not read the deployments while waiting (will retry): ${errorText(error)}`)
    }
  })
}

export async function applyMode(
  facts: Facts,
  judged: World,
  inputs: Inputs,
  gateways: { read: ReadGateways; writer: EcsWriter },
  signal: AbortSignal,
  core: Toolkit
): Promise<{ world: World; outcomes: ServiceOutcome[]; blockedBy: Blocker[] }> {
  const reader = gateways.read.ecs
  const watcher = createWatcher(inputs, reader, signal, core)
  const releases = await readReleases(reader, judged.targets)
  const world = withDeploymentFindings(judged, releases, inputs)
  // Said now, before any write, as well as in the report.
  for (const [name, findings] of world.serviceFindings)
    for (const finding of findings)
      if (finding.code === 'bake-time-exceeds-wait')
        core.info(`${name}: warning: ${finding.message}`)
  const waitFor =
    releases.ok && inputs.ifDeploymentInProgress === 'wait'
      ? releases.value
      : new Map<string, InFlight>()
  const settled = await waitForReleases(world, waitFor, {
    watcher,
    // The services alone are read again: the CA, key and role do not change with a deployment.
    reread: async (names) => {
      const again = await readServices(
        { ...inputs, services: { all: false, names } },
        gateways.read
      )
      return judge({ ...facts, ...again }, { inputs, now: new Date() })
    },
    inFlight: (again) => readInFlight(reader, again.targets),
    log: (line) => {
      core.info(line)
    }
  })
  const { plans, findings, blockedBy } = plansFor(settled, inputs)
  const outcomes = await applyPlans(plans, {
    cluster: inputs.cluster,
    writer: gateways.writer,
    ...(inputs.wait.enabled ? { watcher } : {}),
    maxConcurrency: inputs.maxConcurrency,
    signal,
    onStarted: (service, deployment) => {
      core.info(`${service}: deployment ${deployment} started`)
    }
  })
  return {
    world: settled,
    outcomes: outcomes.map((outcome) => ({
      ...outcome,
      findings: findings.get(outcome.name) ?? []
    })),
    blockedBy
  }
}
