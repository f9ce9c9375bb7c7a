/**
 * CloudWatch GetMetricData and ListMetrics for the Service Connect traffic metrics (namespace
 * AWS/ECS), driven by scenario controls. What it follows (ECS developer guide, "Amazon ECS
 * CloudWatch metrics"; AWS-FACTS "Service Connect traffic metrics"):
 *
 * - one-minute periods, published only for minutes in which the service had tasks running
 *   (here: from `since` of its traffic seed on, minus gaps): no data is not zero;
 * - a service's incoming traffic on `ClusterName, ServiceName, DiscoveryName` (RequestCount,
 *   NewConnectionCount, TargetTLSNegotiationErrorCount), each caller's outgoing traffic on
 *   `ClusterName, ServiceName (the caller), TargetDiscoveryName` (RequestCount,
 *   ClientTLSNegotiationErrorCount);
 * - a minute's data point is readable once the minute is over plus `publishDelayMs` (late
 *   arrival).
 *
 * Handshake failures seeded with `when: 'tls'` count only while the service runs a revision
 * with TLS: from the moment its TLS tasks start (EcsBackend.onTasksStarted) until a revision
 * without TLS is left in force (a revert).
 */
import { AwsError, handler, type Handler } from './protocol.js'

export const NAMESPACE = 'AWS/ECS'
const MINUTE = 60_000
/** GetMetricData model doc: "A single GetMetricData call can include as many as 500 MetricDataQuery structures." */
const MAX_QUERIES = 500
/** ListMetrics model doc: up to 500 results a call. */
const LIST_PAGE = 500

export interface TrafficSeed {
  cluster: string
  /** The called service and the discovery name its Service Connect entry publishes under. */
  service: string
  discoveryName: string
  /** Calling services and how many requests a minute each sends. No callers: idle, zeros. */
  callers?: { service: string; requestsPerMinute: number }[]
  /** When its tasks started running (ms); default an hour before the seed. */
  since?: number
}

export interface HandshakeFailureSeed {
  cluster: string
  service: string
  discoveryName: string
  /** client: the caller's proxy fails the handshake; target: the service's own proxy rejects it. */
  side: 'client' | 'target'
  /** Client side: the calling service that fails (default every caller). */
  caller?: string
  perMinute: number
  /** 'tls' (default): only while the service runs a TLS revision; 'always': every minute. */
  when?: 'tls' | 'always'
}

interface Span {
  from: number
  to?: number
}

interface Dimension {
  Name: string
  Value: string
}

interface Series {
  metric: string
  dimensions: Dimension[]
  /** No data before this (ms). */
  since: number
  /** The value for the minute starting at `minute`, or undefined when nothing is published. */
  value(minute: number): number | undefined
}

interface MetricStatInput {
  Metric: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] }
  Period: number
  Stat: string
}

interface GetMetricDataInput {
  MetricDataQueries: { Id: string; MetricStat?: MetricStatInput; Expression?: string }[]
  StartTime: number
  EndTime: number
  NextToken?: string
  ScanBy?: 'TimestampDescending' | 'TimestampAscending'
  MaxDatapoints?: number
}

interface ListMetricsInput {
  Namespace?: string
  MetricName?: string
  Dimensions?: { Name: string; Value?: string }[]
  NextToken?: string
  RecentlyActive?: 'PT3H'
}

const key = (cluster: string, service: string): string => `${cluster}/${service}`

export class CloudWatchBackend {
  private readonly traffic: (TrafficSeed & { since: number })[] = []
  private readonly failures: HandshakeFailureSeed[] = []
  /** `cluster/service` → when it ran a TLS revision. */
  private readonly tlsSpans = new Map<string, Span[]>()
  private readonly gaps: { cluster: string; service: string; from: number; to: number }[] = []
  private publishDelayMs = 0

  constructor(private readonly clock: () => number) {}

  addTraffic(seed: TrafficSeed): void {
    this.traffic.push({ ...seed, since: seed.since ?? this.clock() - 60 * MINUTE })
  }

  failHandshakes(seed: HandshakeFailureSeed): void {
    this.failures.push(seed)
  }

  /** No data points for the service's series in [from, to) (its tasks were not running). */
  addGap(cluster: string, service: string, from: number, to: number): void {
    this.gaps.push({ cluster, service, from, to })
  }

  /** A minute's data point is readable `ms` after the minute is over. */
  setPublishDelay(ms: number): void {
    this.publishDelayMs = ms
  }

  /** Told which revision a service's tasks run: opens or closes its TLS span. */
  revisionRunning(cluster: string, service: string, tls: boolean, at: number): void {
    const spans = this.tlsSpans.get(key(cluster, service)) ?? []
    const open = spans.find((span) => span.to === undefined)
    if (tls && !open) spans.push({ from: at })
    if (!tls && open) open.to = at
    this.tlsSpans.set(key(cluster, service), spans)
  }

