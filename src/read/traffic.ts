/**
 * Reads the Service Connect traffic metrics of many services at once: the series that exist
 * are found with ListMetrics (one paged call per metric for the whole cluster), never assumed,
 * then every service's sums come from the same GetMetricData calls (500 queries each).
 *
 * Dimension sets (ECS developer guide, "Amazon ECS CloudWatch metrics"): a service's incoming
 * traffic on `ClusterName, ServiceName, DiscoveryName`; a caller's outgoing traffic on
 * `ClusterName, ServiceName, TargetDiscoveryName`, where ServiceName is the calling service.
 */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import type { MetricQuery, MetricSeries, MetricsReader, Point } from '../aws/cloudwatch.js'
import type { CallerTraffic, IncomingTraffic, ServiceTraffic } from '../model/traffic.js'

const MINUTE = 60_000
const INCOMING = ['RequestCount', 'NewConnectionCount', 'TargetTLSNegotiationErrorCount'] as const
const OUTGOING = ['RequestCount', 'ClientTLSNegotiationErrorCount'] as const
const METRICS = [...new Set([...INCOMING, ...OUTGOING])]

export interface TrafficTarget {
  service: string
  discoveryNames: string[]
  /** [start, end) in ms, on whole minutes. */
  start: number
  end: number
}

export interface TrafficRead {
  traffic: ServiceTraffic
  /** A data point of the window's last minute is in: CloudWatch has published it. */
  lastPeriodSeen: boolean
}

/** The discovery names of the entries with TLS (an entry without one publishes under its port name). */
export function tlsDiscoveryNames(config: ServiceConnectConfiguration | undefined): string[] {
  const names = (config?.services ?? [])
    .filter((entry) => entry.tls)
    .map((entry) => entry.discoveryName ?? entry.portName ?? '')
    .filter((name) => name !== '')
  return [...new Set(names)]
}

/** A window of `minutes` from `from`, rounded out to whole one-minute periods. */
export function minuteWindow(from: number, minutes: number): { start: number; end: number } {
  const start = Math.floor(from / MINUTE) * MINUTE
  const end = Math.max(start + MINUTE, Math.ceil((from + minutes * MINUTE) / MINUTE) * MINUTE)
  return { start, end }
}

const sameDimensions = (series: MetricSeries, wanted: Record<string, string>): boolean => {
  const keys = Object.keys(series.dimensions)
  return (
    keys.length === Object.keys(wanted).length &&
    keys.every((key) => series.dimensions[key] === wanted[key])
  )
}

export async function readTraffic(
  reader: MetricsReader,
  clusterName: string,
  targets: readonly TrafficTarget[]
): Promise<Map<string, TrafficRead>> {
  const listed = new Map<string, MetricSeries[]>()
  await Promise.all(
    METRICS.map(async (metric) => {
      listed.set(metric, await reader.listSeries(clusterName, metric))
    })
  )
  const queries: MetricQuery[] = []
  /** query id → where its sum goes */
  const sinks = new Map<string, { target: TrafficTarget; add: (points: Point[]) => void }>()
  const built = new Map<
    string,
    { incoming: IncomingTraffic[]; callers: Map<string, CallerTraffic> }
  >()
  const query = (target: TrafficTarget, series: MetricSeries, add: (sum: number) => void): void => {
    const id = `q${queries.length}`
    queries.push({ id, series })
    sinks.set(id, {
      target,
      add: (points) => {
        add(
          points
            .filter((p) => p.at >= target.start && p.at < target.end)
            .reduce((s, p) => s + p.value, 0)
        )
      }
    })
  }
  for (const target of targets) {
    const entry = { incoming: [] as IncomingTraffic[], callers: new Map<string, CallerTraffic>() }
    built.set(target.service, entry)
    for (const discoveryName of target.discoveryNames) {
      const dims = {
        ClusterName: clusterName,
        ServiceName: target.service,
        DiscoveryName: discoveryName
      }
      const incoming: IncomingTraffic = {
        discoveryName,
        found: false,
        requests: 0,
        connections: 0,
        targetErrors: 0
      }
      entry.incoming.push(incoming)
      for (const metric of INCOMING) {
        const series = (listed.get(metric) ?? []).find((s) => sameDimensions(s, dims))
        if (!series) continue
        incoming.found = true
        query(target, series, (sum) => {
          if (metric === 'RequestCount') incoming.requests += sum
          else if (metric === 'NewConnectionCount') incoming.connections += sum
          else incoming.targetErrors += sum
        })
      }
      for (const metric of OUTGOING) {
        const callers = (listed.get(metric) ?? []).filter(
          (s) =>
            s.dimensions.TargetDiscoveryName === discoveryName &&
            s.dimensions.ServiceName !== undefined &&
            sameDimensions(s, {
              ClusterName: clusterName,
              ServiceName: s.dimensions.ServiceName,
              TargetDiscoveryName: discoveryName
            })
        )
        for (const series of callers) {
          const caller = series.dimensions.ServiceName ?? ''
          const key = `${discoveryName}\n${caller}`
          const traffic = entry.callers.get(key) ?? {
            discoveryName,
            caller,
            requests: 0,
            clientErrors: 0
          }
          entry.callers.set(key, traffic)
          query(target, series, (sum) => {
            if (metric === 'RequestCount') traffic.requests += sum
            else traffic.clientErrors += sum
          })
        }
      }
    }
  }
  const sums =
    queries.length > 0
      ? await reader.sums(
          queries,
          new Date(Math.min(...targets.map((t) => t.start))),
          new Date(Math.max(...targets.map((t) => t.end)))
        )
      : new Map<string, Point[]>()
  const lastSeen = new Set<string>()
  for (const [id, points] of sums) {
    const sink = sinks.get(id)
    if (!sink) continue
    sink.add(points)
    if (points.some((p) => p.at === sink.target.end - MINUTE)) lastSeen.add(sink.target.service)
  }
  const out = new Map<string, TrafficRead>()
  for (const target of targets) {
    const entry = built.get(target.service)
    if (!entry) continue
    out.set(target.service, {
      traffic: {
        service: target.service,
        incoming: entry.incoming,
        callers: [...entry.callers.values()]
      },
      lastPeriodSeen: lastSeen.has(target.service)
    })
  }
  return out
}
