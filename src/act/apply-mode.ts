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
import { servicesOnlyWarning, type WayOutContext } from './wait-ended.js'
import { longWaitWarning, waitLength, type WaitPlan } from './wait-length.js'
import { SaidOnce } from '../report/said-once.js'
import type { DeploymentAccess } from '../read/in-flight.js'

/**
 * The one watcher of a run: releases in flight and the TLS deployments share its loop. Its
 * repeated warnings go through `said` (once each, counted); `wayOut` is read when a wait ends.
 */
export function createWatcher(
  inputs: Inputs,
  reader: EcsReader,
  signal: AbortSignal,
  core: Toolkit,
  said: SaidOnce = new SaidOnce((line) => {
    core.info(line)
  }),
  wayOut?: WayOutContext
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
      said.warn(
        'read-retried',
        `Could not read the deployments while waiting (will retry): ${errorText(error)}`
      )
    },
    onServicesOnly: (failure) => {
      said.warn('service-deployments-denied', servicesOnlyWarning(failure.operation, failure.error))
    },
    ...(wayOut ? { wayOut } : {})
  })
}

function waitPlan(world: World, inputs: Inputs, names: string[], releases: boolean): WaitPlan {
  const configurations = world.targets.flatMap((target) =>
    target.ok && names.includes(target.name) ? [target.service.deploymentConfiguration] : []
  )
  return {
    waitMinutes: inputs.wait.timeoutMs / 60_000,
    until: inputs.wait.until,
    releasesWaited: releases,
    configurations
  }
}

export async function applyMode(
  world: World,
  inputs: Inputs,
  gateways: { read: ReadGateways; writer: EcsWriter },
  signal: AbortSignal,
  core: Toolkit
): Promise<{ outcomes: ServiceOutcome[]; blockedBy: Blocker[] }> {
  const reader = gateways.read.ecs
  const said = new SaidOnce((line) => {
    core.info(line)
  })
  const allNames = world.targets.map((target) => target.name)
  const wayOut: WayOutContext = {
    roleDurationSeconds: waitLength(waitPlan(world, inputs, allNames, true)).roleDurationSeconds
  }
  const watcher = createWatcher(inputs, reader, signal, core, said, wayOut)
  // One way of following for the whole run: a denied DescribeServiceDeployments, seen first by
  // the in-flight check or by the watcher, switches both to DescribeServices.
  const access: DeploymentAccess = {
    onDenied: (operation, error) => {
      access.servicesOnly = true
      watcher.followThroughServices()
      said.warn('service-deployments-denied', servicesOnlyWarning(operation, error))
    }
  }
  try {
    const releases = await deploymentChecks(world, inputs, reader, core, access)
    const settled = await waitForReleases(world, releases, {
      watcher,
      reread: (names) =>
        rereadServices({ ...inputs, services: { all: false, names } }, gateways.read),
      inFlight: (again) => readInFlight(reader, again.targets, access),
      log: (line) => {
        core.info(line)
      }
    })
    const { plans, findings, blockedBy } = plansFor(settled, inputs)
    const changing = plans.filter((plan) => plan.changed && !plan.error).map((plan) => plan.name)
    if (inputs.wait.enabled && changing.length > 0) {
      const plan = waitPlan(settled, inputs, changing, releases.size > 0)
      wayOut.roleDurationSeconds = waitLength(plan).roleDurationSeconds
      const warning = longWaitWarning(plan)
      // Said before any write, as well as in the report.
      if (warning) said.warn('session-may-expire', warning)
    }
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
  } finally {
    // Each repeated warning once, with its count, in the annotations and the summary.
    world.sharedFindings.push(...said.findings())
  }
}