  shiftTime(ms: number): void {
    for (const seed of this.traffic) seed.since -= ms
    for (const spans of this.tlsSpans.values())
      for (const span of spans) {
        span.from -= ms
        if (span.to !== undefined) span.to -= ms
      }
    for (const gap of this.gaps) {
      gap.from -= ms
      gap.to -= ms
    }
  }

  private tlsDuring(cluster: string, service: string, minute: number): boolean {
    const spans = this.tlsSpans.get(key(cluster, service)) ?? []
    return spans.some((span) => span.from < minute + MINUTE && (span.to ?? Infinity) > minute)
  }

  private failing(
    seed: TrafficSeed,
    side: 'client' | 'target',
    minute: number,
    caller?: string
  ): number {
    return this.failures
      .filter(
        (f) =>
          f.cluster === seed.cluster &&
          f.service === seed.service &&
          f.discoveryName === seed.discoveryName &&
          f.side === side &&
          (caller === undefined || f.caller === undefined || f.caller === caller) &&
          ((f.when ?? 'tls') === 'always' || this.tlsDuring(seed.cluster, seed.service, minute))
      )
      .reduce((sum, f) => sum + f.perMinute, 0)
  }

  /** Every series the seeds publish, with how each minute's value is derived. */
  private allSeries(): Series[] {
    const out: Series[] = []
    for (const seed of this.traffic) {
      const callers = seed.callers ?? []
      const published = (service: string, minute: number): boolean =>
        minute + MINUTE > seed.since &&
        !this.gaps.some(
          (g) =>
            g.cluster === seed.cluster &&
            (g.service === service || g.service === seed.service) &&
            g.from < minute + MINUTE &&
            g.to > minute
        )
      const incoming = [
        { Name: 'ClusterName', Value: seed.cluster },
        { Name: 'ServiceName', Value: seed.service },
        { Name: 'DiscoveryName', Value: seed.discoveryName }
      ]
      const served = (minute: number): number =>
        callers.reduce(
          (sum, c) =>
            sum +
            Math.max(
              0,
              c.requestsPerMinute -
                this.failing(seed, 'client', minute, c.service) -
                this.failing(seed, 'target', minute)
            ),
          0
        )
      const onIncoming = (fn: (minute: number) => number) => (minute: number) =>
        published(seed.service, minute) ? fn(minute) : undefined
      out.push(
        {
          metric: 'RequestCount',
          dimensions: incoming,
          since: seed.since,
          value: onIncoming(served)
        },
        {
          metric: 'NewConnectionCount',
          dimensions: incoming,
          since: seed.since,
          value: onIncoming((minute) => Math.ceil(served(minute) / 10))
        },
        {
          metric: 'TargetTLSNegotiationErrorCount',
          dimensions: incoming,
          since: seed.since,
          value: onIncoming((minute) => (callers.length ? this.failing(seed, 'target', minute) : 0))
        }
      )
      for (const caller of callers) {
        const outgoing = [
          { Name: 'ClusterName', Value: seed.cluster },
          { Name: 'ServiceName', Value: caller.service },
          { Name: 'TargetDiscoveryName', Value: seed.discoveryName }
        ]
        const onOutgoing = (fn: (minute: number) => number) => (minute: number) =>
          published(caller.service, minute) ? fn(minute) : undefined
        out.push(
          {
            metric: 'RequestCount',
            dimensions: outgoing,
            since: seed.since,
            value: onOutgoing((minute) =>
              Math.max(
                0,
                caller.requestsPerMinute - this.failing(seed, 'client', minute, caller.service)
              )
            )
          },
          {
            metric: 'ClientTLSNegotiationErrorCount',
            dimensions: outgoing,
            since: seed.since,
            value: onOutgoing((minute) => this.failing(seed, 'client', minute, caller.service))
          }
        )
      }
    }
    return out
  }

  /** The minutes whose data points can be read now. */
  private readable(minute: number, now: number): boolean {
    return minute + MINUTE + this.publishDelayMs <= now
  }

  /** GetMetricData matches a series by its exact dimension set, in any order. */
  private static seriesKey(metric: string, dimensions: readonly Dimension[]): string {
    const dims = [...dimensions].sort((a, b) => (a.Name < b.Name ? -1 : 1))
    return JSON.stringify([metric, dims.map((d) => [d.Name, d.Value])])
  }

