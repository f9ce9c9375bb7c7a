/**
 * The pipeline: inputs → targets → read → plan → act → report. Inputs are validated before
 * any AWS code is even loaded; each mode gets only the gateways it may use.
 */
import { applyPlans } from './act/apply.js'
import { parseArn } from './inputs/arn.js'
import type { EcsReader, EcsWriter } from './aws/ecs.js'
import { writeCaFile } from './report/ca-file.js'
import { errorText, runErrorText } from './errors.js'
import { AWS_OWNED, type Inputs, parseInputs } from './inputs/inputs.js'
import { readInput } from './inputs/runner-env.js'
import { type Blocker, planMode, plansFor, verifyMode } from './plan/modes.js'
import type { ServiceOutcome } from './report/outcome.js'
import { type ReadGateways, readWorld, type World } from './read/read.js'
import { selectionKey } from './report/identity.js'
import { loadToolkit, type Toolkit } from './report/toolkit.js'
import { checkedCount, checkedNothingReason } from './checks/verify.js'
import { RolloutWatcher } from './act/rollout.js'
import { waitForReleases } from './act/releases.js'
import { isCancelled } from './aws/abort.js'
import { bakeTimeFinding, inFlightFinding } from './checks/deployment.js'
import type { Finding } from './checks/findings.js'
import { type InFlight, readInFlight } from './read/in-flight.js'
import { hasFailures, isCompliant, type RunResult } from './report/result.js'
import type { SecretsReader } from './aws/secrets.js'
import {
  hasCertificateErrors,
  type ServiceTlsDeployment,
  withCertificates
} from './checks/certificates.js'
import { readCertificates, tlsDeploymentOf } from './read/certificates.js'
import type { Lazy } from './read/read.js'

interface Gateways {
  read: ReadGateways
  writer?: EcsWriter
  /** Present when this run checks the certificate secrets (verify and apply). */
  secrets?: Lazy<SecretsReader>
}

async function loadGateways(inputs: Inputs, signal: AbortSignal): Promise<Gateways> {
  const ecs = await import('./aws/ecs.js')
  const client = ecs.createEcsClient(parseArn(inputs.cluster)?.region)
  const read: ReadGateways = { ecs: ecs.createEcsReader(client, signal) }
  const ecsRegion = await client.config.region().catch(() => undefined)
  if (ecsRegion) read.region = ecsRegion
  const { caArn, kmsKey } = inputs
  // Each client is its own bundle chunk, loaded only when this run needs it.
  if (caArn) read.pca = async () => (await import('./aws/pca.js')).createPcaReader(caArn, signal)
  if (kmsKey) read.kms = async () => (await import('./aws/kms.js')).createKmsReader(kmsKey, signal)
  const region = parseArn(inputs.cluster)?.region ?? (caArn ? parseArn(caArn)?.region : undefined)
  if (inputs.roleArn)
    read.iam = async () => (await import('./aws/iam.js')).createIamReader(region, signal)
  const gateways: Gateways =
    inputs.mode === 'apply' ? { read, writer: ecs.createEcsWriter(client, signal) } : { read }
  // The certificate secrets live in the services' Region, which is the cluster's.
  if (inputs.checkCertificates !== 'off' && inputs.mode !== 'plan') {
    const clusterRegion = parseArn(inputs.cluster)?.region
    gateways.secrets = async () =>
      (await import('./aws/secrets.js')).createSecretsReader(clusterRegion, signal)
  }
  return gateways
}

