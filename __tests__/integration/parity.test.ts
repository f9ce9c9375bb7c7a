/**
 * One truth: the same service, the same inputs, through every source. Each case runs through
 * live mode (the real SDK against the emulator, read → checks → plan/verify) and through file
 * mode with the service written in each file format, and every run must agree on the verdict,
 * each port's TLS before and after, and the findings about the service and its ports.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { runDefinitionFile } from '../../src/act/file-mode.js'
import { loadGateways } from '../../src/aws/gateways.js'
import { judge } from '../../src/checks/registry.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import type { ServiceOutcome } from '../../src/model/outcome.js'
import { tlsView } from '../../src/util/service-connect.js'
import { planMode, verifyMode } from '../../src/plan/modes.js'
import { readFacts } from '../../src/read/read.js'
import { parseDefinition } from '../../src/files/structured.js'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { keyPolicyFor, richConfiguration } from '../harness/fleet.js'
import { inputDefaults } from '../unit/fixtures.js'

/** The TLS one port starts with: none, or a CA, role and (optionally) key by name. */
interface PortSeed {
  ca: 'ours' | 'other'
  role: 'ours' | 'other'
  key?: 'ours' | 'other'
}

interface Case {
  name: string
  ports: { http?: PortSeed; grpc?: PortSeed }
  /** `kms-key`: empty, aws-owned, ours or another customer key. */
  kms: '' | 'aws-owned' | 'ours' | 'other'
  role?: 'ours' | 'other'
  ca?: 'ours' | 'other'
  portNames?: string[]
  /** A service that uses Service Connect as a client only (no services entries). */
  clientOnly?: boolean
}

const HAS = (key?: 'ours' | 'other'): PortSeed => ({
  ca: 'ours',
  role: 'ours',
  ...(key ? { key } : {})
})

const CASES: Case[] = [
  { name: 'no TLS, kms-key empty', ports: {}, kms: '' },
  { name: 'no TLS, kms-key aws-owned', ports: {}, kms: 'aws-owned' },
  { name: 'no TLS, a customer key', ports: {}, kms: 'ours' },
  { name: 'TLS as asked, kms-key empty', ports: { http: HAS(), grpc: HAS() }, kms: '' },
  {
    name: 'TLS as asked with our key, kms-key empty',
    ports: { http: HAS('ours'), grpc: HAS('ours') },
    kms: ''
  },
  {
    name: 'TLS with our key, kms-key aws-owned',
    ports: { http: HAS('ours'), grpc: HAS('ours') },
    kms: 'aws-owned'
  },
  {
    name: 'TLS with our key, kms-key ours',
    ports: { http: HAS('ours'), grpc: HAS('ours') },
    kms: 'ours'
  },
  {
    name: 'TLS with another key, kms-key ours',
    ports: { http: HAS('other'), grpc: HAS('other') },
    kms: 'ours'
  },
  { name: 'TLS without a key, kms-key ours', ports: { http: HAS(), grpc: HAS() }, kms: 'ours' },
  {
    name: 'TLS without a key, kms-key aws-owned',
    ports: { http: HAS(), grpc: HAS() },
    kms: 'aws-owned'
  },
  {
    name: 'another role, our key kept (kms-key empty)',
    ports: { http: { ca: 'ours', role: 'other', key: 'ours' }, grpc: HAS('ours') },
    kms: ''
  },
  { name: 'another role, no key', ports: { http: { ca: 'ours', role: 'other' } }, kms: '' },
  {
    name: 'another CA on one port',
    ports: { http: { ca: 'other', role: 'ours' }, grpc: HAS() },
    kms: ''
  },
  {
    name: 'another CA and key',
    ports: { http: { ca: 'other', role: 'other', key: 'other' } },
    kms: 'aws-owned'
  },
  { name: 'port subset: grpc only, no TLS', ports: {}, kms: '', portNames: ['grpc'] },
  {
    name: 'port subset: http only, grpc other role',
    ports: { grpc: { ca: 'ours', role: 'other' } },
    kms: '',
    portNames: ['http']
  },
  {
    name: 'port subset: http with our key, kms-key aws-owned',
    ports: { http: HAS('ours') },
    kms: 'aws-owned',
    portNames: ['http']
  },
  { name: 'an unknown port name', ports: {}, kms: '', portNames: ['admin'] },
  {
    name: 'verify asks for another role',
    ports: { http: HAS(), grpc: HAS() },
    kms: '',
    role: 'other'
  },
  {
    name: 'verify asks for another CA',
    ports: { http: HAS('ours'), grpc: HAS('ours') },
    kms: 'ours',
    ca: 'other'
  },
  { name: 'half the ports have TLS', ports: { grpc: HAS('ours') }, kms: '' },
  {
    name: 'our key on the ports, kms-key another key',
    ports: { http: HAS('ours'), grpc: HAS('ours') },
    kms: 'other'
  },
  { name: 'a client-only service', ports: {}, kms: '', clientOnly: true }
]

