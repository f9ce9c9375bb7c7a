/**
 * mode: report. Gathers the result files of a matrix's jobs into one report: job summary, one
 * pull request comment, outputs across the fleet, and the verdict. No AWS call at all.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'
import { errorText } from '../util/errors.js'
import type { ReportInputs } from '../inputs/report-inputs.js'
import type { Output } from '../util/output.js'
import { writeReportFile } from '../report/report.js'
import { type Fleet, gatherFleet } from './fleet.js'
import { renderFleetSummary } from './fleet-summary.js'
import { parseResult } from './read-results.js'
import type { ResultDocument } from './result-schema.js'

export async function readResults(
  patterns: readonly string[],
  base: string
): Promise<{ results: { file: string; document: ResultDocument }[]; errors: string[] }> {
  const files = [
    ...new Set(await glob([...patterns], { cwd: base, onlyFiles: true, dot: false }))
  ].sort()
  const results: { file: string; document: ResultDocument }[] = []
  const errors: string[] = []
  for (const file of files) {
    let text: string
    try {
      text = await readFile(join(base, file), 'utf8')
    } catch (error) {
      errors.push(`${file}: could not be read (${errorText(error)})`)
      continue
    }
    const parsed = parseResult(text, file)
    if ('error' in parsed) errors.push(parsed.error)
    else results.push({ file, document: parsed.document })
  }
  return { results, errors }
}

function setOutputs(fleet: Fleet, core: Output): void {
  const verdicts = (verdict: string): number =>
    fleet.jobs.filter((job) => job.verdict === verdict).length
  core.setOutput('noncompliant-services', JSON.stringify(fleet.noncompliant))
  core.setOutput('failed-services', JSON.stringify(fleet.failed))
  core.setOutput('compliant', String(fleet.failure === undefined))
  core.setOutput(
    'counts',
    JSON.stringify({
      jobs: fleet.jobs.length,
      passed: verdicts('passed'),
      failed: verdicts('failed'),
      noncompliant: verdicts('noncompliant'),
      lost: verdicts('lost'),
      invalidFiles: fleet.errors.length,
      services: fleet.counts
    })
  )
}

export async function runReport(report: ReportInputs, core: Output): Promise<void> {
  const base = process.env.GITHUB_WORKSPACE || process.cwd()
  const { results, errors } = await readResults(report.patterns, base)
  for (const error of errors) core.error(error, { title: 'Result files' })
  const fleet = gatherFleet(results, errors, report.matrix)
  for (const job of fleet.jobs.filter((candidate) => candidate.verdict === 'lost'))
    core.error(
      `No result from the matrix job ${job.account} / ${job.region} / ${job.cluster}${job.services === '*' ? '' : ` (${job.services})`}: a lost job is a failure`,
      { title: 'Fleet report' }
    )
  setOutputs(fleet, core)
  const markdown = renderFleetSummary(fleet)
  const file = await writeReportFile(markdown, 'report-fleet.md')
  core.setOutput('report-file', file)
  await core.summary(markdown, file)
  if (report.githubToken) {
    const { upsertComment, cutMarkdown, MAX_BODY } = await import('../report/pr-comment.js')
    await upsertComment(
      report.githubToken,
      (job) => ({
        marker: `<!-- ecs-service-connect-tls job=${job} mode=report -->`,
        body: (context) => {
          const where: string[] = []
          if (context.commit)
            where.push(`commit [\`${context.commit.sha.slice(0, 7)}\`](${context.commit.url})`)
          if (context.runUrl) where.push(`[workflow run](${context.runUrl})`)
          const body = renderFleetSummary(fleet, where)
          const cut =
            body.length > MAX_BODY
              ? `${cutMarkdown(body, MAX_BODY)}\n\n> [!NOTE]\n> This report is too long for a comment and was cut here. The full report is in the job summary of the workflow run.`
              : body
          return `<!-- ecs-service-connect-tls job=${job} mode=report -->\n${cut}`
        }
      }),
      false,
      core
    )
  }
  if (fleet.failure) core.setFailed(fleet.failure)
}
