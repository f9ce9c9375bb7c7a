/**
 * The report stage of a run: the CA file, the job summary and outputs, the PR comment, and the
 * step's verdict. Loaded once the run has a result (see main.ts).
 */
import type { Inputs } from '../inputs/inputs.js'
import { writeCaFile } from './ca-file.js'
import { selectionKey } from './identity.js'
import { report } from './report.js'
import type { Toolkit } from '../util/toolkit.js'
import { cancelledText, failureOf } from './step-result.js'
import type { RunOutput, RunResult } from '../model/result.js'
import { combine } from './combine.js'

/** What the report stage concluded: the combined result and the step's verdict. */
export interface Finished {
  result: RunResult
  /** false when the step failed. */
  passed: boolean
  /** Why it failed (or, with fail-on-noncompliant: false, why it would have). */
  failure?: string
}

export async function finish(output: RunOutput, inputs: Inputs, core: Toolkit): Promise<Finished> {
  const result = combine(output)
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
  if (excused) core.warning(`${failure} (fail-on-noncompliant is false, so the step passes)`)
  else if (failure) core.setFailed(failure)
  return { result, passed: !failure || !!excused, ...(failure ? { failure } : {}) }
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
