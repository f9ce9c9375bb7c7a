/**
 * Pure: the job summary as Markdown. It leads with the answer: a heading with the verdict and
 * the counts, then one table row per port, then the findings by severity (notices folded), what
 * to do about each failure, the diffs, and the CA. Each table is a list of columns and the
 * report a list of sections, so adding a column or a section is one entry. The table is in
 * summary-table.ts, the sections under it in summary-sections.ts; this module holds the
 * headline and the order of the sections.
 */
import { isCompliant } from './result.js'
import { caTable, diffSections, findingSections, remedySection } from './summary-sections.js'
import { cell, code, serviceTable } from './summary-table.js'
import type { RunResult } from '../model/result.js'
import type { ServiceOutcome } from '../model/outcome.js'
import { STATUS_ORDER } from '../util/status-order.js'

export { CHANGE_COLUMNS, COMPLIANCE_COLUMNS, type Column, tlsText } from './summary-table.js'

const STATUS_WORDS: Record<ServiceOutcome['status'], string> = {
  failed: 'failed',
  noncompliant: 'noncompliant',
  updated: 'updated',
  'would-update': 'would be updated',
  compliant: 'compliant',
  unchanged: 'unchanged'
}

/** "1 failed, 2 updated", in STATUS_ORDER. */
export function counts(outcomes: readonly ServiceOutcome[]): string {
  return STATUS_ORDER.flatMap((status) => {
    const count = outcomes.filter((outcome) => outcome.status === status).length
    return count ? [`${count} ${STATUS_WORDS[status]}`] : []
  }).join(', ')
}

const services = (count: number): string => `${count} service${count === 1 ? '' : 's'}`

/** The answer in one line: an icon, what happened, and the counts. */
export function headline(result: RunResult): string {
  const total = result.outcomes.length
  const count = (status: ServiceOutcome['status']): number =>
    result.outcomes.filter((outcome) => outcome.status === status).length
  const all = counts(result.outcomes) || 'no services'
  if (result.cancelled) return `⛔ ${result.mode} cancelled: ${all}`
  if (result.mode === 'verify') {
    if (result.checkedNothing && isCompliant(result)) return '⚠️ verify: nothing was checked'
    if (isCompliant(result)) return `✅ verify: compliant, ${services(total)} checked`
    const bad = count('noncompliant') + count('failed')
    return bad > 0
      ? `❌ verify: not compliant, ${bad} of ${services(total)} noncompliant`
      : `❌ verify: not compliant (see the errors), ${services(total)} checked`
  }
  const failed = count('failed')
  const changing = result.mode === 'plan' ? 'would-update' : 'updated'
  const planned = result.mode === 'plan' ? '; nothing was changed' : ''
  if (failed > 0) {
    const rest = counts(result.outcomes.filter((outcome) => outcome.status !== 'failed'))
    return `❌ ${result.mode}: ${failed} of ${services(total)} failed${rest ? ` (${rest})` : ''}${planned}`
  }
  if (count(changing) === 0) return `✅ ${result.mode}: nothing to change (${all})${planned}`
  const others = counts(result.outcomes.filter((outcome) => outcome.status !== changing))
  const icon = result.mode === 'plan' ? '📝' : '✅'
  return `${icon} ${result.mode}: ${count(changing)} of ${services(total)} ${STATUS_WORDS[changing]}${others ? ` (${others})` : ''}${planned}`
}

export interface SummaryOptions {
  /** Lines under the heading, e.g. the commit and the run (the PR comment adds them). */
  context?: string[]
  /** verify with fail-on-noncompliant: false. */
  demoteErrors?: boolean
}

const writtenFiles = (result: RunResult): string[] =>
  result.definitionFiles ?? (result.definitionFile ? [result.definitionFile] : [])

export function renderSummary(result: RunResult, options: SummaryOptions = {}): string {
  const findings = [...result.findings, ...result.outcomes.flatMap((outcome) => outcome.findings)]
  const where = result.cluster
    ? `Cluster ${code(result.cluster)}`
    : 'Service definition file (no AWS call)'
  const sections: string[][] = [
    [`## ECS Service Connect TLS ${headline(result)}`, ''],
    [[where, ...(options.context ?? [])].join(' · '), ''],
    result.cancelled
      ? [
          '> [!WARNING]',
          '> The run was cancelled; states below are as they were at that moment.',
          ''
        ]
      : [],
    result.blockedBy?.length
      ? [
          '> [!CAUTION]',
          `> ${result.mode === 'plan' ? 'apply would write nothing' : 'Nothing was written'}: no service is updated while any chosen service has an error. Blocked by: ${result.blockedBy
            .map((blocker) => `**${cell(blocker.service)}** (${cell(blocker.reason)})`)
            .join('; ')}.`,
          ''
        ]
      : [],
    result.checkedNothing
      ? ['> [!WARNING]', `> Nothing was checked: ${cell(result.checkedNothing)}`, '']
      : [],
    serviceTable(result),
    findingSections(findings, options.demoteErrors ?? false),
    remedySection(findings, result.outcomes),
    diffSections(result.diffs),
    writtenFiles(result).length > 0
      ? [`Service definition written to ${writtenFiles(result).map(code).join(', ')}.`, '']
      : [],
    result.ca ? caTable(result.ca) : []
  ]
  return sections.flat().join('\n')
}
