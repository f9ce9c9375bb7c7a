/** What discover mode found, Region by Region: the facts the plan and the report share. */

/** TLS on a service's PRIMARY deployment: on every Service Connect entry, some, or none. */
export type TlsCoverage = 'all' | 'some' | 'none'

export interface FoundService {
  name: string
  tls: TlsCoverage
}

export interface FoundCluster {
  name: string
  arn: string
  account: string
  /** The services that use Service Connect (usesServiceConnect), sorted by name. */
  services: FoundService[]
  /** Every service the cluster listed, Service Connect or not. */
  listed: number
  /** Set when the cluster could not be read; `services` is then empty. */
  error?: ReadError
}

/**
 * Why something could not be read. 'refused': the caller may not read it (access denied, a
 * Region not enabled): reported, not fatal. 'failed': anything else (a fault that outlasted the
 * retries): the run fails, since a silently missing Region would pass for a clean one.
 */
export interface ReadError {
  kind: 'refused' | 'failed'
  message: string
}

export interface RegionReading {
  region: string
  /** The clusters that matched the `clusters` globs (all when none were given). */
  clusters: FoundCluster[]
  /** How many clusters the Region listed in all. */
  listedClusters: number
  error?: ReadError
}