let emulator: Emulator
let clusters = 0
let folder: string
const arns: Record<string, string> = {}
const savedEnv = { ...process.env }

beforeAll(async () => {
  emulator = await startEmulator()
  Object.assign(process.env, emulator.env())
  folder = mkdtempSync(join(tmpdir(), 'sc-tls-parity-'))
  process.env.GITHUB_WORKSPACE = folder
  process.env.RUNNER_TEMP = folder
  const ours = await emulator.addCertificateAuthority({ commonName: 'Parity CA' })
  const other = await emulator.addCertificateAuthority({ commonName: 'Other CA' })
  arns.caOurs = ours.arn
  arns.caOther = other.arn
  arns.roleOurs = emulator.addRole({ name: 'parity-tls-role' })
  arns.roleOther = emulator.addRole({ name: 'parity-old-role' })
  arns.keyOurs = emulator.addKmsKey({ policy: keyPolicyFor(arns.roleOurs) })
  arns.keyOther = emulator.addKmsKey({ policy: keyPolicyFor(arns.roleOurs) })
})
afterAll(async () => {
  process.env = savedEnv
  await emulator.close()
  rmSync(folder, { recursive: true, force: true })
})

const ca = (which: 'ours' | 'other'): string =>
  (which === 'ours' ? arns.caOurs : arns.caOther) ?? ''
const role = (which: 'ours' | 'other'): string =>
  (which === 'ours' ? arns.roleOurs : arns.roleOther) ?? ''
const key = (which: 'ours' | 'other'): string =>
  (which === 'ours' ? arns.keyOurs : arns.keyOther) ?? ''

function configurationOf(name: string, scenario: Case): ServiceConnectConfiguration {
  const config = richConfiguration(name)
  if (scenario.clientOnly) return { enabled: true, namespace: config.namespace }
  return {
    ...config,
    services: config.services?.map((entry) => {
      const seed = scenario.ports[entry.portName as 'http' | 'grpc']
      if (!seed) return entry
      return {
        ...entry,
        tls: {
          issuerCertificateAuthority: { awsPcaAuthorityArn: ca(seed.ca) },
          ...(seed.key ? { kmsKey: key(seed.key) } : {}),
          roleArn: role(seed.role)
        }
      }
    })
  }
}

function inputsOf(
  scenario: Case,
  mode: 'plan' | 'verify',
  cluster: string,
  service: string
): Inputs {
  return {
    ...inputDefaults(),
    mode,
    cluster,
    services: { all: false, names: [service] },
    caArn: ca(scenario.ca ?? 'ours'),
    roleArn: role(scenario.role ?? 'ours'),
    ...(scenario.kms === 'aws-owned'
      ? { awsOwnedKey: true }
      : scenario.kms
        ? { kmsKey: key(scenario.kms) }
        : {}),
    portNames: scenario.portNames ?? [],
    checkCertificates: 'off'
  }
}

/** What every source must agree on: the verdict, each port, the service's own findings. */
function comparable(outcome: ServiceOutcome | undefined): unknown {
  return {
    status: outcome?.status,
    ports: outcome?.ports.map((port) => ({
      portName: port.portName,
      before: port.before,
      after: port.after,
      changed: port.changed
    })),
    findings: (outcome?.findings ?? [])
      .map((finding) => [
        finding.severity,
        finding.code,
        finding.port ?? '',
        finding.expected ?? '',
        finding.found ?? ''
      ])
      .sort()
  }
}

async function live(
  scenario: Case,
  mode: 'plan' | 'verify',
  index: number
): Promise<ServiceOutcome | undefined> {
  const cluster = `parity-${index}-${mode}-${++clusters}`
  emulator.addCluster(cluster)
  const service = `orders-${mode}`
  emulator.addService({
    cluster,
    name: service,
    serviceConnectConfiguration: configurationOf(service, scenario)
  })
  const inputs = inputsOf(scenario, mode, cluster, service)
  const gateways = await loadGateways(inputs, new AbortController().signal)
  const world = judge(await readFacts(inputs, gateways.read), { inputs, now: new Date() })
  const [outcome] = mode === 'verify' ? verifyMode(world, inputs) : planMode(world, inputs).outcomes
  return outcome
}

/** The same configuration in each writable format's own spelling. */
const pascal = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(pascal)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), pascal(v)])
        )
      : value

