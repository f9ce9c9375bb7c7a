/**
 * apply between the read and the report: wait for releases already in flight, plan, update the
 * services and follow their TLS deployments, all with the one watcher of the run. The logger is
 * passed in, so @actions/core loads only when the pipeline first needs it (report/toolkit.ts).
 */
import type { EcsReader, EcsWriter } from '../aws/ecs.js'
import { errorText } from '../errors.js'
import type { Inputs } from '../inputs/inputs.js'
import { type Blocker, plansFor } from '../plan/modes.js'
import { deploymentChecks, readInFlight } from '../read/in-flight.js'
import { type ReadGateways, rereadServices, type World } from '../read/read.js'
import type { ServiceOutcome } from '../report/outcome.js'
import type { Toolkit } from '../report/toolkit.js'
import { applyPlans } from './apply.js'
import { waitForReleases } from './releases.js'
import { RolloutWatcher } from './rollout.js'

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
  world: World,
  inputs: Inputs,
  gateways: { read: ReadGateways; writer: EcsWriter },
  signal: AbortSignal,
  core: Toolkit
): Promise<{ outcomes: ServiceOutcome[]; blockedBy: Blocker[] }> {
  const reader = gateways.read.ecs
  const watcher = createWatcher(inputs, reader, signal, core)
  const releases = await deploymentChecks(world, inputs, reader, core)
  const settled = await waitForReleases(world, releases, {
    watcher,
    reread: (names) =>
      rereadServices({ ...inputs, services: { all: false, names } }, gateways.read),
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
    outcomes: outcomes.map((outcome) => ({
      ...outcome,
      findings: findings.get(outcome.name) ?? []
    })),
    blockedBy
  }
}
