import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DefinitionError,
  parseDefinition,
  runDefinitionFile
} from '../../src/files/definition-file.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import { CA_ARN, KMS_KEY, richConfig, ROLE_ARN, tls } from './fixtures.js'

const PATH = 'deploy/web-service.json'

function definitionError(text: string): DefinitionError {
  try {
    parseDefinition(PATH, text)
  } catch (error) {
    if (error instanceof DefinitionError) return error
    throw error
  }
  throw new Error('parseDefinition accepted the file')
}

describe('parseDefinition', () => {
  test.each([
    { why: 'not JSON', text: '{ "serviceName": "web", ', says: 'not valid JSON' },
    { why: 'a JSON array', text: '[]', says: 'expected a JSON object' },
    {
      why: 'no serviceConnectConfiguration',
      text: '{ "serviceName": "web" }',
      says: '"serviceConnectConfiguration"'
    },
    {
      why: 'serviceConnectConfiguration is not an object',
      text: '{ "serviceConnectConfiguration": true }',
      says: '"serviceConnectConfiguration"'
    },
    {
      why: 'no services entries',
      text: '{ "serviceConnectConfiguration": { "enabled": true, "namespace": "internal" } }',
      says: 'no "services" entries'
    },
    {
      why: 'an empty services list',
      text: '{ "serviceConnectConfiguration": { "enabled": true, "services": [] } }',
      says: 'no "services" entries'
    },
    {
      why: 'an entry without portName',
      text: '{ "serviceConnectConfiguration": { "enabled": true, "services": [{ "portName": "http" }, { "discoveryName": "x" }] } }',
      says: 'services[1] has no "portName"'
    }
  ])('$why is an error naming the file', ({ text, says }) => {
    const error = definitionError(text)
    expect(error.message).toContain(`Service definition file "${PATH}"`)
    expect(error.message).toContain(says)
  })

  test('a valid file comes back as parsed, unknown members included', () => {
    const document = {
      cluster: 'prod',
      serviceName: 'web',
      desiredCount: 2,
      serviceConnectConfiguration: richConfig()
    }
    expect(parseDefinition(PATH, JSON.stringify(document))).toStrictEqual(document)
  })
})

