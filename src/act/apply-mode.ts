/**
 * apply between the read and the report: wait for releases already in flight, plan, update the
 * services and follow their TLS deployments, all with the one watcher of the run. The logger is
 * passed in, so @actions/core loads only when the pipeline first needs it (util/toolkit.ts).
 */
import type { EcsReader, EcsWriter } from '../aws/ecs.js'
import type { ReadGateways } from '../aws/gateways.js'
import { withDeploymentFindings } from '../checks/deployment.js'
import { judge } from '../checks/registry.js'
import type { Inputs } from '../inputs/inputs.js'
import type { InFlight } from '../model/deployment.js'
import type { Facts, World } from '../model/facts.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { Blocker } from '../model/plan.js'
import { plansFor } from '../plan/modes.js'
import { type DeploymentAccess, readInFlight, readReleases } from '../read/in-flight.js'
import { readServices } from '../read/services.js'
import { errorText } from '../util/errors.js'
import { SaidOnce } from '../util/said-once.js'
import type { Toolkit } from '../util/toolkit.js'
import { applyPlans } from './apply.js'
import { waitForReleases } from './releases.js'
import { RolloutWatcher } from './rollout.js'
import { servicesOnlyWarning, type WayOutContext } from './wait-ended.js'
import { longWaitWarning, waitLength, type WaitPlan } from './wait-length.js'

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
  facts: Facts,
  judged: World,
  inputs: Inputs,
  gateways: { read: ReadGateways; writer: EcsWriter },
  signal: AbortSignal,
  core: Toolkit
): Promise<{ world: World; outcomes: ServiceOutcome[]; blockedBy: Blocker[] }> {
  const reader = gateways.read.ecs
  const said = new SaidOnce((line) => {
    core.info(line)
  })
  const allNames = judged.targets.map((target) => target.name)
  const wayOut: WayOutContext = {
    roleDurationSeconds: waitLength(waitPlan(judged, inputs, allNames, true)).roleDurationSeconds
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
  const releases = await readReleases(reader, judged.targets, access)
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
    inFlight: (again) => readInFlight(reader, again.targets, access),
    log: (line) => {
      core.info(line)
    }
  })
  const { plans, findings, blockedBy } = plansFor(settled, inputs)
  const changing = plans.filter((plan) => plan.changed && !plan.error).map((plan) => plan.name)
  if (inputs.wait.enabled && changing.length > 0) {
    const plan = waitPlan(settled, inputs, changing, waitFor.size > 0)
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
    // Each repeated warning once, with its count, in the annotations and the summary.
    world: { ...settled, sharedFindings: [...settled.sharedFindings, ...said.findings()] },
    outcomes: outcomes.map((outcome) => ({
      ...outcome,
      findings: findings.get(outcome.name) ?? []
    })),
    blockedBy
  }
}
