/**
 * End to end through dist/: discover mode across Regions and accounts, with globs, sharding, a
 * Region the caller may not read and the empty case. The matrix output must parse and name the
 * right jobs, and discover never writes.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  type Emulator,
  type ServiceConnectConfiguration,
  startEmulator
} from '../emulator/index.js'
import { type ActionRun, runAction } from '../harness/run-action.js'

const HOME = '111122223333'
const OTHER = '444455556666'
const CA =
  'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'

interface Entry {
  account: string
  region: string
  cluster: string
  services?: string
  shard?: string
}

let emulator: Emulator

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 50 })
  emulator.addAccount({ accessKeyId: 'AKIAOTHERACCOUNT0001', accountId: OTHER })
})
afterEach(async () => {
  await emulator.close()
})

/** Service Connect on one port, with TLS on the services of even index. */
const tlsEvery = (index: number): ServiceConnectConfiguration => ({
  enabled: true,
  services: [
    {
      portName: 'http',
      ...(index % 2 === 0
        ? { tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: CA } } }
        : {})
    }
  ]
})

function discover(
  inputs: Record<string, string>,
  env: Record<string, string> = emulator.env()
): Promise<ActionRun> {
  return runAction({ inputs: { mode: 'discover', ...inputs }, env })
}

const matrixOf = (run: ActionRun): Entry[] =>
  (JSON.parse(run.outputs.matrix ?? '') as { include: Entry[] }).include

describe('discover', () => {
  test('two Regions: one entry per Service Connect cluster, large ones sharded, globs applied', async () => {
    emulator.addServices({ cluster: 'prod-web', count: 5, serviceConnectConfiguration: tlsEvery })
    emulator.addServices({ cluster: 'prod-big', count: 7, region: 'eu-west-1' })
    emulator.addService({ cluster: 'prod-plain', name: 'legacy' })
    emulator.addServices({ cluster: 'dev', count: 2 })

    const run = await discover({
      regions: 'us-east-1, eu-west-1',
      clusters: 'prod-*',
      'max-services-per-job': '3'
    })

    expect(run.code).toBe(0)
    expect(matrixOf(run)).toEqual([
      {
        account: HOME,
        region: 'us-east-1',
        cluster: 'prod-web',
        services: 'svc-0001,svc-0002,svc-0003',
        shard: '1-of-2'
      },
      {
        account: HOME,
        region: 'us-east-1',
        cluster: 'prod-web',
        services: 'svc-0004,svc-0005',
        shard: '2-of-2'
      },
      {
        account: HOME,
        region: 'eu-west-1',
        cluster: 'prod-big',
        services: 'svc-0001,svc-0002,svc-0003',
        shard: '1-of-3'
      },
      {
        account: HOME,
        region: 'eu-west-1',
        cluster: 'prod-big',
        services: 'svc-0004,svc-0005',
        shard: '2-of-3'
      },
      {
        account: HOME,
        region: 'eu-west-1',
        cluster: 'prod-big',
        services: 'svc-0006,svc-0007',
        shard: '3-of-3'
      }
    ])
    expect(run.outputs['job-count']).toBe('5')
    expect(run.outputs['cluster-count']).toBe('2')
    expect(run.outputs['service-count']).toBe('12')
    // prod-web: svc-0002 and svc-0004 lack TLS; prod-big: all 7.
    expect(run.outputs['without-tls-count']).toBe('9')
    expect(run.outputs['unreadable-regions']).toBe('[]')
    expect(run.summary).toContain('| us-east-1 | 111122223333 | prod-web | 5 | 3 | 2 | 2 |')
    expect(run.summary).toContain('| eu-west-1 | 111122223333 | prod-big | 7 | 0 | 7 | 3 |')
    expect(run.summary).toContain('us-east-1 / prod-plain')
    expect(run.summary).not.toContain('dev')
    // Reads only, each Region signed for itself: no write, and ListClusters once per Region.
    expect(emulator.mutatingCalls()).toEqual([])
    expect(emulator.callCount('ListClusters')).toBe(2)
  })

  test('the account comes from the credentials: another key, another account and its clusters', async () => {
    emulator.addServices({ cluster: 'shared', count: 1 })
    emulator.addServices({ cluster: 'payments', count: 2, accountId: OTHER, region: 'eu-west-1' })

    const home = await discover({ regions: 'us-east-1,eu-west-1' })
    const other = await discover(
      { regions: 'us-east-1,eu-west-1' },
      emulator.env({ accountId: OTHER })
    )

    expect(matrixOf(home)).toEqual([{ account: HOME, region: 'us-east-1', cluster: 'shared' }])
    expect(matrixOf(other)).toEqual([{ account: OTHER, region: 'eu-west-1', cluster: 'payments' }])
  })

  test('a Region the caller may not read is named, warned about, and not fatal', async () => {
    emulator.addServices({ cluster: 'prod', count: 1 })
    emulator.refuseRegion('ap-east-1', { reason: 'not-enabled' })
    emulator.refuseRegion('eu-west-1')

    const run = await discover({ regions: 'us-east-1,ap-east-1,eu-west-1' })

    expect(run.code).toBe(0)
    expect(matrixOf(run)).toEqual([{ account: HOME, region: 'us-east-1', cluster: 'prod' }])
    const unreadable = JSON.parse(run.outputs['unreadable-regions'] ?? '') as {
      region: string
      error: string
    }[]
    expect(unreadable.map((r) => r.region)).toEqual(['ap-east-1', 'eu-west-1'])
    expect(unreadable[0]?.error).toContain('UnrecognizedClientException')
    expect(unreadable[1]?.error).toContain('AccessDeniedException')
    expect(run.stdout).toMatch(/::warning title=Discover::Region ap-east-1 could not be read/)
    expect(run.summary).toContain('- Region eu-west-1: AccessDeniedException')
  })

  test('every Region refused fails the step', async () => {
    emulator.refuseRegion('us-east-1')
    const run = await discover({ regions: 'us-east-1' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::No Region could be read')
    expect(run.outputs.matrix).toBe('{"include":[]}')
  })

  test('nothing uses Service Connect: an empty matrix, a zero count, and a summary that says so', async () => {
    emulator.addService({ cluster: 'prod', name: 'legacy' })
    const run = await discover({ regions: 'us-east-1' })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.matrix ?? '')).toEqual({ include: [] })
    expect(run.outputs['job-count']).toBe('0')
    expect(run.summary).toContain('the matrix is empty')
  })

  test('a bad Region fails before any AWS call, naming the input', async () => {
    const run = await discover({ regions: 'us-east-1,Mars' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Input "regions"')
    expect(emulator.calls).toEqual([])
  })
})
