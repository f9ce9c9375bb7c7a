/**
 * End to end: service definition files. The merge and the check run on the file alone, with no
 * AWS call at all (the emulator is there only to prove that nothing reached it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { richConfiguration } from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'

const CA =
  'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0e4b7b5c-9a55-4a8e-8d1f-2a6c3f1e9b01'
const ROLE = 'arn:aws:iam::111122223333:role/ecsInfrastructureRoleForServiceConnectTLS'

let emulator: Emulator
let folder: string

beforeEach(async () => {
  emulator = await startEmulator()
  folder = mkdtempSync(join(tmpdir(), 'sc-tls-def-'))
})
afterEach(async () => {
  await emulator.close()
  rmSync(folder, { recursive: true, force: true })
})

/** A create-service input with the keys in the order its author chose. */
function writeDefinition(name: string, document: unknown): string {
  const path = join(folder, name)
  writeFileSync(path, `${JSON.stringify(document, null, 4)}\n`)
  return path
}

const definition = {
  cluster: 'production',
  serviceName: 'orders',
  taskDefinition: 'orders:42',
  desiredCount: 3,
  serviceConnectConfiguration: richConfiguration('orders'),
  networkConfiguration: {
    awsvpcConfiguration: { subnets: ['subnet-0abc'], assignPublicIp: 'DISABLED' }
  }
}

describe('service definition files', () => {
  test('apply merges TLS into a new file, keeping every field and the key order, with no AWS call', async () => {
    const path = writeDefinition('orders.json', definition)

    const run = await runAction({
      inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(emulator.calls).toEqual([])
    const output = run.outputs['service-definition-file'] ?? ''
    expect(output.startsWith(run.runnerTemp)).toBe(true)
    const text = readFileSync(output, 'utf8')
    const merged = JSON.parse(text) as typeof definition
    const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: CA }, roleArn: ROLE }
    expect(merged).toEqual({
      ...definition,
      serviceConnectConfiguration: {
        ...definition.serviceConnectConfiguration,
        services: definition.serviceConnectConfiguration.services?.map((entry) => ({
          ...entry,
          tls
        }))
      }
    })
    expect(Object.keys(merged)).toEqual(Object.keys(definition))
    expect(text).toMatch(/^ {4}"cluster"/m)
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(definition, null, 4)}\n`)
    expect(run.outputs.changed).toBe('true')
  })

  test('verify checks the file the same way as a live service, with no AWS call', async () => {
    const path = writeDefinition('orders.json', definition)

    const run = await runAction({
      inputs: { 'service-definition': path, mode: 'verify', 'ca-arn': CA },
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(emulator.calls).toEqual([])
    expect(run.outputs.compliant).toBe('false')
    const report = JSON.parse(run.outputs.report ?? '{}') as {
      services: { findings: { code: string; port: string }[] }[]
    }
    expect(report.services[0]?.findings.map((finding) => [finding.port, finding.code])).toEqual([
      ['http', 'tls-missing'],
      ['grpc', 'tls-missing']
    ])
  })

  test('a merged file verifies as compliant', async () => {
    const path = writeDefinition('orders.json', definition)
    const merge = await runAction({
      inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
      env: emulator.env()
    })

    const run = await runAction({
      inputs: {
        'service-definition': merge.outputs['service-definition-file'] ?? '',
        mode: 'verify',
        'ca-arn': CA,
        'role-arn': ROLE
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(emulator.calls).toEqual([])
  })

  test.each([
    ['not JSON', '{ "serviceName": ', /not valid JSON/],
    [
      'without serviceConnectConfiguration',
      JSON.stringify({ serviceName: 'orders' }),
      /has no "serviceConnectConfiguration" object/
    ],
    [
      'without services entries',
      JSON.stringify({ serviceConnectConfiguration: { enabled: true, services: [] } }),
      /no "services" entries/
    ]
  ])('a file %s fails naming the file and the problem', async (_, text, problem) => {
    const path = join(folder, 'broken.json')
    writeFileSync(path, text)

    const run = await runAction({
      inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::Service definition file "${path}": `)
    expect(run.stdout).toMatch(problem)
    expect(emulator.calls).toEqual([])
  })
})
