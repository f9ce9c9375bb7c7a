/** Pure: the job matrix and the counts, from what discover read. */
import type { RegionReading } from './found.js'

export interface MatrixEntry {
  account: string
  region: string
  cluster: string
  /** Only for a cluster split into shards: its services, comma-separated, for `service`. */
  services?: string
  /** Only with `services`: which shard, e.g. "2-of-3" (unique job and artifact names). */
  shard?: string
}

export interface Matrix {
  include: MatrixEntry[]
}

/** GitHub: "A matrix can generate a maximum of 256 jobs per workflow run." */
export const GITHUB_MATRIX_LIMIT = 256

/**
 * Splits names into as few shards as `max` allows, of even sizes (120 by 50: 40, 40, 40; 7 by 3:
 * 3, 2, 2), so no job is left with a small remainder while another carries the full load.
 */
export function shards<T>(names: readonly T[], max: number): T[][] {
  const count = Math.ceil(names.length / max)
  const out: T[][] = []
  let start = 0
  for (let index = 0; index < count; index++) {
    // The first (length % count) shards take one more, so sizes differ by at most one.
    const size = Math.floor(names.length / count) + (index < names.length % count ? 1 : 0)
    out.push(names.slice(start, start + size))
    start += size
  }
  return out
}

export function buildMatrix(readings: readonly RegionReading[], maxPerJob: number): Matrix {
  const include: MatrixEntry[] = []
  for (const reading of readings)
    for (const cluster of reading.clusters) {
      if (cluster.services.length === 0) continue
      const where = { account: cluster.account, region: reading.region, cluster: cluster.name }
      if (cluster.services.length <= maxPerJob) {
        include.push(where)
        continue
      }
      const parts = shards(
        cluster.services.map((service) => service.name),
        maxPerJob
      )
      parts.forEach((part, index) => {
        include.push({
          ...where,
          services: part.join(','),
          shard: `${index + 1}-of-${parts.length}`
        })
      })
    }
  return { include }
}

export interface DiscoverCounts {
  jobs: number
  clusters: number
  services: number
  withoutTls: number
  refusedRegions: { region: string; error: string }[]
  refusedClusters: { region: string; cluster: string; error: string }[]
  /** Reads that failed for another reason than access: these fail the run. */
  failures: string[]
}

export function countsOf(readings: readonly RegionReading[], matrix: Matrix): DiscoverCounts {
  const clusters = readings.flatMap((reading) =>
    reading.clusters.map((cluster) => ({ region: reading.region, cluster }))
  )
  const services = clusters.flatMap(({ cluster }) => cluster.services)
  const failures = [
    ...readings.flatMap((reading) =>
      reading.error?.kind === 'failed' ? [`${reading.region}: ${reading.error.message}`] : []
    ),
    ...clusters.flatMap(({ region, cluster }) =>
      cluster.error?.kind === 'failed'
        ? [`${region} cluster ${cluster.name}: ${cluster.error.message}`]
        : []
    )
  ]
  return {
    jobs: matrix.include.length,
    clusters: clusters.filter(({ cluster }) => cluster.services.length > 0).length,
    services: services.length,
    withoutTls: services.filter((service) => service.tls !== 'all').length,
    refusedRegions: readings.flatMap((reading) =>
      reading.error?.kind === 'refused'
        ? [{ region: reading.region, error: reading.error.message }]
        : []
    ),
    refusedClusters: clusters.flatMap(({ region, cluster }) =>
      cluster.error?.kind === 'refused'
        ? [{ region, cluster: cluster.name, error: cluster.error.message }]
        : []
    ),
    failures
  }
}

/** Why the step fails, or undefined: a failed read, or no Region readable at all. */
export function discoverFailure(
  readings: readonly RegionReading[],
  counts: DiscoverCounts
): string | undefined {
  if (counts.failures.length > 0)
    return `Discover could not read everything, so the matrix may be incomplete: ${counts.failures.join('; ')}`
  if (readings.length > 0 && readings.every((reading) => reading.error !== undefined))
    return `No Region could be read (${counts.refusedRegions.map((r) => `${r.region}: ${r.error}`).join('; ')}). Check the credentials and that the Regions are enabled for the account.`
  return undefined
}

/** The step outputs, as strings. */
export function discoverOutputs(matrix: Matrix, counts: DiscoverCounts): Record<string, string> {
  return {
    matrix: JSON.stringify(matrix),
    'job-count': String(counts.jobs),
    'cluster-count': String(counts.clusters),
    'service-count': String(counts.services),
    'without-tls-count': String(counts.withoutTls),
    'unreadable-regions': JSON.stringify(counts.refusedRegions)
  }
}
