/**
 * Throttling, injected faults, denied access, latency, and the env() hand-off to SDK clients.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { ACMPCAClient, ListTagsCommand } from '@aws-sdk/client-acm-pca'
import {
  DescribeServicesCommand,
  ECSClient,
  ListServicesCommand,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { manualClock, sdkClients } from '../emulator/testing.js'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

const settle = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof Error ? e.name : 'unknown')
  )

describe('throttling', () => {
  // The buckets refill with the emulator's clock; here it moves only when the test moves it, so
  // a slow machine cannot refill a bucket between two calls.
  test('a custom bucket: burst calls pass, the next is ThrottlingException "Rate exceeded"', async () => {
    const clock = manualClock()
    emu = await startEmulator({
      throttle: { DescribeServices: { burst: 3, perSecond: 1 } },
      clock: clock.now
    })
    emu.addService({ cluster: 'demo', name: 'api' })
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const describeApi = () =>
        aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
      for (let i = 0; i < 3; i++) await describeApi()
      await expect(describeApi()).rejects.toMatchObject({
        name: 'ThrottlingException',
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400 }
      })
      // Other operations have no bucket.
      await expect(
        aws.ecs.send(new ListServicesCommand({ cluster: 'demo' }))
      ).resolves.toBeDefined()
      expect(emu.calls.filter((c) => c.errorCode === 'ThrottlingException')).toHaveLength(1)
      // One second later the bucket holds one token again: one call passes, the next does not.
      clock.advance(1000)
      await expect(describeApi()).resolves.toBeDefined()
      await expect(describeApi()).rejects.toMatchObject({ name: 'ThrottlingException' })
    } finally {
      aws.destroy()
    }
  })

  test('throttle: true applies the documented ECS burst (ListServices 100)', async () => {
    emu = await startEmulator({ throttle: true, clock: manualClock().now })
    emu.addCluster('demo')
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const results = await Promise.all(
        Array.from({ length: 130 }, () =>
          settle(aws.ecs.send(new ListServicesCommand({ cluster: 'demo' })))
        )
      )
      // No time passes on the emulator's clock: exactly the burst gets through.
      expect(results.filter((r) => r === 'ok')).toHaveLength(100)
      expect(results.filter((r) => r === 'ThrottlingException')).toHaveLength(30)
    } finally {
      aws.destroy()
    }
  })
})

describe('injected faults', () => {
  test('server faults use each service’s 5xx error; throttle faults its throttling code', async () => {
    emu = await startEmulator()
    emu.addService({ cluster: 'demo', name: 'api' })
    const ca = await emu.addCertificateAuthority()
    const key = emu.addKmsKey()
    emu.addRole({ name: 'r' })
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      emu.injectFaults('UpdateService', 1)
      emu.injectFaults('DescribeKey', 1, 'server')
      emu.injectFaults('ListTags', 1, 'server')
      emu.injectFaults('GetRole', 2, 'server')
      const update = () =>
        aws.ecs.send(
          new UpdateServiceCommand({ cluster: 'demo', service: 'api', forceNewDeployment: true })
        )
      await expect(update()).rejects.toMatchObject({
        name: 'ServerException',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 }
      })
      await expect(update()).resolves.toBeDefined()
      await expect(aws.kms.send(new DescribeKeyCommand({ KeyId: key }))).rejects.toMatchObject({
        name: 'KMSInternalException',
        $metadata: { httpStatusCode: 500 }
      })
      await expect(
        aws.pca.send(new ListTagsCommand({ CertificateAuthorityArn: ca.arn }))
      ).rejects.toMatchObject({
        name: 'InternalFailure',
        $metadata: { httpStatusCode: 500 }
      })
      await expect(aws.iam.send(new GetRoleCommand({ RoleName: 'r' }))).rejects.toMatchObject({
        name: 'ServiceFailureException',
        $metadata: { httpStatusCode: 500 }
      })

      emu.injectFaults('DescribeServices', 1, 'throttle')
      await expect(
        aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
      ).rejects.toMatchObject({
        name: 'ThrottlingException'
      })
      emu.injectFaults('GetRole', 1, 'throttle')
      await expect(aws.iam.send(new GetRoleCommand({ RoleName: 'r' }))).rejects.toMatchObject({
        name: 'Throttling'
      })
    } finally {
      aws.destroy()
    }
  })

  test('with retries on, the SDK rides over a transient server fault', async () => {
    emu = await startEmulator()
    const key = emu.addKmsKey()
    emu.injectFaults('DescribeKey', 1, 'server')
    const aws = sdkClients(emu, { maxAttempts: 3 })
    try {
      const out = await aws.kms.send(new DescribeKeyCommand({ KeyId: key }))
      expect(out.$metadata.attempts).toBe(2)
      expect(emu.calls.map((c) => c.status)).toEqual([500, 200])
    } finally {
      aws.destroy()
    }
  })

  test('denyAccess on a whole service: ECS AccessDeniedException', async () => {
    emu = await startEmulator()
    emu.addService({ cluster: 'demo', name: 'api' })
    emu.denyAccess('ecs')
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      await expect(
        aws.ecs.send(new ListServicesCommand({ cluster: 'demo' }))
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('ecs:ListServices')
      })
    } finally {
      aws.destroy()
    }
  })
})

describe('latency and env()', () => {
  test('latencyMs delays every response', async () => {
    emu = await startEmulator({ latencyMs: 80 })
    emu.addCluster('demo')
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const started = Date.now()
      await aws.ecs.send(new ListServicesCommand({ cluster: 'demo' }))
      expect(Date.now() - started).toBeGreaterThanOrEqual(75)
    } finally {
      aws.destroy()
    }
  })

  test('env() alone points all four SDK clients at the emulator', async () => {
    emu = await startEmulator({ region: 'eu-west-1', accountId: '444455556666' })
    const env = emu.env()
    expect(Object.keys(env).sort()).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_EC2_METADATA_DISABLED',
      'AWS_ENDPOINT_URL',
      'AWS_REGION',
      'AWS_SECRET_ACCESS_KEY'
    ])
    expect(env.AWS_ENDPOINT_URL).toBe(emu.url)
    const serviceArn = emu.addService({ cluster: 'demo', name: 'api' })
    const ca = await emu.addCertificateAuthority()
    const key = emu.addKmsKey()
    emu.addRole({ name: 'r' })

    const saved = { ...process.env }
    Object.assign(process.env, env)
    const clients = [
      new ECSClient({}),
      new ACMPCAClient({}),
      new KMSClient({}),
      new IAMClient({})
    ] as const
    try {
      const [ecs, pca, kms, iam] = clients
      const listed = await ecs.send(new ListServicesCommand({ cluster: 'demo' }))
      expect(listed.serviceArns).toEqual([serviceArn])
      expect(serviceArn).toBe('arn:aws:ecs:eu-west-1:444455556666:service/demo/api')
      await expect(
        pca.send(new ListTagsCommand({ CertificateAuthorityArn: ca.arn }))
      ).resolves.toBeDefined()
      await expect(kms.send(new DescribeKeyCommand({ KeyId: key }))).resolves.toBeDefined()
      await expect(iam.send(new GetRoleCommand({ RoleName: 'r' }))).resolves.toBeDefined()
      expect(emu.calls.map((c) => [c.service, c.status])).toEqual([
        ['ecs', 200],
        ['acm-pca', 200],
        ['kms', 200],
        ['iam', 200]
      ])
    } finally {
      for (const c of clients) c.destroy()
      for (const name of Object.keys(env)) {
        if (saved[name] === undefined) Reflect.deleteProperty(process.env, name)
        else process.env[name] = saved[name]
      }
    }
  })
})
