/** Tells what happened: log groups, annotations, outputs and the report, through an Output. */
import { mkdir, writeFile } from 'node:fs/promises'
import { runnerTemp } from '../util/temp.js'
import { join } from 'node:path'
import { outputsFor } from './outputs.js'
import type { Output } from '../util/output.js'
import { renderSummary } from './summary.js'
import type { Finding } from '../model/findings.js'
import type { RunResult } from '../model/result.js'
import { uniqueFindings } from '../util/said-once.js'

function annotate(core: Output, finding: Finding, demote: boolean): void {
  const where = [finding.service, finding.port].filter(Boolean).join(' / ')
  const detail =
    finding.expected !== undefined
      ? ` (expected ${finding.expected}, found ${finding.found ?? '(none)'})`
      : ''
  const text = `${where ? `${where}: ` : ''}${finding.message}${detail}`
  const properties = {
    title: `Service Connect TLS (${finding.code})`,
    ...(finding.file ? { file: finding.file } : {}),
    ...(finding.file && finding.line ? { startLine: finding.line } : {})
  }
  if (finding.severity === 'error' && !demote) core.error(text, properties)
  else if (finding.severity === 'notice') core.notice(text, properties)
  else core.warning(text, properties)
}

export interface ReportOptions {
  /** Report error findings as warnings (verify with fail-on-noncompliant: false). */
  demoteErrors: boolean
  /** selectionKey() of the run: names the report file, so two runs in one job keep theirs. */
  key: string
}

/** Writes the Markdown report where later steps can read it: under RUNNER_TEMP on a runner. */
export async function writeReportFile(
  markdown: string,
  name: string,
  directory = runnerTemp()
): Promise<string> {
  const folder = join(directory, 'ecs-service-connect-tls')
  await mkdir(folder, { recursive: true })
  const path = join(folder, name)
  await writeFile(path, markdown)
  return path
}

export async function report(
  result: RunResult,
  options: ReportOptions,
  core: Output
): Promise<void> {
  for (const outcome of result.outcomes) {
    core.startGroup(`${outcome.name}: ${outcome.status}`)
    for (const line of outcome.log) core.info(line)
    if (outcome.error) core.info(`Error: ${outcome.error}`)
    core.endGroup()
  }
  for (const finding of uniqueFindings(result.findings))
    annotate(core, finding, options.demoteErrors)
  for (const outcome of result.outcomes) {
    for (const finding of outcome.findings) annotate(core, finding, options.demoteErrors)
    const explained = outcome.findings.some((finding) => finding.severity === 'error')
    if (outcome.status === 'failed' && outcome.error && !explained)
      core.error(`${outcome.name}: ${outcome.error}`, { title: 'Service Connect TLS' })
  }
  for (const [name, value] of Object.entries(outputsFor(result))) core.setOutput(name, value)
  const markdown = renderSummary(result, { demoteErrors: options.demoteErrors })
  const file = await writeReportFile(markdown, `report-${result.mode}-${options.key}.md`)
  core.setOutput('report-file', file)
  await core.summary(markdown, file)
}
