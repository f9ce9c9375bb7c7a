/**
 * Pure: the job summary as Markdown. It leads with the answer: a heading with the verdict and
 * the counts, then one table row per port, then the findings by severity (notices folded), what
 * to do about each failure, the diffs, and the CA. Each table is a list of columns and the
 * report a list of sections, so adding a column or a section is one entry.
 */
import { tlsAfterRun, tlsConfigured } from '../act/in-force.js'
import { sameTls } from '../util/service-connect.js'
import { isCompliant } from './result.js'
import { trafficCell } from './traffic.js'
import { remediesFor } from './remedies.js'
import type { CaDetails } from '../model/facts.js'
import type { CertificateStatus } from '../model/certificates.js'
import type { Finding, Severity } from '../model/findings.js'
import type { RunResult } from '../model/result.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { PortChange, TlsView } from '../model/plan.js'
import { uniqueFindings } from '../util/said-once.js'
import { STATUS_ORDER } from '../util/status-order.js'

/** Past this many, unchanged services fold into one line so a fleet's table stays readable. */
const FOLD_UNCHANGED_AFTER = 10

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>')
const code = (text: string): string => `\`${text}\``

/** The resource ID of an ARN, UUIDs cut to their first block: enough to tell them apart. */
function lastSegment(arn: string): string {
  const id = arn.slice(arn.lastIndexOf('/') + 1)
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(id) ? `${id.slice(0, 8)}…` : id
}

export function tlsText(tls: TlsView | undefined): string {
  if (!tls) return 'none'
  const parts = [`CA ${code(lastSegment(tls.caArn))}`]
  parts.push(tls.kmsKey ? `KMS ${code(lastSegment(tls.kmsKey))}` : 'AWS-owned key')
  if (tls.roleArn) parts.push(`role ${code(lastSegment(tls.roleArn))}`)
  return parts.join(', ')
}

const ICONS: Record<ServiceOutcome['status'], string> = {
  updated: '✅ updated',
  unchanged: '➖ unchanged',
  failed: '❌ failed',
  'would-update': '📝 would update',
  compliant: '✅ compliant',
  noncompliant: '❌ noncompliant'
}

const STATUS_WORDS: Record<ServiceOutcome['status'], string> = {
  failed: 'failed',
  noncompliant: 'noncompliant',
  updated: 'updated',
  'would-update': 'would be updated',
  compliant: 'compliant',
  unchanged: 'unchanged'
}

function resultText(outcome: ServiceOutcome): string {
  const rollout =
    outcome.rollout && outcome.rollout !== 'completed' ? ` (rollout ${outcome.rollout})` : ''
  const error = outcome.error ? `: ${outcome.error}` : ''
  return cell(`${ICONS[outcome.status]}${rollout}${error}`)
}

/** One table row: a port of a service (or the service alone when it has no ports). */
interface Row {
  outcome: ServiceOutcome
  /** Set on the first row of each service: service-wide columns fill only that one. */
  first: boolean
  port?: PortChange
  /** The port's TLS once the run is over (see tlsAfterRun). */
  after?: TlsView
  /** Set when the revision the service is configured with has other TLS on the port. */
  configured?: { tls?: TlsView }
}

export interface Column {
  header: string
  cell: (row: Row) => string
}

const onFirst =
  (value: (outcome: ServiceOutcome) => string) =>
  (row: Row): string =>
    row.first ? value(row.outcome) : ''

/** The service, and in file mode the file it is in. */
const nameCell = (outcome: ServiceOutcome): string =>
  cell(
    outcome.file && outcome.file !== outcome.name
      ? `${outcome.name} (${outcome.file})`
      : outcome.name
  )

const SERVICE: Column = { header: 'Service', cell: onFirst(nameCell) }
const PORT: Column = { header: 'Port', cell: (row) => cell(row.port?.portName ?? '') }
const RESULT: Column = { header: 'Result', cell: onFirst(resultText) }

/** apply and plan: where each port started and where the run left it (a plan: would leave it). */
export const CHANGE_COLUMNS: Column[] = [
  SERVICE,
  PORT,
  { header: 'TLS before', cell: (row) => (row.port ? tlsText(row.port.before) : '') },
  {
    header: 'TLS after',
    cell: (row) => {
      if (!row.port) return ''
      if (row.outcome.status === 'would-update') return tlsText(row.port.after)
      // A deployment stopped without rollback: what serves and what the next deployment gets.
      if (row.configured)
        return `serving: ${tlsText(row.after)}<br>configured: ${tlsText(row.configured.tls)}`
      return tlsText(row.after)
    }
  },
  {
    // A service deployment ARN by its ID (the full ARN is in the outputs); an older
    // deployment ID (ecs-svc/...) as it is.
    header: 'Deployment',
    cell: onFirst((outcome) => {
      const id = outcome.deploymentId
      if (!id) return ''
      return code(id.startsWith('arn:') ? lastSegment(id) : id)
    })
  },
  RESULT
]

