/**
 * The CloudWatch gateway: finds the Service Connect traffic series (ListMetrics) and reads
 * their one-minute sums (GetMetricData, up to 500 queries a call). Read-only; its own bundle
 * chunk, loaded only when a run checks traffic.
 */
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type MetricDataQuery,
  paginateListMetrics
} from '@aws-sdk/client-cloudwatch'
import { chunk } from '../util/concurrency.js'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'

export const SERVICE_CONNECT_NAMESPACE = 'AWS/ECS'
/** GetMetricData model doc: as many as 500 MetricDataQuery structures a call. */
export const MAX_QUERIES_PER_CALL = 500

export interface MetricSeries {
  metric: string
  dimensions: Record<string, string>
}

export interface MetricQuery {
  /** Unique in the batch; GetMetricData ids start with a lowercase letter. */
  id: string
  series: MetricSeries
}

/** One-minute sums, newest first, as CloudWatch returns them. */
export interface Point {
  at: number
  value: number
}

export interface MetricsReader {
  /** The series of `metric` in the cluster that had data in the last three hours. */
  listSeries(clusterName: string, metric: string): Promise<MetricSeries[]>
  /** One-minute Sum per query over [start, end); every id asked for is a key. */
  sums(queries: readonly MetricQuery[], start: Date, end: Date): Promise<Map<string, Point[]>>
  /** AWS calls made so far, by operation (the report counts them per round). */
  readonly calls: { listMetrics: number; getMetricData: number }
}

export function createMetricsReader(region?: string, signal?: AbortSignal): MetricsReader {
  const client = withSignal(new CloudWatchClient(clientSettings(region)), signal)
  const calls = { listMetrics: 0, getMetricData: 0 }
  return {
    calls,
    async listSeries(clusterName, metric) {
      const found: MetricSeries[] = []
      const pages = paginateListMetrics(
        { client },
        {
          Namespace: SERVICE_CONNECT_NAMESPACE,
          MetricName: metric,
          Dimensions: [{ Name: 'ClusterName', Value: clusterName }],
          RecentlyActive: 'PT3H'
        }
      )
      for await (const page of pages) {
        calls.listMetrics++
        for (const entry of page.Metrics ?? []) {
          const dimensions: Record<string, string> = {}
          for (const d of entry.Dimensions ?? [])
            if (d.Name && d.Value !== undefined) dimensions[d.Name] = d.Value
          found.push({ metric: entry.MetricName ?? metric, dimensions })
        }
      }
      return found
    },
    async sums(queries, start, end) {
      const out = new Map<string, Point[]>(queries.map((query) => [query.id, []]))
      for (const batch of chunk([...queries], MAX_QUERIES_PER_CALL)) {
        const MetricDataQueries: MetricDataQuery[] = batch.map((query) => ({
          Id: query.id,
          ReturnData: true,
          MetricStat: {
            Metric: {
              Namespace: SERVICE_CONNECT_NAMESPACE,
              MetricName: query.series.metric,
              Dimensions: Object.entries(query.series.dimensions).map(([Name, Value]) => ({
                Name,
                Value
              }))
            },
            Period: 60,
            Stat: 'Sum'
          }
        }))
        let NextToken: string | undefined
        do {
          calls.getMetricData++
          const page = await client.send(
            new GetMetricDataCommand({
              MetricDataQueries,
              StartTime: start,
              EndTime: end,
              ScanBy: 'TimestampDescending',
              ...(NextToken ? { NextToken } : {})
            })
          )
          for (const result of page.MetricDataResults ?? []) {
            const points = out.get(result.Id ?? '')
            if (!points) continue
            const times = result.Timestamps ?? []
            const values = result.Values ?? []
            times.forEach((time, index) => {
              points.push({ at: time.getTime(), value: values[index] ?? 0 })
            })
          }
          NextToken = page.NextToken
        } while (NextToken)
      }
      return out
    }
  }
}
