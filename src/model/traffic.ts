/** Traffic seen on a service's Service Connect ports, and what the check made of it. Types only. */

export type TrafficVerdict = 'tls-ok' | 'no-traffic' | 'tls-errors' | 'not-checked'

export interface TrafficWindow {
  /** ms since the epoch, on whole minutes (CloudWatch's one-minute periods). */
  start: number
  end: number
  /** What the window is: the minutes after the rollout, its bake time, or the last minutes (verify). */
  kind: 'after-rollout' | 'bake' | 'recent'
  /** Whether the window's last period was published when the verdict was made. */
  complete: boolean
}

/** What the metrics showed for one discovery name of the service (the incoming side). */
export interface IncomingTraffic {
  discoveryName: string
  /** ListMetrics found the series `ClusterName, ServiceName, DiscoveryName`. */
  found: boolean
  requests: number
  connections: number
  /** TargetTLSNegotiationErrorCount: handshakes the service's own proxy failed. */
  targetErrors: number
}

/** One caller's outgoing traffic to one of the service's discovery names. */
export interface CallerTraffic {
  discoveryName: string
  caller: string
  requests: number
  /** ClientTLSNegotiationErrorCount: handshakes the caller's proxy failed with the service. */
  clientErrors: number
}

export interface ServiceTraffic {
  service: string
  incoming: IncomingTraffic[]
  callers: CallerTraffic[]
}

export interface TrafficReport {
  service: string
  verdict: TrafficVerdict
  window?: TrafficWindow
  requests: number
  connections: number
  errors: { client: number; target: number }
  /** Client side: the calling services whose handshakes failed, most failures first. */
  failingCallers: { service: string; errors: number }[]
  /** Discovery names ListMetrics found no series for (a wrong dimension shows here). */
  noMetrics: string[]
  message: string
  /** apply with on-tls-errors: revert: what was done about the errors. */
  revert?: RevertResult
}

/**
 * `rolled-back`: StopServiceDeployment ROLLBACK while in progress; `reverted`: UpdateService
 * with the configuration read before the run; `refused`: the service changed meanwhile (or
 * nothing to go back to); `failed`: the revert was tried and did not end as asked.
 */
export interface RevertResult {
  action: 'rolled-back' | 'reverted' | 'refused' | 'failed'
  message: string
}
