/**
 * The traffic verdict (pure) and how the metric reads are put together: series found with
 * ListMetrics, every service in the same GetMetricData calls, sums limited to each window.
 */
import { describe, expect, test } from '@jest/globals'
import type { MetricQuery, MetricSeries, MetricsReader, Point } from '../../src/aws/cloudwatch.js'
import { judgeTraffic, notChecked } from '../../src/checks/traffic.js'
import { minuteWindow, readTraffic, tlsDiscoveryNames } from '../../src/read/traffic.js'
import { windowOf } from '../../src/act/traffic.js'
import { sameConfiguration } from '../../src/act/revert.js'
import type { ServiceTraffic, TrafficWindow } from '../../src/model/traffic.js'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 0, 1, 10, 0)
const window: TrafficWindow = {
  start: T0,
  end: T0 + 5 * MINUTE,
  kind: 'after-rollout',
  complete: true
}

const quiet = (service: string): ServiceTraffic => ({
  service,
  incoming: [{ discoveryName: 'http', found: true, requests: 0, connections: 0, targetErrors: 0 }],
  callers: []
})

describe('judgeTraffic', () => {
  test('requests and no failed handshake: tls-ok, naming the window', () => {
    const traffic = quiet('api')
    Object.assign(traffic.incoming[0] ?? {}, { requests: 120, connections: 12 })
    const report = judgeTraffic(traffic, window)
    expect(report.verdict).toBe('tls-ok')
    expect(report.requests).toBe(120)
    expect(report.message).toBe(
      '120 requests and no failed TLS handshake in 10:00–10:05 UTC (5 min after the rollout)'
    )
  })

  test('client side errors name the failing callers, most first; target side counted apart', () => {
    const traffic: ServiceTraffic = {
      service: 'api',
      incoming: [
        { discoveryName: 'http', found: true, requests: 50, connections: 5, targetErrors: 2 }
      ],
      callers: [
        { discoveryName: 'http', caller: 'web', requests: 0, clientErrors: 3 },
        { discoveryName: 'http', caller: 'jobs', requests: 50, clientErrors: 0 },
        { discoveryName: 'grpc', caller: 'batch', requests: 1, clientErrors: 9 }
      ]
    }
    const report = judgeTraffic(traffic, { ...window, complete: false })
    expect(report.verdict).toBe('tls-errors')
    expect(report.errors).toEqual({ client: 12, target: 2 })
    expect(report.failingCallers).toEqual([
      { service: 'batch', errors: 9 },
      { service: 'web', errors: 3 }
    ])
    expect(report.message).toContain('14 failed TLS handshakes')
    expect(report.message).toContain('client side 12 (batch: 9, web: 3); target side 2')
    expect(report.message).toContain('its last minute was not published yet')
  })

  test('nothing seen is no-traffic, never a pass; a discovery name without series says so', () => {
    const report = judgeTraffic(
      {
        service: 'api',
        incoming: [
          { discoveryName: 'htp', found: false, requests: 0, connections: 0, targetErrors: 0 }
        ],
        callers: []
      },
      window
    )
    expect(report.verdict).toBe('no-traffic')
    expect(report.noMetrics).toEqual(['htp'])
    expect(report.message).toContain('TLS on live traffic is not proven')
    expect(report.message).toContain('no metrics found for discovery name htp')
    expect(judgeTraffic(quiet('api'), window).noMetrics).toEqual([])
  })

  test('only the callers seen: their requests stand in for the incoming count', () => {
    const report = judgeTraffic(
      {
        service: 'api',
        incoming: [
          { discoveryName: 'http', found: false, requests: 0, connections: 0, targetErrors: 0 }
        ],
        callers: [{ discoveryName: 'http', caller: 'web', requests: 7, clientErrors: 0 }]
      },
      window
    )
    expect(report).toMatchObject({ verdict: 'tls-ok', requests: 7, noMetrics: [] })
  })

  test('not-checked names both permissions and the policy files', () => {
    const report = notChecked('api', 'AccessDenied: no')
    expect(report.verdict).toBe('not-checked')
    expect(report.message).toContain('cloudwatch:GetMetricData and cloudwatch:ListMetrics')
    expect(report.message).toContain('policies/read-only.json')
  })
})

describe('windows and discovery names', () => {
  test('a window rounds out to whole minutes, at least one', () => {
    expect(minuteWindow(T0 + 30_000, 5)).toEqual({ start: T0, end: T0 + 6 * MINUTE })
    expect(minuteWindow(T0, 0.25)).toEqual({ start: T0, end: T0 + MINUTE })
  })

  test('the entries with TLS, by discovery name or else port name', () => {
    const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: 'arn:ca' } }
    expect(
      tlsDiscoveryNames({
        enabled: true,
        services: [
          { portName: 'http', tls },
          { portName: 'grpc', discoveryName: 'api-grpc', tls },
          { portName: 'admin' }
        ]
      })
    ).toEqual(['http', 'api-grpc'])
  })
})

