/**
 * Discover mode's pure parts: its inputs, the TLS coverage and error judgement, the cluster
 * filter, the read over a fake gateway, the matrix and its shards, the counts, the verdict and
 * the summary.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import type { Service } from '@aws-sdk/client-ecs'
import type { EcsDiscoveryReader } from '../../src/aws/ecs.js'
import { tlsCoverage, readError } from '../../src/discover/classify.js'
import type { RegionReading } from '../../src/discover/found.js'
import {
  buildMatrix,
  countsOf,
  discoverFailure,
  discoverOutputs,
  shards
} from '../../src/discover/plan.js'
import { clusterSelected, readRegion, readRegions } from '../../src/discover/read.js'
import { renderDiscoverSummary } from '../../src/discover/summary.js'
import { matchesGlob } from '../../src/inputs/discover.js'
import { InputError, parseInputs } from '../../src/inputs/inputs.js'
import { CA_ARN, reader, service } from './fixtures.js'

const TLS = { issuerCertificateAuthority: { awsPcaAuthorityArn: CA_ARN } }

function parse(values: Record<string, string>): ReturnType<typeof parseInputs> {
  return parseInputs(reader(values))
}

function inputError(values: Record<string, string>): InputError {
  try {
    parse(values)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`accepted ${JSON.stringify(values)}`)
}

describe('discover inputs', () => {
  test('regions and clusters as lists, the default shard size, no cluster, CA or role needed', () => {
    const inputs = parse({ mode: 'discover', regions: 'us-east-1,\neu-west-1', clusters: 'prod-*' })
    expect(inputs.discover).toEqual({
      regions: ['us-east-1', 'eu-west-1'],
      clusters: ['prod-*'],
      maxServicesPerJob: 50
    })
    expect(inputs.cluster).toBe('')
    expect(inputs.warnings).toBeUndefined()
  })

  test.each([
    [{ regions: '' }, 'regions', 'required in discover mode'],
    [{ regions: 'us-east-1,US-EAST-1' }, 'regions', '"US-EAST-1"'],
    [{ regions: 'useast1' }, 'regions', 'us-east-1'],
    [{ regions: 'us-east-1', clusters: 'prod/*' }, 'clusters', '"prod/*"'],
    [{ regions: 'us-east-1', 'max-services-per-job': '0' }, 'max-services-per-job', '"0"'],
    [{ regions: 'us-east-1', 'max-services-per-job': '2.5' }, 'max-services-per-job', 'whole'],
    [{ regions: 'us-east-1', 'service-definition': 'a.json' }, 'service-definition', 'discover']
  ])('%j is rejected naming %s', (values, input, text) => {
    const error = inputError({ mode: 'discover', ...values })
    expect(error.input).toBe(input)
    expect(error.message).toContain(text)
  })

  test('GovCloud and newer Regions pass; cluster and service are ignored with a warning', () => {
    const inputs = parse({
      mode: 'discover',
      regions: 'us-gov-west-1 , ap-southeast-5',
      cluster: 'prod',
      'max-services-per-job': '120'
    })
    expect(inputs.discover?.regions).toEqual(['us-gov-west-1', 'ap-southeast-5'])
    expect(inputs.discover?.maxServicesPerJob).toBe(120)
    expect(inputs.warnings?.[0]).toContain('"cluster" is ignored in discover mode')
  })

  test('regions and clusters are errors in the other modes', () => {
    const error = inputError({
      mode: 'verify',
      cluster: 'prod',
      service: '*',
      regions: 'us-east-1'
    })
    expect(error.input).toBe('regions')
    expect(error.message).toContain('only used with mode: discover')
  })
})

describe('globs', () => {
  test.each([
    ['prod-eu', 'prod-*', true],
    ['prod', 'prod-*', false],
    ['prod-1', 'prod-?', true],
    ['prod-10', 'prod-?', false],
    ['staging', '*', true],
    ['a_b', 'a_b', true]
  ])('%s against %s: %s', (name, glob, expected) => {
    expect(matchesGlob(name, glob)).toBe(expected)
  })

  test('no globs keep every cluster; several are alternatives', () => {
    expect(clusterSelected('x', [])).toBe(true)
    expect(clusterSelected('web', ['prod-*', 'web'])).toBe(true)
    expect(clusterSelected('dev', ['prod-*', 'web'])).toBe(false)
  })
})

describe('tlsCoverage and readError', () => {
  const sc = (tls: boolean[]): Service =>
    service('api', {
      enabled: true,
      services: tls.map((on, i) => ({ portName: `p${i}`, ...(on ? { tls: TLS } : {}) }))
    })
  test('all, some or none of the PRIMARY entries have TLS', () => {
    expect(tlsCoverage(sc([true, true]))).toBe('all')
    expect(tlsCoverage(sc([true, false]))).toBe('some')
    expect(tlsCoverage(sc([false]))).toBe('none')
  })

  test('access and opt-in errors are refusals; anything else is a failure', () => {
    const named = (name: string): Error => Object.assign(new Error('no'), { name })
    expect(readError(named('AccessDeniedException')).kind).toBe('refused')
    expect(readError(named('UnrecognizedClientException')).kind).toBe('refused')
    expect(readError(named('InvalidClientTokenId')).kind).toBe('refused')
    expect(readError(named('ServerException')).kind).toBe('failed')
    expect(readError(named('ThrottlingException')).kind).toBe('failed')
  })
})

/** A gateway over clusters of the given services (name -> Service Connect or not, TLS or not). */
function fakeReader(
  clusters: Record<string, Service[]>,
  options: { denyCluster?: string; failList?: Error } = {}
): EcsDiscoveryReader & { described: string[][] } {
  const described: string[][] = []
  const arnOf = (name: string): string => `arn:aws:ecs:eu-west-1:123456789012:cluster/${name}`
  const clusterOf = (arn: string): Service[] => clusters[arn.split('/')[1] ?? ''] ?? []
  return {
    described,
    listClusterArns: () =>
      options.failList
        ? Promise.reject(options.failList)
        : Promise.resolve(Object.keys(clusters).map(arnOf)),
    listServiceArns: (cluster) => {
      if (cluster.endsWith(`/${options.denyCluster ?? '-'}`))
        return Promise.reject(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
      return Promise.resolve(clusterOf(cluster).map((s) => s.serviceArn ?? ''))
    },
    describeServices: (cluster, names) => {
      described.push([...names])
      const found = new Map(
        clusterOf(cluster)
          .filter((s) => names.includes(s.serviceName ?? ''))
          .map((s) => [s.serviceName ?? '', s] as const)
      )
      return Promise.resolve({ found })
    }
  }
}

const withSc = (name: string, tls = false): Service =>
  service(name, { enabled: true, services: [{ portName: 'http', ...(tls ? { tls: TLS } : {}) }] })

describe('readRegion', () => {
  test('keeps ACTIVE services with Service Connect on PRIMARY, sorted, with their TLS coverage', async () => {
    const ecs = fakeReader({
      'prod-a': [withSc('web'), withSc('api', true), service('plain'), withSc('gone', true)],
      'prod-b': [],
      dev: [withSc('x')]
    })
    const draining = ecs.describeServices
    ecs.describeServices = async (cluster, names) => {
      const result = await draining(cluster, names)
      const gone = result.found.get('gone')
      if (gone) result.found.set('gone', { ...gone, status: 'DRAINING' })
      return result
    }
    const reading = await readRegion('eu-west-1', ecs, ['prod-*'])
    expect(reading.listedClusters).toBe(3)
    expect(reading.clusters.map((c) => [c.name, c.account, c.listed, c.services])).toEqual([
      [
        'prod-a',
        '123456789012',
        4,
        [
          { name: 'api', tls: 'all' },
          { name: 'web', tls: 'none' }
        ]
      ],
      ['prod-b', '123456789012', 0, []]
    ])
  })

  test('a denied cluster is a refusal on that cluster; a failed ListClusters one on the Region', async () => {
    const denied = await readRegion(
      'eu-west-1',
      fakeReader({ a: [withSc('x')], b: [withSc('y')] }, { denyCluster: 'b' }),
      []
    )
    expect(denied.clusters.map((c) => [c.name, c.error?.kind])).toEqual([
      ['a', undefined],
      ['b', 'refused']
    ])
    const failed = await readRegion(
      'eu-west-1',
      fakeReader({}, { failList: Object.assign(new Error('boom'), { name: 'ServerException' }) }),
      []
    )
    expect(failed.error).toEqual({ kind: 'failed', message: 'boom' })
  })

  test('readRegions gives each Region its own reader, in the order given', async () => {
    const asked: string[] = []
    const readings = await readRegions(
      { regions: ['us-east-1', 'eu-west-1'], clusters: [], maxServicesPerJob: 50 },
      (region) => {
        asked.push(region)
        return fakeReader({ [`c-${region}`]: [withSc('s')] })
      }
    )
    expect(asked.sort()).toEqual(['eu-west-1', 'us-east-1'])
    expect(readings.map((r) => [r.region, r.clusters[0]?.name])).toEqual([
      ['us-east-1', 'c-us-east-1'],
      ['eu-west-1', 'c-eu-west-1']
    ])
  })
})

function reading(
  region: string,
  clusters: Record<string, number>,
  account = '111122223333'
): RegionReading {
  return {
    region,
    listedClusters: Object.keys(clusters).length,
    clusters: Object.entries(clusters).map(([name, count]) => ({
      name,
      arn: `arn:aws:ecs:${region}:${account}:cluster/${name}`,
      account,
      listed: count,
      services: Array.from({ length: count }, (_, i) => ({
        name: `s${String(i).padStart(3, '0')}`,
        tls: i % 2 === 0 ? ('all' as const) : ('none' as const)
      }))
    }))
  }
}

describe('matrix', () => {
  test('shards are even and as few as the limit allows', () => {
    const names = Array.from({ length: 120 }, (_, i) => i)
    expect(shards(names, 50).map((s) => s.length)).toEqual([40, 40, 40])
    expect(shards(names, 120).map((s) => s.length)).toEqual([120])
    expect(shards(names.slice(0, 101), 50).map((s) => s.length)).toEqual([34, 34, 33])
    expect(shards(names, 7).flat()).toEqual(names)
    expect(shards(names.slice(0, 7), 3).map((s) => s.length)).toEqual([3, 2, 2])
  })

  test('one entry per cluster with services; larger clusters split, with services and shard', () => {
    const matrix = buildMatrix(
      [
        reading('us-east-1', { small: 3, empty: 0, big: 5 }),
        reading('eu-west-1', { other: 1 }, '444455556666')
      ],
      4
    )
    expect(matrix.include).toEqual([
      { account: '111122223333', region: 'us-east-1', cluster: 'small' },
      {
        account: '111122223333',
        region: 'us-east-1',
        cluster: 'big',
        services: 's000,s001,s002',
        shard: '1-of-2'
      },
      {
        account: '111122223333',
        region: 'us-east-1',
        cluster: 'big',
        services: 's003,s004',
        shard: '2-of-2'
      },
      { account: '444455556666', region: 'eu-west-1', cluster: 'other' }
    ])
    // Each shard is a value the `service` input accepts.
    for (const entry of matrix.include.filter((e) => e.services)) {
      const inputs = parseInputs(
        reader({ mode: 'verify', cluster: entry.cluster, service: entry.services ?? '' })
      )
      expect(inputs.services).toEqual({ all: false, names: (entry.services ?? '').split(',') })
    }
  })

  test('counts, outputs and the verdict', () => {
    const readings = [
      reading('us-east-1', { a: 3, b: 0 }),
      {
        region: 'ap-east-1',
        clusters: [],
        listedClusters: 0,
        error: { kind: 'refused' as const, message: 'UnrecognizedClientException: no' }
      }
    ]
    const matrix = buildMatrix(readings, 50)
    const counts = countsOf(readings, matrix)
    expect(counts).toMatchObject({ jobs: 1, clusters: 1, services: 3, withoutTls: 1, failures: [] })
    expect(discoverFailure(readings, counts)).toBeUndefined()
    const outputs = discoverOutputs(matrix, counts)
    expect(JSON.parse(outputs.matrix ?? '')).toEqual(matrix)
    expect(JSON.parse(outputs['unreadable-regions'] ?? '')).toEqual([
      { region: 'ap-east-1', error: 'UnrecognizedClientException: no' }
    ])
    const declared = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    for (const name of Object.keys(outputs))
      expect(declared).toMatch(new RegExp(`^  ${name}:$`, 'm'))

    const allRefused = [readings[1] as RegionReading]
    expect(discoverFailure(allRefused, countsOf(allRefused, { include: [] }))).toContain(
      'No Region could be read'
    )
    const failed: RegionReading[] = [
      {
        region: 'us-east-1',
        clusters: [],
        listedClusters: 0,
        error: { kind: 'failed', message: 'ServerException: x' }
      },
      readings[0] as RegionReading
    ]
    expect(discoverFailure(failed, countsOf(failed, matrix))).toContain(
      'us-east-1: ServerException: x'
    )
  })
})

describe('summary', () => {
  test('by Region and cluster, with the services without TLS and what could not be read', () => {
    const readings = [
      reading('us-east-1', { a: 3, quiet: 0 }),
      {
        region: 'ap-east-1',
        clusters: [],
        listedClusters: 0,
        error: { kind: 'refused' as const, message: 'AccessDeniedException: no' }
      }
    ]
    const matrix = buildMatrix(readings, 2)
    const markdown = renderDiscoverSummary(readings, matrix, countsOf(readings, matrix))
    expect(markdown).toContain('| us-east-1 | 111122223333 | a | 3 | 2 | 1 | 2 |')
    expect(markdown).toContain('- Region ap-east-1: AccessDeniedException: no')
    expect(markdown).toContain('us-east-1 / a: s001')
    expect(markdown).toContain('no service using Service Connect (1): us-east-1 / quiet')
  })

  test('an empty result says so and how to skip the matrix job', () => {
    const readings = [reading('us-east-1', { quiet: 0 })]
    const matrix = buildMatrix(readings, 50)
    expect(matrix).toEqual({ include: [] })
    const markdown = renderDiscoverSummary(readings, matrix, countsOf(readings, matrix))
    expect(markdown).toContain('the matrix is empty')
    expect(markdown).toContain("outputs.job-count != '0'")
    expect(markdown).not.toContain('| Region |')
  })
})