/** verify: each port's TLS as it is. */
export const COMPLIANCE_COLUMNS: Column[] = [
  SERVICE,
  PORT,
  { header: 'TLS', cell: (row) => (row.port ? tlsText(row.after) : '') },
  RESULT
]

function rowsOf(outcome: ServiceOutcome): Row[] {
  if (outcome.ports.length === 0) return [{ outcome, first: true }]
  const after = tlsAfterRun(outcome)
  const configured = tlsConfigured(outcome)
  return outcome.ports.map((port, index) => {
    const tls = after[index]?.tls
    const next = configured?.[index]
    return {
      outcome,
      first: index === 0,
      port,
      ...(tls ? { after: tls } : {}),
      ...(next && !sameTls(tls, next.tls) ? { configured: next.tls ? { tls: next.tls } : {} } : {})
    }
  })
}

function table(columns: readonly Column[], rows: readonly Row[]): string[] {
  return [
    `| ${columns.map((column) => column.header).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((column) => column.cell(row)).join(' | ')} |`)
  ]
}

const CERTIFICATE_TEXT: Record<CertificateStatus, string> = {
  issued: '✅ issued',
  pending: 'ℹ️ not issued yet',
  deploying: '⏳ deploying',
  missing: '❌ missing',
  stale: '❌ not renewed',
  'rotation-disabled': '❌ rotation off',
  'rotation-overdue': '⚠️ rotation overdue',
  replicated: '⚠️ replicated'
}

/** The Traffic column: only in runs that read the traffic metrics. */
function trafficColumn(result: RunResult): Column | undefined {
  if (!result.traffic) return undefined
  const byName = new Map(result.traffic.map((report) => [report.service, report]))
  return {
    header: 'Traffic',
    cell: onFirst((outcome) => {
      const report = byName.get(outcome.name)
      return report ? cell(trafficCell(report)) : ''
    })
  }
}

/** The Certificate column: only in runs that checked the certificate secrets. */
function certificateColumn(result: RunResult): Column | undefined {
  if (!result.certificates) return undefined
  const byName = new Map(result.certificates.map((report) => [report.service, report]))
  return {
    header: 'Certificate',
    cell: onFirst((outcome) => {
      const report = byName.get(outcome.name)
      if (!report) return ''
      const [secret] = report.secrets
      const renewed = secret?.lastRotatedAt ?? secret?.createdAt
      const when = renewed
        ? ` (${secret?.lastRotatedAt ? 'rotated' : 'created'} ${renewed.toISOString().slice(0, 16).replace('T', ' ')} UTC)`
        : ''
      return cell(`${CERTIFICATE_TEXT[report.status]}${when}`)
    })
  }
}

function serviceTable(result: RunResult): string[] {
  const certificate = certificateColumn(result)
  const traffic = trafficColumn(result)
  const columns = [
    ...(result.mode === 'verify' ? COMPLIANCE_COLUMNS : CHANGE_COLUMNS),
    ...(certificate ? [certificate] : []),
    ...(traffic ? [traffic] : [])
  ]
  const unchanged = result.outcomes.filter((outcome) => outcome.status === 'unchanged')
  const fold = unchanged.length > FOLD_UNCHANGED_AFTER
  const shown = fold
    ? result.outcomes.filter((outcome) => outcome.status !== 'unchanged')
    : result.outcomes
  const lines = table(columns, shown.flatMap(rowsOf))
  if (fold) {
    const names = cell(unchanged.map((outcome) => outcome.name).join(', '))
    const cells = columns.map((_column, index) =>
      index === 0
        ? `${unchanged.length} services`
        : columns[index] === RESULT
          ? `➖ unchanged: ${names}`
          : ''
    )
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return [...lines, '']
}

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
function findingSections(findings: readonly Finding[], demoteErrors: boolean): string[] {
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

function remedySection(
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

function diffSections(diffs: ReadonlyMap<string, string>): string[] {
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

function caTable(ca: CaDetails): string[] {
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
