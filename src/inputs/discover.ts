/**
 * The inputs of `mode: discover`: which Regions to read, which clusters to keep, and how many
 * services one matrix job gets. Validated with the others, before any AWS call.
 */
import type { InputName } from './declared.js'

export interface DiscoverInputs {
  regions: string[]
  /** Cluster names or globs (`*`, `?`); empty: every cluster. */
  clusters: string[]
  maxServicesPerJob: number
}

/**
 * The inputs only discover reads: an error in any other mode. (`max-services-per-job` is not
 * among them: the runner passes its default to every run.)
 */
export const DISCOVER_ONLY = ['regions', 'clusters'] as const

/**
 * 50: an apply job of 50 services fits the burst of UpdateService (50 per account and Region),
 * and its reads (5 DescribeServices) leave most of that bucket (100) to the jobs running next to
 * it in the same account and Region; a job's summary also stays readable.
 */
export const DEFAULT_MAX_SERVICES_PER_JOB = 50

/** Region names as AWS spells them: us-east-1, eu-central-2, us-gov-west-1, ap-southeast-5. */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

/** A cluster name (letters, digits, - and _) in which * and ? may stand for any characters. */
const CLUSTER_GLOB = /^[A-Za-z0-9_*?-]{1,255}$/

type Fail = (input: InputName, expected: string) => Error

export function readDiscoverInputs(
  read: (name: InputName) => string,
  split: (text: string) => string[],
  fail: Fail
): DiscoverInputs {
  const regions = split(read('regions'))
  if (regions.length === 0)
    throw fail('regions', 'required in discover mode: one or more AWS Regions, e.g. us-east-1')
  for (const region of regions)
    if (!REGION.test(region))
      throw fail(
        'regions',
        `expected AWS Region names like us-east-1 or eu-west-2, got "${region}"`
      )
  const clusters = split(read('clusters'))
  for (const pattern of clusters)
    if (!CLUSTER_GLOB.test(pattern))
      throw fail(
        'clusters',
        `expected cluster names or globs (letters, digits, - and _, with * or ?), got "${pattern}"`
      )
  return { regions, clusters, maxServicesPerJob: readMaxServicesPerJob(read, fail) }
}

/** Checked in every mode, since the runner passes its default to every run. */
export function readMaxServicesPerJob(read: (name: InputName) => string, fail: Fail): number {
  const text = read('max-services-per-job')
  if (text === '') return DEFAULT_MAX_SERVICES_PER_JOB
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < 1 || value > 1000)
    throw fail('max-services-per-job', `expected a whole number from 1 to 1000, got "${text}"`)
  return value
}

/** Whether a cluster name matches a glob: `*` any run of characters, `?` one character. */
export function matchesGlob(name: string, glob: string): boolean {
  const pattern = glob.replace(/[*?]/g, (wildcard) => (wildcard === '*' ? '.*' : '.'))
  return new RegExp(`^${pattern}$`).test(name)
}