const FORMATS: Record<string, (service: string, config: ServiceConnectConfiguration) => string> = {
  'service-input.json': (service, config) =>
    JSON.stringify({ serviceName: service, serviceConnectConfiguration: config }, null, 2),
  'bare.json': (_service, config) => JSON.stringify(config, null, 2),
  'template.json': (service, config) =>
    JSON.stringify(
      {
        Resources: {
          Orders: {
            Type: 'AWS::ECS::Service',
            Properties: { ServiceName: service, ServiceConnectConfiguration: pascal(config) }
          }
        }
      },
      null,
      2
    ),
  'template.yaml': (service, config) =>
    stringify({
      Resources: {
        Orders: {
          Type: 'AWS::ECS::Service',
          Properties: { ServiceName: service, ServiceConnectConfiguration: pascal(config) }
        }
      }
    })
}

/** A Terraform plan (terraform show -json): nested blocks are lists of one object, snake_case. */
function terraformPlan(service: string, config: ServiceConnectConfiguration): string {
  const tls = (entry: NonNullable<ServiceConnectConfiguration['services']>[number]) =>
    entry.tls
      ? [
          {
            issuer_cert_authority: [
              { aws_pca_authority_arn: entry.tls.issuerCertificateAuthority?.awsPcaAuthorityArn }
            ],
            kms_key: entry.tls.kmsKey ?? null,
            role_arn: entry.tls.roleArn ?? null
          }
        ]
      : []
  const after = {
    name: service,
    service_connect_configuration: [
      {
        enabled: config.enabled,
        namespace: config.namespace,
        service: (config.services ?? []).map((entry) => ({
          port_name: entry.portName,
          discovery_name: entry.discoveryName ?? null,
          tls: tls(entry)
        }))
      }
    ]
  }
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.0',
    resource_changes: [
      {
        address: 'aws_ecs_service.orders',
        type: 'aws_ecs_service',
        name: 'orders',
        change: { actions: ['update'], after }
      }
    ]
  })
}

/** Formats that can only be verified: their plan is "change the source instead". */
const VERIFY_ONLY: typeof FORMATS = { 'terraform.plan.json': terraformPlan }

async function fromFile(
  scenario: Case,
  mode: 'plan' | 'verify',
  format: string,
  index: number
): Promise<ServiceOutcome | undefined> {
  const service = `orders-${mode}`
  const file = `case-${index}-${mode}-${format}`
  // The bare configuration is named after its file.
  const selected = format === 'bare.json' ? file.replace(/\.json$/, '') : service
  writeFileSync(
    join(folder, file),
    (FORMATS[format] ?? VERIFY_ONLY[format])?.(service, configurationOf(service, scenario)) ?? ''
  )
  const inputs = {
    ...inputsOf(scenario, mode, '', selected),
    serviceDefinition: { patterns: [file], inPlace: false }
  }
  const result = await runDefinitionFile(inputs)
  return result.outcomes.find((outcome) => outcome.name === selected) ?? result.outcomes[0]
}

describe.each(CASES.map((scenario, index) => ({ ...scenario, index })))('$name', (scenario) => {
  // A client-only service has no port in any source; live mode names it when asked for it.
  test.each(['verify', 'plan'] as const)(
    '%s: live mode and every file format agree',
    async (mode) => {
      const expected = comparable(await live(scenario, mode, scenario.index))
      const formats = [
        ...Object.keys(FORMATS),
        ...(mode === 'verify' ? Object.keys(VERIFY_ONLY) : [])
      ]
      for (const format of formats) {
        const outcome = await fromFile(scenario, mode, format, scenario.index)
        const got = comparable(outcome)
        expect({ format, ...(got as object) }).toEqual({ format, ...(expected as object) })
      }
    }
  )

  test('apply on each file writes what the live plan would send', async () => {
    const outcome = await live(scenario, 'plan', scenario.index)
    if (outcome?.status !== 'would-update') return
    for (const format of Object.keys(FORMATS)) {
      const service = 'orders-plan'
      const file = `apply-${scenario.index}-${format}`
      const selected = format === 'bare.json' ? file.replace(/\.json$/, '') : service
      writeFileSync(
        join(folder, file),
        FORMATS[format]?.(service, configurationOf(service, scenario)) ?? ''
      )
      const inputs = {
        ...inputsOf(scenario, 'plan', '', selected),
        mode: 'apply' as const,
        serviceDefinition: { patterns: [file], inPlace: true }
      }
      await runDefinitionFile(inputs)
      const [written] = parseDefinition(file, readFileSync(join(folder, file), 'utf8')).services
      for (const port of outcome.ports)
        expect({
          format,
          port: port.portName,
          tls: tlsView(
            written?.config.services?.find((entry) => entry.portName === port.portName)?.tls
          )
        }).toEqual({
          format,
          port: port.portName,
          tls: port.after ?? port.before
        })
    }
  })
})

test('the table covers what the issue asks for', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(20)
  expect(new Set(CASES.map((scenario) => scenario.kms))).toEqual(
    new Set(['', 'aws-owned', 'ours', 'other'])
  )
  expect(CASES.some((scenario) => scenario.portNames)).toBe(true)
  expect(CASES.some((scenario) => scenario.clientOnly)).toBe(true)
})
