/** Pure: the job summary of a discover run, in Markdown. */
import type { FoundCluster, RegionReading } from './found.js'
import { type DiscoverCounts, GITHUB_MATRIX_LIMIT, type Matrix } from './plan.js'

/** Names listed per cluster under "without TLS" before the rest are only counted. */
const NAMES_SHOWN = 50

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`

function withoutTlsLines(region: string, cluster: FoundCluster): string[] {
  const names = cluster.services.filter((s) => s.tls !== 'all')
  if (names.length === 0) return []
  const shown = names
    .slice(0, NAMES_SHOWN)
    .map((s) => (s.tls === 'some' ? `${s.name} (some ports)` : s.name))
  const more = names.length > NAMES_SHOWN ? `, and ${names.length - NAMES_SHOWN} more` : ''
  return [`- ${region} / ${cluster.name}: ${shown.join(', ')}${more}`]
}

export function renderDiscoverSummary(
  readings: readonly RegionReading[],
  matrix: Matrix,
  counts: DiscoverCounts,
  failure?: string
): string {
  const lines = ['## Service Connect TLS: discover', '']
  const regions = readings.map((reading) => reading.region).join(', ')
  lines.push(
    `Read ${plural(readings.length, 'Region')} (${regions}): ${plural(counts.clusters, 'cluster')} with Service Connect, ${plural(counts.services, 'service')} using it, ${counts.withoutTls} of them without TLS on every port; ${plural(counts.jobs, 'matrix job')}.`,
    ''
  )
  if (failure) lines.push(`**Failed:** ${failure}`, '')
  const refused = [
    ...counts.refusedRegions.map((r) => `- Region ${r.region}: ${r.error}`),
    ...counts.refusedClusters.map((c) => `- ${c.region} / cluster ${c.cluster}: ${c.error}`)
  ]
  if (refused.length > 0)
    lines.push('**Not readable** (left out of the matrix):', '', ...refused, '')
  if (counts.jobs > GITHUB_MATRIX_LIMIT)
    lines.push(
      `**Warning:** ${counts.jobs} jobs is more than the ${GITHUB_MATRIX_LIMIT} a GitHub matrix can run; raise max-services-per-job or split the Regions over several discover steps.`,
      ''
    )
  if (counts.jobs === 0) {
    lines.push(
      'No service uses Service Connect in the clusters read, so the matrix is empty (`{"include":[]}`). GitHub rejects a job whose matrix has no entries: guard it with `if: needs.<discover job>.outputs.job-count != \'0\'`.',
      ''
    )
  } else {
    const jobs = new Map<string, number>()
    for (const entry of matrix.include) {
      const key = `${entry.region}/${entry.account}/${entry.cluster}`
      jobs.set(key, (jobs.get(key) ?? 0) + 1)
    }
    lines.push(
      '| Region | Account | Cluster | Service Connect services | With TLS | Without TLS | Jobs |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: |'
    )
    for (const reading of readings)
      for (const cluster of reading.clusters) {
        if (cluster.services.length === 0) continue
        const withTls = cluster.services.filter((s) => s.tls === 'all').length
        const key = `${reading.region}/${cluster.account}/${cluster.name}`
        lines.push(
          `| ${reading.region} | ${cluster.account} | ${cluster.name} | ${cluster.services.length} | ${withTls} | ${cluster.services.length - withTls} | ${jobs.get(key) ?? 0} |`
        )
      }
    lines.push('')
  }
  const quiet = readings.flatMap((reading) =>
    reading.clusters
      .filter((cluster) => !cluster.error && cluster.services.length === 0)
      .map((cluster) => `${reading.region} / ${cluster.name}`)
  )
  if (quiet.length > 0)
    lines.push(
      `Clusters read with no service using Service Connect (${quiet.length}): ${quiet.slice(0, NAMES_SHOWN).join(', ')}${quiet.length > NAMES_SHOWN ? ', …' : ''}.`,
      ''
    )
  const missing = readings.flatMap((reading) =>
    reading.clusters.flatMap((cluster) => withoutTlsLines(reading.region, cluster))
  )
  if (missing.length > 0)
    lines.push(
      `<details><summary>Services without TLS on every port (${counts.withoutTls})</summary>`,
      '',
      ...missing,
      '',
      '</details>',
      ''
    )
  return lines.join('\n')
}
