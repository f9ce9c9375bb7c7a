/** Pure: the job summary as Markdown. Tables first, because that is what reviewers scan. */
import type { CaDetails } from '../checks/ca.js'
import type { Finding } from '../checks/findings.js'
import { type ServiceOutcome, tlsAfterRun } from './outcome.js'
import { isCompliant, type RunResult } from './result.js'
import type { TlsView } from '../plan/service-connect.js'

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

function resultText(outcome: ServiceOutcome): string {
  const rollout =
    outcome.rollout && outcome.rollout !== 'completed' ? ` (rollout ${outcome.rollout})` : ''
  const error = outcome.error ? `: ${outcome.error}` : ''
  return cell(`${ICONS[outcome.status]}${rollout}${error}`)
}

function serviceRows(outcome: ServiceOutcome): string[] {
  const deployment = outcome.deploymentId ? code(outcome.deploymentId) : ''
  if (outcome.ports.length === 0)
    return [`| ${cell(outcome.name)} | | | | ${deployment} | ${resultText(outcome)} |`]
  const after = tlsAfterRun(outcome)
  return outcome.ports.map((port, index) => {
    const first = index === 0
    // A plan's "after" is what apply would set; otherwise it is where the run left the port.
    const now = outcome.status === 'would-update' ? port.after : after[index]?.tls
    return `| ${first ? cell(outcome.name) : ''} | ${cell(port.portName)} | ${tlsText(port.before)} | ${tlsText(now)} | ${first ? deployment : ''} | ${first ? resultText(outcome) : ''} |`
  })
}

function changeTable(outcomes: readonly ServiceOutcome[]): string[] {
  const unchanged = outcomes.filter((outcome) => outcome.status === 'unchanged')
  const fold = unchanged.length > FOLD_UNCHANGED_AFTER
  const shown = fold ? outcomes.filter((outcome) => outcome.status !== 'unchanged') : outcomes
  const lines = [
    '| Service | Port | TLS before | TLS after | Deployment | Result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...shown.flatMap(serviceRows)
  ]
  if (fold)
    lines.push(
      `| ${unchanged.length} services | | | | | ➖ unchanged: ${cell(unchanged.map((outcome) => outcome.name).join(', '))} |`
    )
  return lines
}

function findingRows(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return []
  return [
    '| | Service | Port | Finding | Expected | Found |',
    '| --- | --- | --- | --- | --- | --- |',
    ...findings.map(
      (f) =>
        `| ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | ${cell(f.service ?? '')} | ${cell(f.port ?? '')} | ${cell(f.message)} | ${cell(f.expected ?? '')} | ${cell(f.found ?? '')} |`
    ),
    ''
  ]
}

function complianceTable(outcomes: readonly ServiceOutcome[]): string[] {
  return [
    '| Service | Port | TLS | Result |',
    '| --- | --- | --- | --- |',
    ...outcomes.flatMap((outcome) => {
      const ports = tlsAfterRun(outcome)
      if (ports.length === 0) return [`| ${cell(outcome.name)} | | | ${resultText(outcome)} |`]
      return ports.map(
        (port, index) =>
          `| ${index === 0 ? cell(outcome.name) : ''} | ${cell(port.portName)} | ${tlsText(port.tls)} | ${index === 0 ? resultText(outcome) : ''} |`
      )
    })
  ]
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
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`),
    ''
  ]
}

function counts(outcomes: readonly ServiceOutcome[]): string {
  const tally = new Map<string, number>()
  for (const outcome of outcomes) tally.set(outcome.status, (tally.get(outcome.status) ?? 0) + 1)
  return [...tally].map(([status, count]) => `${count} ${status}`).join(', ')
}

const TITLES = { apply: 'apply', plan: 'plan (nothing was changed)', verify: 'verify' } as const

export function renderSummary(result: RunResult): string {
  const lines = [
    `## ECS Service Connect TLS: ${TITLES[result.mode]}`,
    '',
    `Cluster ${code(result.cluster || '(none: service definition file)')}; ${result.outcomes.length} service(s): ${counts(result.outcomes) || 'none'}.`,
    ''
  ]
  if (result.cancelled)
    lines.push(
      '> [!WARNING]',
      '> The run was cancelled; states below are as they were at that moment.',
      ''
    )
  if (result.blockedBy?.length)
    lines.push(
      '> [!CAUTION]',
      `> ${result.mode === 'plan' ? 'apply would write nothing' : 'Nothing was written'}: no service is updated while any chosen service has an error. Blocked by: ${result.blockedBy
        .map((blocker) => `**${cell(blocker.service)}** (${cell(blocker.reason)})`)
        .join('; ')}.`,
      ''
    )
  if (result.checkedNothing)
    lines.push('> [!WARNING]', `> Nothing was checked: ${cell(result.checkedNothing)}`, '')
  const findings = [...result.findings, ...result.outcomes.flatMap((outcome) => outcome.findings)]
  if (result.mode === 'verify') {
    lines.push(isCompliant(result) ? '**Compliant.**' : '**Not compliant.**', '')
    lines.push(...findingRows(findings), ...complianceTable(result.outcomes), '')
  } else {
    lines.push(...findingRows(findings), ...changeTable(result.outcomes), '')
    for (const [service, diff] of result.diffs)
      lines.push(
        `<details><summary>${service}: Service Connect configuration, before → after</summary>`,
        '',
        '```diff',
        diff,
        '```',
        '',
        '</details>',
        ''
      )
  }
  if (result.definitionFile)
    lines.push(`Service definition written to ${code(result.definitionFile)}.`, '')
  if (result.ca) lines.push(...caTable(result.ca))
  return lines.join('\n')
}
