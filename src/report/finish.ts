/**
 * The report stage of a run: the CA file, the job summary and outputs, the PR comment, and the
 * step's verdict. Loaded once the run has a result (see main.ts).
 */
import type { Inputs } from '../inputs/inputs.js'
import { writeCaFile } from './ca-file.js'
import { selectionKey } from './identity.js'
import { report } from './report.js'
import type { RunResult } from './result.js'
import type { Toolkit } from './toolkit.js'
import { cancelledText, failureOf } from './verdict.js'

export async function finish(result: RunResult, inputs: Inputs, core: Toolkit): Promise<void> {
  if (result.ca) result.caFile = await writeCaFile(result.ca)
  const demoteErrors = inputs.mode === 'verify' && !inputs.failOnNoncompliant
  const key = selectionKey(inputs)
  await report(result, { demoteErrors, key }, core)
  if (
    inputs.githubToken &&
    !result.cancelled &&
    (inputs.mode === 'plan' || inputs.mode === 'verify')
  )
    await (
      await import('./pr-comment.js')
    ).commentOnPullRequest(inputs.githubToken, result, { key, demoteErrors }, core)
  const failure = failureOf(result)
  const excused =
    failure && inputs.mode === 'verify' && !inputs.failOnNoncompliant && !result.cancelled
  if (inputs.resultFile || core.result)
    await (
      await import('../fleet/result-file.js')
    ).writeResult(
      inputs,
      result,
      { passed: !failure || !!excused, ...(failure ? { failure } : {}) },
      core
    )
  if (excused) core.warning(`${failure} (fail-on-noncompliant is false, so the step passes)`)
  else if (failure) core.setFailed(failure)
}

/** Cancelled while reading: nothing was written; every named service is reported not started. */
export async function reportCancelledRead(inputs: Inputs, core: Toolkit): Promise<void> {
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
  await report(result, { demoteErrors: false, key: selectionKey(inputs) }, core)
  core.setFailed(
    names.length ? cancelledText(result) : 'The run was cancelled before anything was written.'
  )
}
