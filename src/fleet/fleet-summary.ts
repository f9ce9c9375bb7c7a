/**
 * Pure: the fleet report as Markdown, for the job summary and the pull request comment. It
 * leads with the verdict and the counts, then one row per job (worst first, then by account,
 * Region and cluster), then what went wrong in each job that did not pass.
 */
import type { Fleet, FleetJob, JobVerdict } from './fleet.js'
import type { ResultStatus } from './result-schema.js'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>')
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``

const VERDICT_ICONS: Record<JobVerdict, string> = {
  lost: '❓ lost: no result',
  failed: '❌ failed',
  noncompliant: '❌ noncompliant',
  passed: '✅ passed'
}

const STATUS_WORDS: [ResultStatus, string][] = [
  ['failed', 'failed'],
  ['noncompliant', 'noncompliant'],
  ['updated', 'updated'],
  ['would-update', 'would be updated'],
  ['compliant', 'compliant'],
  ['unchanged', 'unchanged']
]

function jobCounts(job: FleetJob): string {
  const outcomes = job.document?.outcomes ?? []
  return STATUS_WORDS.map(
    ([status, word]) => [outcomes.filter((o) => o.status === status).length, word] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`)
    .join(', ')
}

const shard = (services: string): string => (services === '*' ? 'all' : services)

function jobRow(job: FleetJob): string {
  return `| ${[
    cell(job.account ?? '(unknown)'),
    cell(job.region ?? '(none)'),
    cell(job.cluster || '(file mode)'),
    cell(shard(job.services)),
    job.document?.mode ?? '',
    VERDICT_ICONS[job.verdict],
    cell(jobCounts(job))
  ].join(' | ')} |`
}

/** The problems of one job that did not pass: its error, failed and noncompliant services. */
function jobDetails(job: FleetJob): string[] {
  const title = `#### ${[
    job.account ?? '(unknown account)',
    job.region ?? '(no Region)',
    job.cluster
  ]
    .filter(Boolean)
    .join(' / ')}${job.services === '*' ? '' : ` (${job.services})`}`
  if (job.verdict === 'lost')
    return [
      title,
      '',
      'This job of the matrix left no result file: it did not run, was cancelled, or its artifact was not uploaded. It counts as a failure.',
      ''
    ]
  const document = job.document
  if (!document) return []
  const lines = [title, '', `From ${code(job.file ?? '')}.`]
  if (document.error) lines.push('', `The run failed: ${document.error}`)
  else if (document.failure) lines.push('', document.failure)
  if (document.accountError) lines.push('', `Account unknown: ${document.accountError}`)
  const bad = document.outcomes.filter(
    (outcome) => outcome.status === 'failed' || outcome.status === 'noncompliant'
  )
  if (bad.length > 0) {
    lines.push('', '| Service | Result | Why |', '| --- | --- | --- |')
    for (const outcome of bad) {
      const why = [
        ...(outcome.error ? [outcome.error] : []),
        ...outcome.findings
          .filter((finding) => finding.severity === 'error')
          .map((finding) => `${finding.port ? `${finding.port}: ` : ''}${finding.message}`)
      ]
      lines.push(`| ${cell(outcome.name)} | ${outcome.status} | ${cell(why.join('\n'))} |`)
    }
  }
  const shared = document.findings.filter((finding) => finding.severity === 'error')
  if (shared.length > 0) lines.push('', ...shared.map((finding) => `- ${finding.message}`))
  lines.push('')
  return lines
}

export function renderFleetSummary(fleet: Fleet, context: string[] = []): string {
  const verdict = fleet.failure ? '❌' : '✅'
  const total = STATUS_WORDS.filter(([status]) => fleet.counts[status] > 0)
    .map(([status, word]) => `${fleet.counts[status]} ${word}`)
    .join(', ')
  const jobs = fleet.jobs.length
  const lines = [
    `## ${verdict} Service Connect TLS: fleet report, ${jobs} job${jobs === 1 ? '' : 's'}${total ? `: ${total}` : ''}`,
    ''
  ]
  if (context.length > 0) lines.push(context.join(' · '), '')
  if (fleet.failure) lines.push(`**${fleet.failure}.**`, '')
  if (fleet.errors.length > 0)
    lines.push(
      '### Files that are not results',
      '',
      ...fleet.errors.map((error) => `- ${cell(error)}`),
      ''
    )
  if (jobs === 0) lines.push('No job to report: the matrix is empty and no result file was found.')
  else {
    lines.push(
      '| Account | Region | Cluster | Services | Mode | Result | Services by status |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...fleet.jobs.map(jobRow),
      ''
    )
    const attention = fleet.jobs.filter((job) => job.verdict !== 'passed')
    if (attention.length > 0)
      lines.push('### What went wrong', '', ...attention.flatMap(jobDetails))
  }
  return `${lines.join('\n').trimEnd()}\n`
}
