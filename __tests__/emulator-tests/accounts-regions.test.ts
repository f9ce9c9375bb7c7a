/**
 * Several accounts (by access key) and Regions (by SigV4 signing Region) in one emulator:
 * ECS resources live in one account and Region, ListClusters pages like the model, a Region
 * can refuse an account, and the throttling buckets are per account and Region.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  DescribeServicesCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand
} from '@aws-sdk/client-ecs'
import { type Emulator, loadModel, startEmulator, validateShape } from '../emulator/index.js'
import { manualClock, rawJson, sdkClients } from '../emulator/testing.js'

const OTHER_KEY = 'AKIAOTHERACCOUNT0001'
const OTHER_ACCOUNT = '222233334444'

let emu: Emulator
const clients: ECSClient[] = []

function ecs(options: { region?: string; accessKeyId?: string } = {}): ECSClient {
  const aws = sdkClients(emu, { maxAttempts: 1, ...options })
  clients.push(aws.ecs)
  return aws.ecs
}

beforeEach(async () => {
  emu = await startEmulator()
  emu.addAccount({ accessKeyId: OTHER_KEY, accountId: OTHER_ACCOUNT })
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await emu.close()
})

describe('accounts and Regions', () => {
  test('a service lives in the account and Region it was added to, with ARNs to match', async () => {
    const home = emu.addService({ cluster: 'prod', name: 'api' })
    const away = emu.addService({
      cluster: 'prod',
      name: 'web',
      accountId: OTHER_ACCOUNT,
      region: 'eu-west-1'
    })
    expect(home).toBe('arn:aws:ecs:us-east-1:111122223333:service/prod/api')
    expect(away).toBe(`arn:aws:ecs:eu-west-1:${OTHER_ACCOUNT}:service/prod/web`)

    const listed = async (options: { region?: string; accessKeyId?: string }): Promise<unknown> =>
      (await ecs(options).send(new ListServicesCommand({ cluster: 'prod' }))).serviceArns
    expect(await listed({})).toEqual([home])
    expect(await listed({ region: 'eu-west-1', accessKeyId: OTHER_KEY })).toEqual([away])
    // The same cluster name elsewhere is another cluster, or none at all.
    await expect(listed({ region: 'eu-west-1' })).rejects.toMatchObject({
      name: 'ClusterNotFoundException'
    })
    await expect(listed({ accessKeyId: OTHER_KEY })).rejects.toMatchObject({
      name: 'ClusterNotFoundException'
    })
    expect(
      emu.service('prod', 'web', { accountId: OTHER_ACCOUNT, region: 'eu-west-1' }).serviceArn
    ).toBe(away)
    expect(() => emu.service('prod', 'web')).toThrow()
  })

  test('env() of an added account carries its access key and the Region asked for', async () => {
    const env = emu.env({ accountId: OTHER_ACCOUNT, region: 'ap-south-1' })
    expect(env.AWS_ACCESS_KEY_ID).toBe(OTHER_KEY)
    expect(env.AWS_REGION).toBe('ap-south-1')
    expect(emu.env().AWS_ACCESS_KEY_ID).not.toBe(OTHER_KEY)
    expect(() => emu.env({ accountId: '999999999999' })).toThrow(/not added/)
    expect(() => {
      emu.addAccount({ accessKeyId: OTHER_KEY, accountId: '555566667777' })
    }).toThrow(/already in use/)
    const arn = emu.addCluster('edge', { accountId: OTHER_ACCOUNT, region: 'ap-south-1' })
    const client = ecs({ region: env.AWS_REGION ?? '', accessKeyId: env.AWS_ACCESS_KEY_ID ?? '' })
    expect((await client.send(new ListClustersCommand({}))).clusterArns).toEqual([arn])
  })
})

describe('ListClusters', () => {
  test('pages of maxResults (1 to 100, default 100) with a nextToken, valid against the model', async () => {
    const arns = Array.from({ length: 205 }, (_, i) =>
      emu.addCluster(`c-${String(i).padStart(3, '0')}`)
    )
    const client = ecs()
    const first = await client.send(new ListClustersCommand({}))
    expect(first.clusterArns).toEqual(arns.slice(0, 100))
    const seen: string[] = []
    let nextToken: string | undefined
    let pages = 0
    do {
      const page = await client.send(
        new ListClustersCommand({ maxResults: 60, ...(nextToken ? { nextToken } : {}) })
      )
      seen.push(...(page.clusterArns ?? []))
      nextToken = page.nextToken
      pages++
    } while (nextToken)
    expect(seen).toEqual(arns)
    expect(pages).toBe(4)
    const model = loadModel('ecs')
    for (const call of emu.calls)
      expect(validateShape(model, 'ListClustersResponse', call.output)).toEqual([])
  })

  test('rejects maxResults over 100 and a token of another listing', async () => {
    emu.addService({ cluster: 'prod', name: 'api' })
    const big = await rawJson(emu, 'ecs', 'ListClusters', { maxResults: 101 })
    expect(big.status).toBe(400)
    expect(big.body).toMatchObject({ __type: 'InvalidParameterException' })
    for (let i = 0; i < 11; i++) emu.addService({ cluster: 'prod', name: `s${i}` })
    const services = await ecs().send(new ListServicesCommand({ cluster: 'prod' }))
    expect(services.nextToken).toBeDefined()
    const mixed = await rawJson(emu, 'ecs', 'ListClusters', { nextToken: services.nextToken })
    expect(mixed.body).toMatchObject({ __type: 'InvalidParameterException' })
  })
})

describe('addServices', () => {
  test('hundreds of services in one go, with a configuration per index', async () => {
    const arns = emu.addServices({
      cluster: 'big',
      count: 300,
      region: 'eu-west-1',
      serviceConnectConfiguration: (i) =>
        i % 3 === 0 ? undefined : { enabled: true, services: [{ portName: `p${i % 2}` }] }
    })
    expect(arns).toHaveLength(300)
    expect(arns[0]).toBe('arn:aws:ecs:eu-west-1:111122223333:service/big/svc-0001')
    const client = ecs({ region: 'eu-west-1' })
    const page = await client.send(new ListServicesCommand({ cluster: 'big', maxResults: 100 }))
    expect(page.serviceArns).toHaveLength(100)
    const described = await client.send(
      new DescribeServicesCommand({ cluster: 'big', services: ['svc-0001', 'svc-0002'] })
    )
    const primary = (name: string): unknown =>
      described.services
        ?.find((s) => s.serviceName === name)
        ?.deployments?.find((d) => d.status === 'PRIMARY')?.serviceConnectConfiguration
    expect(primary('svc-0001')).toBeUndefined()
    expect(primary('svc-0002')).toEqual({ enabled: true, services: [{ portName: 'p1' }] })
  })

  test('rejects a configuration the model rejects', () => {
    expect(() =>
      emu.addServices({
        cluster: 'big',
        count: 2,
        serviceConnectConfiguration: () => ({ enabled: 'yes' as unknown as boolean })
      })
    ).toThrow(/serviceConnectConfiguration/)
  })
})

describe('refused Regions', () => {
  test('access-denied: AccessDeniedException in that Region only, for that account only', async () => {
    emu.addCluster('prod', { region: 'eu-west-1' })
    emu.addCluster('prod', { region: 'eu-west-1', accountId: OTHER_ACCOUNT })
    emu.refuseRegion('eu-west-1')
    await expect(
      ecs({ region: 'eu-west-1' }).send(new ListClustersCommand({}))
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(
        'ecs:ListClusters with an explicit deny in a service control policy'
      )
    })
    await expect(
      ecs({ region: 'eu-west-1', accessKeyId: OTHER_KEY }).send(new ListClustersCommand({}))
    ).resolves.toMatchObject({ clusterArns: [expect.stringContaining(OTHER_ACCOUNT)] })
    await expect(ecs().send(new ListClustersCommand({}))).resolves.toBeDefined()
  })

  test('not-enabled: UnrecognizedClientException, as for an opt-in Region not enabled', async () => {
    emu.refuseRegion('ap-east-1', { reason: 'not-enabled' })
    const raw = await rawJson(emu, 'ecs', 'ListClusters', {}, { region: 'ap-east-1' })
    expect(raw.status).toBe(400)
    expect(raw.body).toEqual({
      __type: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.'
    })
    expect(emu.calls.map((c) => c.errorCode)).toEqual(['UnrecognizedClientException'])
  })
})

describe('throttling', () => {
  test('each account and Region has its own buckets', async () => {
    const clock = manualClock()
    await emu.close()
    emu = await startEmulator({
      clock: clock.now,
      throttle: { ListClusters: { burst: 2, perSecond: 1 } }
    })
    const call = (region: string): Promise<number> =>
      rawJson(emu, 'ecs', 'ListClusters', {}, { region }).then((r) => r.status)
    expect([await call('us-east-1'), await call('us-east-1'), await call('us-east-1')]).toEqual([
      200, 200, 400
    ])
    expect([await call('eu-west-1'), await call('eu-west-1')]).toEqual([200, 200])
    clock.advance(1000)
    expect(await call('us-east-1')).toBe(200)
  })
})
