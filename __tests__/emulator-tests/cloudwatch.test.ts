/**
 * Emulated CloudWatch (Service Connect traffic metrics) through the real
 * @aws-sdk/client-cloudwatch, which speaks AWS JSON 1.0 with awsQueryCompatible, and
 * StopServiceDeployment on emulated ECS.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { StopServiceDeploymentCommand } from '@aws-sdk/client-ecs'
import { CloudWatchClient, ListMetricsCommand } from '@aws-sdk/client-cloudwatch'
import { type Emulator, loadModel, startEmulator, validateShape } from '../emulator/index.js'
import { manualClock, type SdkClients, sdkClients } from '../emulator/testing.js'
import { createMetricsReader } from '../../src/aws/cloudwatch.js'
import { addApi, describeDeployment, enableTls, plain } from './deployment-setup.js'

let emu: Emulator | undefined
let aws: SdkClients | undefined

afterEach(async () => {
  aws?.destroy()
  await emu?.close()
  emu = undefined
  aws = undefined
})

const MINUTE = 60_000
/** A clock on a whole minute, so windows line up with the one-minute periods. */
const start = Math.floor(Date.now() / MINUTE) * MINUTE

const savedEnv = { ...process.env }

afterEach(() => {
  process.env = { ...savedEnv }
})

async function setup() {
  const clock = manualClock(start)
  const e = await startEmulator({ clock: clock.now, progress: 'manual' })
  emu = e
  aws = sdkClients(e)
  // The gateway finds the emulator as the action does: through AWS_ENDPOINT_URL.
  Object.assign(process.env, e.env())
  return { e, clock }
}

const readerFor = (e: Emulator) => createMetricsReader(e.env().AWS_REGION)

describe('ListMetrics and GetMetricData', () => {
  test('a service and its callers publish the documented dimension sets, every minute', async () => {
    const { e, clock } = await setup()
    addApi(e)
    e.addTraffic({
      cluster: 'demo',
      service: 'api',
      discoveryName: 'http',
      callers: [
        { service: 'web', requestsPerMinute: 30 },
        { service: 'jobs', requestsPerMinute: 10 }
      ]
    })
    clock.advance(1)
    const reader = readerFor(e)
    const requests = await reader.listSeries('demo', 'RequestCount')
    expect(requests.map((s) => s.dimensions)).toEqual(
      expect.arrayContaining([
        { ClusterName: 'demo', ServiceName: 'api', DiscoveryName: 'http' },
        { ClusterName: 'demo', ServiceName: 'web', TargetDiscoveryName: 'http' },
        { ClusterName: 'demo', ServiceName: 'jobs', TargetDiscoveryName: 'http' }
      ])
    )
    expect(await reader.listSeries('other', 'RequestCount')).toEqual([])
    const sums = await reader.sums(
      [
        {
          id: 'in',
          series: {
            metric: 'RequestCount',
            dimensions: { ClusterName: 'demo', ServiceName: 'api', DiscoveryName: 'http' }
          }
        },
        // A dimension set nothing publishes: no data, not zero.
        {
          id: 'wrong',
          series: {
            metric: 'RequestCount',
            dimensions: { ClusterName: 'demo', ServiceName: 'api' }
          }
        }
      ],
      new Date(start - 5 * MINUTE),
      new Date(start)
    )
    expect(sums.get('in')?.map((p) => p.value)).toEqual([40, 40, 40, 40, 40])
    // Newest first, one point a minute.
    expect(sums.get('in')?.[0]?.at).toBe(start - MINUTE)
    expect(sums.get('wrong')).toEqual([])
    expect(reader.calls).toEqual({ listMetrics: 2, getMetricData: 1 })
    const model = loadModel('cloudwatch')
    for (const call of e.calls.filter((c) => c.service === 'cloudwatch')) {
      const op = model.operations[call.operation]
      expect(op).toBeDefined()
      expect(validateShape(model, op?.output ?? '', call.output)).toEqual([])
    }
  })

  test('handshake failures start with the TLS tasks; late data and gaps are missing, not zero', async () => {
    const { e, clock } = await setup()
    addApi(e)
    e.addTraffic({
      cluster: 'demo',
      service: 'api',
      discoveryName: 'http',
      callers: [{ service: 'web', requestsPerMinute: 20 }]
    })
    e.failHandshakes({
      cluster: 'demo',
      service: 'api',
      discoveryName: 'http',
      side: 'client',
      caller: 'web',
      perMinute: 5
    })
    const arn = await enableTls(aws as SdkClients)
    clock.advance(2 * MINUTE)
    e.settle('demo', 'api')
    expect((await describeDeployment(aws as SdkClients, arn)).status).toBe('SUCCESSFUL')
    clock.advance(3 * MINUTE)
    e.addMetricsGap('demo', 'web', start + 3 * MINUTE, start + 4 * MINUTE)
    e.delayMetrics(MINUTE)
    const reader = readerFor(e)
    const errors = {
      id: 'e',
      series: {
        metric: 'ClientTLSNegotiationErrorCount',
        dimensions: { ClusterName: 'demo', ServiceName: 'web', TargetDiscoveryName: 'http' }
      }
    }
    const sums = await reader.sums(
      [errors],
      new Date(start - 2 * MINUTE),
      new Date(start + 5 * MINUTE)
    )
    // Minutes -2, -1: no TLS yet (0); from 2 (TLS tasks up at 2:00) on: 5 a minute; minute 3 is a
    // gap; minute 4 ended less than the delay ago, so it is not published yet.
    expect(sums.get('e')?.map((p) => [(p.at - start) / MINUTE, p.value])).toEqual([
      [2, 5],
      [1, 0],
      [0, 0],
      [-1, 0],
      [-2, 0]
    ])
  })

  test('the SDK reads a denied call as AccessDenied (x-amzn-query-error) and sends JSON 1.0', async () => {
    const { e } = await setup()
    e.denyAccess('cloudwatch', 'ListMetrics')
    const client = new CloudWatchClient({
      endpoint: e.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      maxAttempts: 1
    })
    await expect(
      client.send(new ListMetricsCommand({ Namespace: 'AWS/ECS' }))
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 }
    })
    client.destroy()
    const raw = await fetch(e.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'GraniteServiceVersion20100801.GetMetricData',
        authorization:
          'AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=0'
      },
      body: JSON.stringify({ StartTime: 1, EndTime: 2 })
    })
    expect(raw.status).toBe(400)
    expect(raw.headers.get('content-type')).toBe('application/x-amz-json-1.0')
    expect(raw.headers.get('x-amzn-query-error')).toMatch(/^InvalidParameterValue;Sender$/)
  })
})