describe('runDefinitionFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sc-tls-definition-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const inputs = (
    mode: Inputs['mode'],
    path: string,
    output?: string,
    extra: Partial<Inputs> = {}
  ): Inputs => ({
    mode,
    cluster: '',
    services: { all: false, names: [] },
    caArn: CA_ARN,
    roleArn: ROLE_ARN,
    portNames: [],
    wait: { enabled: true, timeoutMs: 1_800_000, pollMs: 15_000 },
    maxConcurrency: 10,
    minCaValidityDays: 30,
    failOnNoncompliant: true,
    checkCertificates: 'on',
    certificateGraceMinutes: 15,
    serviceDefinition: output ? { path, output } : { path },
    ...extra
  })

  test('apply merges TLS into the file, keeps every other member and the file indentation', async () => {
    const source = join(dir, 'web.json')
    const output = join(dir, 'out', 'web.tls.json')
    const document = {
      serviceName: 'web',
      taskDefinition: 'web:7',
      serviceConnectConfiguration: richConfig()
    }
    await writeFile(source, JSON.stringify(document, null, 4))
    const result = await runDefinitionFile(inputs('apply', source, output, { kmsKey: KMS_KEY }))
    expect(result.definitionFile).toBe(output)
    expect(result.outcomes.map((outcome) => [outcome.name, outcome.status])).toEqual([
      ['web', 'updated']
    ])
    const written = await readFile(output, 'utf8')
    const block = tls(CA_ARN, ROLE_ARN, KMS_KEY)
    const expected = {
      ...document,
      serviceConnectConfiguration: {
        ...document.serviceConnectConfiguration,
        services: (document.serviceConnectConfiguration.services ?? []).map((item) => ({
          ...item,
          tls: block
        }))
      }
    }
    expect(written).toBe(`${JSON.stringify(expected, null, 4)}\n`)
    // The source file is left alone.
    expect(JSON.parse(await readFile(source, 'utf8'))).toStrictEqual(document)
  })

  test('verify reads the file and reports each port without writing', async () => {
    const source = join(dir, 'api.json')
    const config = richConfig()
    const [http] = config.services ?? []
    if (http) http.tls = tls(CA_ARN)
    await writeFile(
      source,
      JSON.stringify({ serviceName: 'api', serviceConnectConfiguration: config })
    )
    const result = await runDefinitionFile(inputs('verify', source))
    expect(result.definitionFile).toBeUndefined()
    const [outcome] = result.outcomes
    expect(outcome?.status).toBe('noncompliant')
    expect(outcome?.findings.map((finding) => [finding.code, finding.port])).toEqual([
      ['tls-missing', 'grpc'],
      ['tls-missing', 'admin']
    ])
  })

  test('an unknown port name fails the service without writing', async () => {
    const source = join(dir, 'ports.json')
    await writeFile(
      source,
      JSON.stringify({ serviceName: 'ports', serviceConnectConfiguration: richConfig() })
    )
    const output = join(dir, 'ports.tls.json')
    const result = await runDefinitionFile(
      inputs('apply', source, output, { portNames: ['metrics'] })
    )
    expect(result.outcomes[0]?.status).toBe('failed')
    expect(result.outcomes[0]?.error).toContain('metrics')
    await expect(readFile(output, 'utf8')).rejects.toThrow()
  })

  test('plan writes the merged copy too, and shows the diff', async () => {
    const source = join(dir, 'plan.json')
    await writeFile(
      source,
      JSON.stringify({ serviceName: 'plan', serviceConnectConfiguration: richConfig() })
    )
    const output = join(dir, 'plan.tls.json')
    const result = await runDefinitionFile(inputs('plan', source, output, { portNames: ['grpc'] }))
    expect(result.outcomes[0]?.status).toBe('would-update')
    expect(result.definitionFile).toBe(output)
    expect([...result.diffs.keys()]).toEqual(['plan'])
    const written = JSON.parse(await readFile(output, 'utf8')) as {
      serviceConnectConfiguration: { services: { portName: string; tls?: unknown }[] }
    }
    expect(
      written.serviceConnectConfiguration.services.map((item) => [
        item.portName,
        item.tls !== undefined
      ])
    ).toEqual([
      ['http', false],
      ['grpc', true],
      ['admin', false]
    ])
  })

  test('apply on a file that already has the TLS: unchanged; the default output is under RUNNER_TEMP', async () => {
    const source = join(dir, 'done.json')
    const config = richConfig()
    for (const item of config.services ?? []) item.tls = tls(CA_ARN)
    await writeFile(
      source,
      JSON.stringify({ serviceName: 'done', serviceConnectConfiguration: config }, null, 2)
    )
    const saved = process.env.RUNNER_TEMP
    process.env.RUNNER_TEMP = join(dir, 'runner-temp')
    try {
      const result = await runDefinitionFile(inputs('apply', source))
      expect(result.outcomes[0]?.status).toBe('unchanged')
      expect(result.definitionFile).toBe(join(dir, 'runner-temp', 'done.tls.json'))
      expect(await readFile(join(dir, 'runner-temp', 'done.tls.json'), 'utf8')).toBe(
        `${JSON.stringify({ serviceName: 'done', serviceConnectConfiguration: config }, null, 2)}\n`
      )
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TEMP
      else process.env.RUNNER_TEMP = saved
    }
  })

  test('a file that cannot be read is a DefinitionError naming it', async () => {
    const missing = join(dir, 'missing.json')
    await expect(runDefinitionFile(inputs('plan', missing))).rejects.toThrow(
      `Service definition file "${missing}": cannot be read`
    )
  })
})
