/**
 * Pure: many jobs' result documents as one fleet. Each matrix entry is matched to its result
 * (a job that left none is lost, which fails the report); each job gets a verdict, and the
 * jobs are ordered worst first, then by account, Region and cluster.
 */
import type { MatrixEntry } from '../inputs/matrix.js'
import type { ResultDocument, ResultStatus } from './result-schema.js'
import { STATUS_ORDER } from '../util/status-order.js'

export type JobVerdict = 'lost' | 'failed' | 'noncompliant' | 'passed'

export interface FleetJob {
  verdict: JobVerdict
  account: string | null
  region: string | null
  cluster: string
  /** '*' or the shard's names joined by commas. */
  services: string
  /** The result file, as the report names it; absent for a lost job. */
  file?: string
  document?: ResultDocument
}

export interface Fleet {
  jobs: FleetJob[]
  /** Service counts by status, over every job. */
  counts: Record<ResultStatus, number>
  /** `account/region/cluster/service` of every service with that status. */
  noncompliant: string[]
  failed: string[]
  /** Files that are not result documents of this schema version (each message names one). */
  errors: string[]
  /** Why the report fails, or undefined when the whole fleet passed. */
  failure?: string
}

export const VERDICT_ORDER: JobVerdict[] = ['lost', 'failed', 'noncompliant', 'passed']

/**
 * A verify step fails on noncompliance alone: that job is noncompliant, not failed. Failed: an
 * error, a cancel, a failed service, or an apply or plan step that did not pass.
 */
export function verdictOf(document: ResultDocument): JobVerdict {
  if (
    document.error !== undefined ||
    document.cancelled === true ||
    document.outcomes.some((outcome) => outcome.status === 'failed') ||
    (!document.passed && document.mode !== 'verify')
  )
    return 'failed'
  // verify with fail-on-noncompliant: false passes its step; the fleet still counts it.
  if (
    !document.passed ||
    document.failure !== undefined ||
    document.outcomes.some((outcome) => outcome.status === 'noncompliant') ||
    document.findings.some((finding) => finding.severity === 'error')
  )
    return 'noncompliant'
  return 'passed'
}

/** A shard's names in a stable order, so 'b,a' and 'a,b' are the same job. */
const selectionKey = (services: string): string =>
  services === '*' || services === ''
    ? services
    : services
        .split(',')
        .map((name) => name.trim())
        .sort()
        .join(',')

function matches(entry: MatrixEntry, document: ResultDocument): boolean {
  const services = entry.services ? [...entry.services].sort().join(',') : '*'
  return (
    (document.account === null || document.account === entry.account) &&
    document.region === entry.region &&
    document.cluster === entry.cluster &&
    selectionKey(document.services) === services
  )
}

function compareJobs(a: FleetJob, b: FleetJob): number {
  const byVerdict = VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict)
  if (byVerdict !== 0) return byVerdict
  for (const key of ['account', 'region', 'cluster', 'services', 'file'] as const) {
    const order = (a[key] ?? '').localeCompare(b[key] ?? '')
    if (order !== 0) return order
  }
  return 0
}

export function gatherFleet(
  results: readonly { file: string; document: ResultDocument }[],
  errors: readonly string[],
  matrix: readonly MatrixEntry[] | undefined
): Fleet {
  const jobs: FleetJob[] = results.map(({ file, document }) => ({
    verdict: verdictOf(document),
    account: document.account,
    region: document.region,
    cluster: document.cluster,
    services: document.services,
    file,
    document
  }))
  // A result answers one matrix entry at most; the entries left over are lost jobs.
  const claimed = new Set<number>()
  for (const entry of matrix ?? []) {
    const index = results.findIndex(
      (result, position) => !claimed.has(position) && matches(entry, result.document)
    )
    if (index >= 0) claimed.add(index)
    else
      jobs.push({
        verdict: 'lost',
        account: entry.account,
        region: entry.region,
        cluster: entry.cluster,
        services: entry.services?.join(',') ?? '*'
      })
  }
  jobs.sort(compareJobs)
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<
    ResultStatus,
    number
  >
  const noncompliant: string[] = []
  const failed: string[] = []
  for (const job of jobs)
    for (const outcome of job.document?.outcomes ?? []) {
      counts[outcome.status]++
      const where = [job.account ?? '(unknown account)', job.region ?? '(no Region)', job.cluster]
      const name = [...where, outcome.name].join('/')
      if (outcome.status === 'noncompliant') noncompliant.push(name)
      if (outcome.status === 'failed') failed.push(name)
    }
  const fleet: Fleet = { jobs, counts, noncompliant, failed, errors: [...errors] }
  const failure = failureOf(fleet, results.length, matrix)
  if (failure) fleet.failure = failure
  return fleet
}

function failureOf(
  fleet: Fleet,
  found: number,
  matrix: readonly MatrixEntry[] | undefined
): string | undefined {
  const reasons: string[] = []
  const count = (verdict: JobVerdict): number =>
    fleet.jobs.filter((job) => job.verdict === verdict).length
  if (fleet.errors.length > 0)
    reasons.push(`${fleet.errors.length} file(s) are not result files of this schema version`)
  if (found === 0 && fleet.errors.length === 0 && (matrix === undefined || matrix.length > 0))
    reasons.push('no result file was found (were the artifacts downloaded?)')
  const lost = count('lost')
  if (lost > 0) reasons.push(`${lost} job(s) of the matrix left no result`)
  const failed = count('failed')
  if (failed > 0) reasons.push(`${failed} job(s) failed`)
  const noncompliant = count('noncompliant')
  if (noncompliant > 0) reasons.push(`${noncompliant} job(s) were not compliant`)
  return reasons.length > 0 ? `The fleet did not pass: ${reasons.join('; ')}` : undefined
}