/** A reader over fixed series: each query's points come from `points(series)`. */
function fakeReader(series: MetricSeries[], points: (s: MetricSeries) => Point[]) {
  const batches: MetricQuery[][] = []
  const reader: MetricsReader = {
    calls: { listMetrics: 0, getMetricData: 0 },
    listSeries: (cluster, metric) => {
      reader.calls.listMetrics++
      return Promise.resolve(
        series.filter((s) => s.metric === metric && s.dimensions.ClusterName === cluster)
      )
    },
    sums: (queries) => {
      reader.calls.getMetricData++
      batches.push([...queries])
      return Promise.resolve(new Map(queries.map((q) => [q.id, points(q.series)])))
    }
  }
  return { reader, batches }
}

describe('readTraffic', () => {
  const incoming = (service: string, metric: string): MetricSeries => ({
    metric,
    dimensions: { ClusterName: 'demo', ServiceName: service, DiscoveryName: service }
  })
  const outgoing = (caller: string, target: string, metric: string): MetricSeries => ({
    metric,
    dimensions: { ClusterName: 'demo', ServiceName: caller, TargetDiscoveryName: target }
  })

  test('every service in one read, sums only inside each window, last minute noticed', async () => {
    const series = [
      incoming('api', 'RequestCount'),
      incoming('api', 'TargetTLSNegotiationErrorCount'),
      outgoing('web', 'api', 'ClientTLSNegotiationErrorCount'),
      outgoing('web', 'api', 'RequestCount'),
      incoming('web', 'RequestCount'),
      // A series with an extra dimension is not the documented set: not matched.
      { metric: 'RequestCount', dimensions: { ...incoming('db', 'x').dimensions, Extra: 'y' } }
    ]
    const minutes = (count: number, value: number): Point[] =>
      Array.from({ length: count }, (_, i) => ({ at: T0 + (count - 1 - i) * MINUTE, value }))
    const { reader, batches } = fakeReader(series, (s) =>
      s.metric === 'ClientTLSNegotiationErrorCount' ? minutes(6, 2) : minutes(6, 10)
    )
    const read = await readTraffic(reader, 'demo', [
      { service: 'api', discoveryNames: ['api'], start: T0, end: T0 + 5 * MINUTE },
      { service: 'web', discoveryNames: ['web'], start: T0, end: T0 + 3 * MINUTE },
      { service: 'db', discoveryNames: ['db'], start: T0, end: T0 + 8 * MINUTE }
    ])
    expect(reader.calls).toEqual({ listMetrics: 4, getMetricData: 1 })
    expect(batches[0]).toHaveLength(5)
    const api = read.get('api')
    expect(api?.traffic.incoming).toEqual([
      { discoveryName: 'api', found: true, requests: 50, connections: 0, targetErrors: 50 }
    ])
    expect(api?.traffic.callers).toEqual([
      { discoveryName: 'api', caller: 'web', requests: 50, clientErrors: 10 }
    ])
    expect(api?.lastPeriodSeen).toBe(true)
    expect(read.get('web')?.traffic.incoming[0]?.requests).toBe(30)
    expect(read.get('db')).toMatchObject({
      lastPeriodSeen: false,
      traffic: { incoming: [{ discoveryName: 'db', found: false }], callers: [] }
    })
  })
})

describe('windowOf (which window apply watches)', () => {
  const at = (minutes: number): Date => new Date(T0 + minutes * MINUTE)

  test('a rolling deployment: traffic-window-minutes from its completion', () => {
    expect(
      windowOf(
        {
          status: 'SUCCESSFUL',
          finishedAt: at(2),
          deploymentConfiguration: { strategy: 'ROLLING' }
        },
        5,
        T0 + 10 * MINUTE
      )
    ).toEqual({ start: T0 + 2 * MINUTE, end: T0 + 7 * MINUTE, kind: 'after-rollout' })
  })

  test('blue/green still baking: the bake, from when it entered BAKE_TIME', () => {
    expect(
      windowOf(
        {
          status: 'IN_PROGRESS',
          lifecycleStage: 'BAKE_TIME',
          updatedAt: at(3),
          deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 30 }
        },
        5,
        T0
      )
    ).toEqual({ start: T0 + 3 * MINUTE, end: T0 + 33 * MINUTE, kind: 'bake' })
  })

  test('canary completed after its bake: the bake it went through', () => {
    expect(
      windowOf(
        {
          status: 'SUCCESSFUL',
          finishedAt: at(40),
          deploymentConfiguration: { strategy: 'CANARY', bakeTimeInMinutes: 10 }
        },
        5,
        T0
      )
    ).toEqual({ start: T0 + 30 * MINUTE, end: T0 + 40 * MINUTE, kind: 'bake' })
  })

  test('unreadable deployment: from now', () => {
    expect(windowOf(undefined, 0.25, T0 + 1000)).toEqual({
      start: T0,
      end: T0 + MINUTE,
      kind: 'after-rollout'
    })
  })
})

describe('sameConfiguration (revert refuses what changed)', () => {
  test('key order and absent members do not matter; a changed value does', () => {
    const a = {
      enabled: true,
      namespace: 'ns',
      services: [{ portName: 'http', discoveryName: 'api' }]
    }
    const reordered = {
      services: [{ discoveryName: 'api', portName: 'http', tls: undefined }],
      namespace: 'ns',
      enabled: true
    }
    expect(sameConfiguration(a, reordered)).toBe(true)
    expect(sameConfiguration(a, { ...a, namespace: 'other' })).toBe(false)
    expect(sameConfiguration(a, undefined)).toBe(false)
  })
})
