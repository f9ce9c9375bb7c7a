/**
 * The discover read: each Region's clusters (ListClusters), their services (ListServices) and
 * those described in batches of 10 (DescribeServices), keeping the ones that use Service
 * Connect. Regions are read side by side, a few clusters at a time in each; nothing here writes.
 */
import { mapLimit } from '../util/concurrency.js'
import type { EcsDiscoveryReader } from '../aws/ecs.js'
import { nameOf, parseArn } from '../util/arn.js'
import { type DiscoverInputs, matchesGlob } from '../inputs/discover.js'
import { usesServiceConnect } from '../util/service-connect.js'
import { readError, tlsCoverage } from './classify.js'
import type { FoundCluster, RegionReading } from './found.js'

/**
 * Regions at once: each has its own client and its own ECS throttling buckets, so they do not
 * slow each other down; the bound keeps sockets and memory modest for a long Region list.
 */
export const REGION_CONCURRENCY = 4
/**
 * Clusters at once in one Region. They share the Region's DescribeServices bucket (100, then 20
 * a second), and each describes 5 batches at a time: 4 x 5 requests in flight is enough to keep
 * that bucket busy without a storm of throttled retries.
 */
export const CLUSTER_CONCURRENCY = 4

export function clusterSelected(name: string, globs: readonly string[]): boolean {
  return globs.length === 0 || globs.some((glob) => matchesGlob(name, glob))
}

async function readCluster(ecs: EcsDiscoveryReader, arn: string): Promise<FoundCluster> {
  const name = nameOf(arn)
  const base = { name, arn, account: parseArn(arn)?.account ?? '' }
  try {
    const listed = (await ecs.listServiceArns(arn)).map(nameOf)
    const { found } = await ecs.describeServices(arn, listed)
    const services = listed
      .flatMap((service) => {
        const described = found.get(service)
        return described && usesServiceConnect(described)
          ? [{ name: service, tls: tlsCoverage(described) }]
          : []
      })
      .sort((a, b) => a.name.localeCompare(b.name))
    return { ...base, services, listed: listed.length }
  } catch (error) {
    return { ...base, services: [], listed: 0, error: readError(error) }
  }
}

export async function readRegion(
  region: string,
  ecs: EcsDiscoveryReader,
  globs: readonly string[]
): Promise<RegionReading> {
  let arns: string[]
  try {
    arns = await ecs.listClusterArns()
  } catch (error) {
    return { region, clusters: [], listedClusters: 0, error: readError(error) }
  }
  const selected = arns.filter((arn) => clusterSelected(nameOf(arn), globs))
  const clusters = await mapLimit(selected, CLUSTER_CONCURRENCY, (arn) => readCluster(ecs, arn))
  return { region, clusters, listedClusters: arns.length }
}

/** Every Region of the inputs, in their order; `readerFor` gives each its own client. */
export function readRegions(
  inputs: DiscoverInputs,
  readerFor: (region: string) => EcsDiscoveryReader
): Promise<RegionReading[]> {
  return mapLimit(inputs.regions, REGION_CONCURRENCY, (region) =>
    readRegion(region, readerFor(region), inputs.clusters)
  )
}
