/**
 * Pure: the job summary's sections under the service table: the findings by severity (notices
 * folded), what to do about each failure, the configuration diffs, and the CA.
 */
import { remediesFor } from './remedies.js'
import { cell, code } from './summary-table.js'
import type { CaDetails } from '../model/facts.js'
import type { Finding, Severity } from '../model/findings.js'
import type { ServiceOutcome } from '../model/outcome.js'
import { uniqueFindings } from '../util/said-once.js'

const FINDING_HEADER = [
  '| Service | Port | Finding | Expected | Found |',
  '| --- | --- | --- | --- | --- |'
]

function findingRow(f: Finding): string {
  return `| ${cell(f.service ?? '')} | ${cell(f.port ?? '')} | ${cell(f.message)} | ${cell(f.expected ?? '')} | ${cell(f.found ?? '')} |`
}

const SEVERITY_TITLES: Record<Severity, string> = {
  error: '❌ Errors',
  warning: '⚠️ Warnings',
  notice: 'ℹ️ Notices'
}

/** Errors and warnings as tables of their own; notices folded away, they need no action. */
export function findingSections(findings: readonly Finding[], demoteErrors: boolean): string[] {
  const lines: string[] = []
  // Each finding once, however many times it was raised (e.g. a warning from a loop).
  const unique = uniqueFindings(findings)
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const some = unique.filter((finding) => finding.severity === severity)
    if (some.length === 0) continue
    const title =
      severity === 'error' && demoteErrors
        ? '❌ Errors (reported as warnings: fail-on-noncompliant is false)'
        : SEVERITY_TITLES[severity]
    const rows = [...FINDING_HEADER, ...some.map(findingRow), '']
    if (severity === 'notice')
      lines.push(
        `<details><summary>${title} (${some.length})</summary>`,
        '',
        ...rows,
        '</details>',
        ''
      )
    else lines.push(`### ${title} (${some.length})`, '', ...rows)
  }
  return lines
}

export function remedySection(
  findings: readonly Finding[],
  outcomes: readonly ServiceOutcome[]
): string[] {
  const remedies = remediesFor(findings, outcomes)
  if (remedies.length === 0) return []
  return [
    '### What to do',
    '',
    ...remedies.map(
      (remedy) =>
        `- **${remedy.what}**${remedy.where.length ? ` (${remedy.where.join(', ')})` : ''}: ${remedy.todo}`
    ),
    ''
  ]
}

export function diffSections(diffs: ReadonlyMap<string, string>): string[] {
  return [...diffs].flatMap(([service, diff]) => [
    `<details><summary>${service}: Service Connect configuration, before → after</summary>`,
    '',
    '```diff',
    diff,
    '```',
    '',
    '</details>',
    ''
  ])
}

export function caTable(ca: CaDetails): string[] {
  const rows: [string, string][] = [
    ['ARN', code(ca.arn)],
    ['Subject', ca.subject],
    ['Status', ca.status],
    ['Type / usage', `${ca.type} / ${ca.usageMode}`],
    ['Key algorithm', ca.keyAlgorithm],
    ['Valid', `${ca.notBefore} → ${ca.notAfter}`],
    ['Serial number', code(ca.serialNumber)],
    ['SHA-256 fingerprint', code(ca.fingerprintSha256)]
  ]
  return [
    '### Certificate authority',
    '',
    '| Field | Value |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`),
    ''
  ]
}