  readonly handlers: Record<string, Handler> = {
    GetMetricData: handler<GetMetricDataInput>((input, ctx) => {
      if (input.MetricDataQueries.length > MAX_QUERIES)
        throw new AwsError(
          'InvalidParameterValueException',
          `The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`
        )
      const start = input.StartTime * 1000
      const end = input.EndTime * 1000
      if (end <= start)
        throw new AwsError(
          'InvalidParameterValueException',
          'The parameter StartTime must be less than the parameter EndTime.'
        )
      let offset = 0
      if (input.NextToken !== undefined) {
        offset = Number.parseInt(input.NextToken, 10)
        if (!Number.isInteger(offset) || offset <= 0 || offset >= input.MetricDataQueries.length)
          throw new AwsError('InvalidNextToken', 'The service couldn’t process the next token.')
      }
      const max = input.MaxDatapoints ?? 100_800
      const results: Record<string, unknown>[] = []
      let points = 0
      let next: string | undefined
      const queries = input.MetricDataQueries
      const index = new Map(
        this.allSeries().map((s) => [CloudWatchBackend.seriesKey(s.metric, s.dimensions), s])
      )
      for (let at = offset; at < queries.length; at++) {
        const query = queries[at]
        if (!query) continue
        const stat = query.MetricStat
        if (!stat)
          throw new AwsError(
            'InvalidParameterValueException',
            'The emulator models MetricStat queries only, not Expression.'
          )
        // Data stored at one-minute resolution: a period must be a multiple of 60 seconds.
        if (stat.Period < 60 || stat.Period % 60 !== 0)
          throw new AwsError(
            'InvalidParameterValueException',
            'The parameter Period must be a multiple of 60 for metrics stored at one-minute resolution.'
          )
        if (stat.Stat !== 'Sum')
          throw new AwsError(
            'InvalidParameterValueException',
            `The emulator models the Sum statistic only, got ${stat.Stat}.`
          )
        const series =
          stat.Metric.Namespace === NAMESPACE
            ? index.get(
                CloudWatchBackend.seriesKey(
                  stat.Metric.MetricName ?? '',
                  stat.Metric.Dimensions ?? []
                )
              )
            : undefined
        const timestamps: number[] = []
        const values: number[] = []
        const periodMs = stat.Period * 1000
        for (let bucket = start; bucket < end; bucket += periodMs) {
          let sum: number | undefined
          for (let minute = bucket; minute < Math.min(bucket + periodMs, end); minute += MINUTE) {
            if (!this.readable(minute, ctx.now)) continue
            const value = series?.value(minute)
            if (value !== undefined) sum = (sum ?? 0) + value
          }
          if (sum !== undefined) {
            timestamps.push(bucket / 1000)
            values.push(sum)
          }
        }
        if (points + values.length > max && results.length > 0) {
          next = String(at)
          break
        }
        points += values.length
        const descending = (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending'
        if (descending) {
          timestamps.reverse()
          values.reverse()
        }
        results.push({
          Id: query.Id,
          Label: stat.Metric.MetricName ?? '',
          Timestamps: timestamps,
          Values: values,
          StatusCode: 'Complete'
        })
      }
      return { MetricDataResults: results, Messages: [], ...(next ? { NextToken: next } : {}) }
    }),

    ListMetrics: handler<ListMetricsInput>((input, ctx) => {
      const filters = input.Dimensions ?? []
      const matching = this.allSeries().filter(
        (s) =>
          (input.Namespace === undefined || input.Namespace === NAMESPACE) &&
          (input.MetricName === undefined || s.metric === input.MetricName) &&
          filters.every((f) =>
            s.dimensions.some(
              (d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)
            )
          ) &&
          this.hasData(s, ctx.now, input.RecentlyActive ? 3 * 60 * MINUTE : 14 * 24 * 60 * MINUTE)
      )
      let start = 0
      if (input.NextToken !== undefined) {
        start = Number.parseInt(input.NextToken, 10)
        if (!Number.isInteger(start) || start <= 0 || start >= matching.length)
          throw new AwsError('InvalidParameterValueException', 'Invalid NextToken.')
      }
      const page = matching.slice(start, start + LIST_PAGE)
      const next = start + LIST_PAGE < matching.length ? String(start + LIST_PAGE) : undefined
      return {
        Metrics: page.map((s) => ({
          Namespace: NAMESPACE,
          MetricName: s.metric,
          Dimensions: s.dimensions
        })),
        ...(next ? { NextToken: next } : {})
      }
    })
  }

  /** ListMetrics lists a series that has a data point in the lookback (two weeks, or PT3H). */
  private hasData(series: Series, now: number, lookbackMs: number): boolean {
    const last = Math.floor(now / MINUTE) * MINUTE - MINUTE
    const first = Math.max(now - lookbackMs, series.since - MINUTE)
    for (let minute = last; minute >= first; minute -= MINUTE) {
      if (!this.readable(minute, now)) continue
      if (series.value(minute) !== undefined) return true
    }
    return false
  }
}
