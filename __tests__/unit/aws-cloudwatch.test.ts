/** The CloudWatch gateway, against aws-sdk-client-mock: batches of 500, pages, what it asks for. */
import { beforeEach, describe, expect, test } from '@jest/globals'
import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand
} from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { createMetricsReader, type MetricQuery } from '../../src/aws/cloudwatch.js'

const cwMock = mockClient(CloudWatchClient)
beforeEach(() => {
  cwMock.reset()
})

const query = (index: number): MetricQuery => ({
  id: `q${index}`,
  series: {
    metric: 'RequestCount',
    dimensions: { ClusterName: 'prod', ServiceName: `svc-${index}`, DiscoveryName: `svc-${index}` }
  }
})

describe('MetricsReader', () => {
  test('1001 queries go in three GetMetricData calls, one-minute Sum, and every page is read', async () => {
    const at = new Date('2026-01-01T10:00:00Z')
    cwMock
      .on(GetMetricDataCommand)
      .callsFake((input: { MetricDataQueries: { Id: string }[]; NextToken?: string }) =>
        input.NextToken || input.MetricDataQueries.length !== 500
          ? {
              MetricDataResults: input.MetricDataQueries.map((q) => ({
                Id: q.Id,
                Timestamps: [at],
                Values: [2]
              }))
            }
          : { MetricDataResults: [], NextToken: 'more' }
      )
    const reader = createMetricsReader('us-east-1')
    const queries = Array.from({ length: 1001 }, (_, i) => query(i))
    const sums = await reader.sums(queries, new Date(at.getTime() - 60_000), at)
    const calls = cwMock.commandCalls(GetMetricDataCommand).map((call) => call.args[0].input)
    expect(calls.map((input) => [input.MetricDataQueries?.length, input.NextToken])).toEqual([
      [500, undefined],
      [500, 'more'],
      [500, undefined],
      [500, 'more'],
      [1, undefined]
    ])
    expect(calls[0]?.MetricDataQueries?.[0]).toEqual({
      Id: 'q0',
      ReturnData: true,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/ECS',
          MetricName: 'RequestCount',
          Dimensions: [
            { Name: 'ClusterName', Value: 'prod' },
            { Name: 'ServiceName', Value: 'svc-0' },
            { Name: 'DiscoveryName', Value: 'svc-0' }
          ]
        },
        Period: 60,
        Stat: 'Sum'
      }
    })
    expect(sums.size).toBe(1001)
    expect(sums.get('q1000')).toEqual([{ at: at.getTime(), value: 2 }])
    expect(reader.calls.getMetricData).toBe(5)
  })

  test('ListMetrics: the cluster filter, recently active only, every page', async () => {
    cwMock
      .on(ListMetricsCommand)
      .resolvesOnce({
        Metrics: [
          {
            MetricName: 'RequestCount',
            Dimensions: [
              { Name: 'ClusterName', Value: 'prod' },
              { Name: 'ServiceName', Value: 'web' },
              { Name: 'TargetDiscoveryName', Value: 'api' }
            ]
          }
        ],
        NextToken: 't'
      })
      .resolvesOnce({ Metrics: [{ MetricName: 'RequestCount', Dimensions: [] }] })
    const reader = createMetricsReader('us-east-1')
    const series = await reader.listSeries('prod', 'RequestCount')
    expect(series).toEqual([
      {
        metric: 'RequestCount',
        dimensions: { ClusterName: 'prod', ServiceName: 'web', TargetDiscoveryName: 'api' }
      },
      { metric: 'RequestCount', dimensions: {} }
    ])
    // The paginator reuses one input object, so only its fixed members are checked.
    expect(cwMock.commandCalls(ListMetricsCommand)[0]?.args[0].input).toMatchObject({
      Namespace: 'AWS/ECS',
      MetricName: 'RequestCount',
      Dimensions: [{ Name: 'ClusterName', Value: 'prod' }],
      RecentlyActive: 'PT3H'
    })
    expect(reader.calls.listMetrics).toBe(2)
  })
})