/** The one watcher of a run: releases in flight and the TLS deployments share its loop. */
function createWatcher(
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

function addFindings(world: World, name: string, findings: Finding[]): void {
  if (findings.length === 0) return
  world.serviceFindings.set(name, [...(world.serviceFindings.get(name) ?? []), ...findings])
}

/**
 * Deployment findings before planning: a release in flight (a notice in plan and verify, an
 * error with `if-deployment-in-progress: fail`) and a bake time longer than the wait.
 */
async function deploymentChecks(
  world: World,
  inputs: Inputs,
  reader: EcsReader,
  core: Toolkit
): Promise<Map<string, InFlight>> {
  let inFlight = new Map<string, InFlight>()
  try {
    inFlight = await readInFlight(reader, world.targets)
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
  return waiting ? inFlight : new Map()
}

/**
 * Checks the certificate secrets and folds the result into the run: findings per service, a
 * `certificates` report, a shared warning when not permitted. verify checks every service whose
 * PRIMARY deployment has TLS; apply, after the rollouts, the services whose TLS deployment this
 * run saw complete (just now, so the grace period starts now).
 */
async function checkCertificatesInto(
  result: RunResult,
  world: World,
  secrets: Lazy<SecretsReader>,
  inputs: Inputs
): Promise<void> {
  const now = new Date()
  const deployments: ServiceTlsDeployment[] =
    inputs.mode === 'verify'
      ? world.targets.flatMap((target) => {
          const deployment = target.ok ? tlsDeploymentOf(target.name, target.service) : undefined
          return deployment ? [deployment] : []
        })
      : result.outcomes.flatMap((outcome) =>
          outcome.rollout === 'completed' && outcome.serviceArn
            ? [{ name: outcome.name, serviceArn: outcome.serviceArn, completedAt: now }]
            : []
        )
  const mode = inputs.mode === 'verify' ? 'verify' : 'apply'
  const strict = inputs.checkCertificates === 'strict'
  const read = await readCertificates(deployments, secrets, {
    graceMinutes: inputs.certificateGraceMinutes
  })
  result.certificates = read.reports
  result.outcomes = withCertificates(result.outcomes, read.reports, { mode, strict })
  if (read.finding)
    result.findings.push(
      mode === 'apply' && !strict && read.finding.severity === 'error'
        ? { ...read.finding, severity: 'warning' }
        : read.finding
    )
}

async function applyMode(
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
    reread: (names) => readWorld({ ...inputs, services: { all: false, names } }, gateways.read),
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

async function runLive(
  inputs: Inputs,
  signal: AbortSignal,
  toolkit: () => Promise<Toolkit>
): Promise<RunResult> {
  const gateways = await loadGateways(inputs, signal)
  const world = await readWorld(inputs, gateways.read)
  const core = await toolkit()
  const result: RunResult = {
    mode: inputs.mode,
    cluster: inputs.cluster,
    outcomes: [],
    findings: world.sharedFindings,
    ...(world.ca ? { ca: world.ca } : {}),
    ...(inputs.kmsKey || inputs.awsOwnedKey ? { kmsKey: inputs.kmsKey ?? AWS_OWNED } : {}),
    ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {}),
    diffs: new Map()
  }
  if (inputs.mode === 'apply' && gateways.writer)
    Object.assign(
      result,
      await applyMode(world, inputs, { read: gateways.read, writer: gateways.writer }, signal, core)
    )
  else {
    await deploymentChecks(world, inputs, gateways.read.ecs, core)
    if (inputs.mode === 'verify') {
      result.outcomes = verifyMode(world, inputs)
      result.checkedServices = checkedCount(world.targets)
      const nothing = checkedNothingReason(world.targets, {
        cluster: inputs.cluster,
        all: inputs.services.all,
        ...(world.listed !== undefined ? { listed: world.listed } : {})
      })
      if (nothing) {
        result.checkedNothing = nothing
        result.findings = [
          ...result.findings,
          {
            severity: 'warning',
            code: 'checked-nothing',
            message: `verify checked nothing: ${nothing}`
          }
        ]
      }
    } else Object.assign(result, planMode(world, inputs))
  }
  if (result.blockedBy?.length === 0) delete result.blockedBy
  result.outcomes = result.outcomes.map((outcome) => withRevisionRead(outcome, world))
  if (gateways.secrets && !signal.aborted)
    await checkCertificatesInto(result, world, gateways.secrets, inputs)
  if (signal.aborted) result.cancelled = true
  return result
}

/**
 * A service nothing was deployed to runs what was read at the start: its one current service
 * revision, whose configuration is the PRIMARY deployment's.
 */
function withRevisionRead(outcome: ServiceOutcome, world: World): ServiceOutcome {
  if (outcome.inForce || outcome.deploymentId) return outcome
  const target = world.targets.find((candidate) => candidate.name === outcome.name)
  const current = target?.ok ? (target.service.currentServiceRevisions ?? []) : []
  const revisionArn = current.length === 1 ? current[0]?.arn : undefined
  if (!target?.ok || !revisionArn) return outcome
  return { ...outcome, inForce: { revisionArn, config: target.config } }
}

/** After a cancel: each service as updated, deployment still running (with its id), or not started. */
export function cancelledText(result: RunResult): string {
  const lines = result.outcomes.map((outcome) => {
    if (outcome.status === 'updated' || outcome.status === 'unchanged')
      return `${outcome.name}: ${outcome.status}`
    if (outcome.deploymentId)
      return `${outcome.name}: deployment ${outcome.deploymentId} still running (rollout ${outcome.rollout ?? 'unknown'})`
    return `${outcome.name}: not started`
  })
  return `The run was cancelled. ${lines.join('; ')}`
}

/** Why the step fails, or undefined when it succeeds. */
function failureOf(result: RunResult): string | undefined {
  const failed = result.outcomes
    .filter((outcome) => outcome.status === 'failed')
    .map((outcome) => outcome.name)
  if (result.cancelled) return cancelledText(result)
  if (result.mode === 'verify')
    return isCompliant(result)
      ? undefined
      : `Service Connect TLS is not compliant: ${
          result.outcomes
            .filter((outcome) => outcome.status !== 'compliant')
            .map((outcome) => outcome.name)
            .join(', ') || 'see the findings'
        }`
  if (result.blockedBy?.length)
    return `${result.mode === 'plan' ? 'apply would update' : 'Updated'} no service: all or nothing, and ${result.blockedBy
      .map((blocker) => `${blocker.service} (${blocker.reason})`)
      .join('; ')} blocked the run`
  if (hasFailures(result))
    return `${failed.length} of ${result.outcomes.length} service(s) failed: ${failed.join(', ')}`
  // Certificate errors survive in apply only under check-certificates: strict.
  const uncertified = result.outcomes.filter((outcome) => hasCertificateErrors(outcome.findings))
  if (result.mode === 'apply' && (uncertified.length > 0 || hasCertificateErrors(result.findings)))
    return `TLS certificates are not proven issued and rotating (check-certificates: strict): ${
      uncertified.map((outcome) => outcome.name).join(', ') || 'see the findings'
    }`
  return undefined
}

/** Cancelled while reading: nothing was written; every named service is reported not started. */
async function reportCancelledRead(inputs: Inputs, core: Toolkit): Promise<void> {
  const names = inputs.services.all ? [] : inputs.services.names
  const result: RunResult = {
    mode: inputs.mode,
    cluster: inputs.cluster,
    outcomes: names.map((name) => ({
      name,
      status: 'failed',
      ports: [],
      findings: [],
      log: [],
      notStarted: true,
      error: 'not started: the run was cancelled while reading the services; nothing was written'
    })),
    findings: [],
    diffs: new Map(),
    cancelled: true
  }
  const { report } = await import('./report/report.js')
  await report(result, { demoteErrors: false, key: selectionKey(inputs) })
  core.setFailed(
    names.length ? cancelledText(result) : 'The run was cancelled before anything was written.'
  )
}

/**
 * Runs the pipeline. index.ts hands over the inputs it has already parsed and validated; called
 * without them (as `@github/local-action` calls it), run() reads the INPUT_* variables itself.
 */
export async function run(given?: Inputs): Promise<void> {
  let inputs: Inputs
  try {
    inputs = given ?? parseInputs((name) => readInput(name))
  } catch (error) {
    ;(await loadToolkit()).setFailed(errorText(error))
    return
  }
  // The input warnings come first in the log, whenever the toolkit is first needed: a live run
  // loads it once ECS has answered its first read (see toolkit.ts).
  const warnings = inputs.warnings ?? []
  const toolkit = async (): Promise<Toolkit> => {
    const core = await loadToolkit()
    for (const warning of warnings.splice(0)) core.warning(warning, { title: 'Inputs' })
    return core
  }
  const controller = new AbortController()
  const cancel = (): void => {
    controller.abort()
    void toolkit().then((core) => {
      core.warning('Cancellation requested: reporting the state of every service now.')
    })
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  try {
    const result = inputs.serviceDefinition
      ? await (await import('./files/definition-file.js')).runDefinitionFile(inputs)
      : await runLive(inputs, controller.signal, toolkit)
    const core = await toolkit()
    if (result.ca) result.caFile = await writeCaFile(result.ca)
    const demoteErrors = inputs.mode === 'verify' && !inputs.failOnNoncompliant
    const key = selectionKey(inputs)
    await (await import('./report/report.js')).report(result, { demoteErrors, key })
    if (
      inputs.githubToken &&
      !result.cancelled &&
      (inputs.mode === 'plan' || inputs.mode === 'verify')
    )
      await (
        await import('./report/pr-comment.js')
      ).commentOnPullRequest(inputs.githubToken, result, { key, demoteErrors })
    const failure = failureOf(result)
    if (failure && inputs.mode === 'verify' && !inputs.failOnNoncompliant && !result.cancelled)
      core.warning(`${failure} (fail-on-noncompliant is false, so the step passes)`)
    else if (failure) core.setFailed(failure)
  } catch (error) {
    if (controller.signal.aborted) await reportCancelledRead(inputs, await toolkit())
    else (await toolkit()).setFailed(runErrorText(error))
  } finally {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
  }
  // A cancelled SDK call may still hold a retry timer; the runner kills the step soon after
  // the signal, so leave now that everything is reported.
  if (controller.signal.aborted) process.exit(1)
}
