/**
 * The pipeline: inputs → targets → read → plan → act → report. Inputs are validated before
 * any AWS code is even loaded; each mode gets only the gateways it may use.
 */
import { loadGateways } from './aws/gateways.js'
import { applyMode } from './act/apply-mode.js'
import { errorText, runErrorText } from './errors.js'
import { AWS_OWNED, type Inputs, parseInputs } from './inputs/inputs.js'
import { readInput } from './inputs/runner-env.js'
import { planMode, verifyMode } from './plan/modes.js'
import { readWorld } from './read/read.js'
import { deploymentChecks } from './read/in-flight.js'
import { checkCertificatesInto } from './read/certificates.js'
import { checkedCount, checkedNothingReason } from './checks/verify.js'
import { writeCaFile } from './report/ca-file.js'
import { selectionKey } from './report/identity.js'
import { withRevisionRead } from './report/outcome.js'
import type { RunResult } from './report/result.js'
import { loadToolkit, type Toolkit } from './report/toolkit.js'
import { cancelledText, failureOf } from './report/verdict.js'

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
