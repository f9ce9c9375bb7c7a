/** Tells the runner what happened: log groups, annotations, outputs and the job summary. */
import * as core from '@actions/core'
import type { Finding } from '../checks/findings.js'
import { outputsFor } from './outputs.js'
import type { RunResult } from './result.js'
import { renderSummary } from './summary.js'

function annotate(finding: Finding, demote: boolean): void {
  const where = [finding.service, finding.port].filter(Boolean).join(' / ')
  const detail =
    finding.expected !== undefined
      ? ` (expected ${finding.expected}, found ${finding.found ?? '(none)'})`
      : ''
  const text = `${where ? `${where}: ` : ''}${finding.message}${detail}`
  const properties = {
    title: `Service Connect TLS (${finding.code})`,
    ...(finding.file ? { file: finding.file } : {})
  }
  if (finding.severity === 'error' && !demote) core.error(text, properties)
  else if (finding.severity === 'notice') core.notice(text, properties)
  else core.warning(text, properties)
}

export interface ReportOptions {
  /** Report error findings as warnings (verify with fail-on-noncompliant: false). */
  demoteErrors: boolean
}

export async function report(result: RunResult, options: ReportOptions): Promise<void> {
  for (const outcome of result.outcomes) {
    core.startGroup(`${outcome.name}: ${outcome.status}`)
    for (const line of outcome.log) core.info(line)
    if (outcome.error) core.info(`Error: ${outcome.error}`)
    core.endGroup()
  }
  for (const finding of result.findings) annotate(finding, options.demoteErrors)
  for (const outcome of result.outcomes) {
    for (const finding of outcome.findings) annotate(finding, options.demoteErrors)
    const explained = outcome.findings.some((finding) => finding.severity === 'error')
    if (outcome.status === 'failed' && outcome.error && !explained)
      core.error(`${outcome.name}: ${outcome.error}`, { title: 'Service Connect TLS' })
  }
  for (const [name, value] of Object.entries(outputsFor(result))) core.setOutput(name, value)
  // Outside a runner (a local try-out) there is no summary file to write to.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(result)).write()
}
