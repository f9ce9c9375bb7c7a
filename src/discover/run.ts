/**
 * `mode: discover`: reads the Regions (read-only: it is never handed a writer), then reports the
 * matrix, the counts and a summary. main.ts loads this module only for this mode.
 */
import type { ECSClient } from '@aws-sdk/client-ecs'
import type { Inputs } from '../inputs/inputs.js'
import type { Toolkit } from '../util/toolkit.js'
import {
  buildMatrix,
  countsOf,
  discoverFailure,
  discoverOutputs,
  GITHUB_MATRIX_LIMIT
} from './plan.js'
import { readRegions } from './read.js'
import { renderDiscoverSummary } from './summary.js'

export async function runDiscover(
  inputs: Inputs,
  signal: AbortSignal,
  toolkit: () => Promise<Toolkit>
): Promise<void> {
  const settings = inputs.discover
  if (!settings) throw new Error('discover mode without its inputs')
  const ecs = await import('../aws/ecs.js')
  // One client per Region: the Region is part of each client's endpoint and signature.
  const clients: ECSClient[] = []
  const readings = await readRegions(settings, (region) => {
    const client = ecs.createEcsClient(region)
    clients.push(client)
    return ecs.createEcsReader(client, signal)
  }).finally(() => {
    for (const client of clients) client.destroy()
  })
  const core = await toolkit()
  const matrix = buildMatrix(readings, settings.maxServicesPerJob)
  const counts = countsOf(readings, matrix)
  const failure = discoverFailure(readings, counts)
  for (const reading of readings) {
    if (reading.error) continue
    const services = reading.clusters.reduce((sum, cluster) => sum + cluster.services.length, 0)
    core.info(
      `${reading.region}: ${reading.listedClusters} cluster(s) listed, ${reading.clusters.length} kept, ${services} service(s) using Service Connect`
    )
  }
  for (const { region, error } of counts.refusedRegions)
    core.warning(`Region ${region} could not be read and is left out of the matrix: ${error}`, {
      title: 'Discover'
    })
  for (const { region, cluster, error } of counts.refusedClusters)
    core.warning(
      `Cluster ${cluster} in ${region} could not be read and is left out of the matrix: ${error}`,
      { title: 'Discover' }
    )
  if (counts.jobs > GITHUB_MATRIX_LIMIT)
    core.warning(
      `The matrix has ${counts.jobs} entries; a GitHub matrix runs at most ${GITHUB_MATRIX_LIMIT} jobs. Raise max-services-per-job or split the Regions.`,
      { title: 'Discover' }
    )
  for (const [name, value] of Object.entries(discoverOutputs(matrix, counts)))
    core.setOutput(name, value)
  const markdown = renderDiscoverSummary(readings, matrix, counts, failure)
  const { writeReportFile } = await import('../report/report.js')
  const file = await writeReportFile(markdown, 'report-discover.md')
  core.setOutput('report-file', file)
  await core.summary(markdown, file)
  if (failure) core.setFailed(failure)
}
