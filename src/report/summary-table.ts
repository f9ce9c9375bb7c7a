/**
 * Pure: the job summary's service table. One row per port of each service, built from a list
 * of columns (service-wide columns fill only a service's first row), plus the Certificate and
 * Traffic columns when the run checked them; many unchanged services fold into one row.
 */
import { tlsAfterRun, tlsConfigured } from '../act/in-force.js'
import { sameTls } from '../util/service-connect.js'
import { trafficCell } from './traffic.js'
import type { CertificateStatus } from '../model/certificates.js'
import type { RunResult } from '../model/result.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { PortChange, TlsView } from '../model/plan.js'

/** Past this many, unchanged services fold into one line so a fleet's table stays readable. */
const FOLD_UNCHANGED_AFTER = 10

export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>')
export const code = (text: string): string => `\`${text}\``

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

export function serviceTable(result: RunResult): string[] {
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