describe('StopServiceDeployment', () => {
  test('ROLLBACK while in progress puts the previous revision back; a finished one cannot be stopped', async () => {
    const { e } = await setup()
    addApi(e)
    const clients = aws as SdkClients
    const arn = await enableTls(clients)
    e.step('demo', 'api', 2)
    expect((await describeDeployment(clients, arn)).status).toBe('IN_PROGRESS')
    const out = await clients.ecs.send(
      new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' })
    )
    expect(out.serviceDeploymentArn).toBe(arn)
    expect((await describeDeployment(clients, arn)).status).toBe('ROLLBACK_REQUESTED')
    e.settle('demo', 'api')
    expect((await describeDeployment(clients, arn)).status).toBe('ROLLBACK_SUCCESSFUL')
    expect(e.revisionInForce('demo', 'api').serviceConnectConfiguration).toEqual(plain)
    await expect(
      clients.ecs.send(
        new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' })
      )
    ).rejects.toMatchObject({ name: 'ConflictException' })
  })

  test('ABORT stops it where it is; an unknown ARN is ServiceDeploymentNotFoundException', async () => {
    const { e } = await setup()
    addApi(e)
    const clients = aws as SdkClients
    const arn = await enableTls(clients)
    e.step('demo', 'api', 1)
    await clients.ecs.send(
      new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ABORT' })
    )
    e.settle('demo', 'api')
    expect((await describeDeployment(clients, arn)).status).toBe('STOPPED')
    await expect(
      clients.ecs.send(
        new StopServiceDeploymentCommand({ serviceDeploymentArn: `${arn}x`, stopType: 'ROLLBACK' })
      )
    ).rejects.toMatchObject({ name: 'ServiceDeploymentNotFoundException' })
  })
})
