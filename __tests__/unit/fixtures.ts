/**
 * Shared builders for the unit tests: realistic ARNs, ECS service shapes and a rich Service
 * Connect configuration. Every builder returns a fresh object, so a test may change it.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  Deployment,
  Service,
  ServiceConnectConfiguration,
  ServiceConnectService,
  ServiceConnectTlsConfiguration
} from '@aws-sdk/client-ecs'
import type { Inputs } from '../../src/inputs/inputs.js'
import type { Target } from '../../src/model/facts.js'

export const ACCOUNT = '123456789012'
export const REGION = 'eu-west-1'
export const CLUSTER = 'prod'
export const CA_ARN = `arn:aws:acm-pca:${REGION}:${ACCOUNT}:certificate-authority/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d`
export const OTHER_CA_ARN = `arn:aws:acm-pca:${REGION}:${ACCOUNT}:certificate-authority/11111111-2222-4333-8444-555555555555`
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/ecs-service-connect-tls`
export const OTHER_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/some-other-role`
export const KMS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
export const OTHER_KMS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/aaaabbbb-cccc-4ddd-8eee-ffff00001111`
export const NAMESPACE_ARN = `arn:aws:servicediscovery:${REGION}:${ACCOUNT}:namespace/ns-abcdefghijklmnop`

/** The action's defaults for the inputs every mode has (see action.yml), for Inputs built by hand. */
export function inputDefaults(): Pick<
  Inputs,
  | 'portNames'
  | 'wait'
  | 'ifDeploymentInProgress'
  | 'maxConcurrency'
  | 'minCaValidityDays'
  | 'failOnNoncompliant'
  | 'checkCertificates'
  | 'certificateGraceMinutes'
> {
  return {
    portNames: [],
    wait: { enabled: true, timeoutMs: 1_800_000, pollMs: 15_000, until: 'completed' },
    ifDeploymentInProgress: 'wait',
    maxConcurrency: 10,
    minCaValidityDays: 30,
    failOnNoncompliant: true,
    checkCertificates: 'on',
    certificateGraceMinutes: 15
  }
}

export const serviceArn = (name: string): string =>
  `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${name}`

/** A reader like the runner's: '' for anything not given. */
export function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

/**
 * Every member the ECS model has on a Service Connect configuration, including the ones an
 * older SDK would drop (accessLogConfiguration, testTrafficRules).
 */
export function richConfig(): ServiceConnectConfiguration {
  return {
    enabled: true,
    namespace: NAMESPACE_ARN,
    services: [
      {
        portName: 'http',
        discoveryName: 'web',
        clientAliases: [
          {
            port: 80,
            dnsName: 'web.internal',
            testTrafficRules: { header: { name: 'x-canary', value: { exact: '1' } } }
          }
        ],
        ingressPortOverride: 8080,
        timeout: { idleTimeoutSeconds: 300, perRequestTimeoutSeconds: 60 }
      },
      {
        portName: 'grpc',
        discoveryName: 'web-grpc',
        clientAliases: [{ port: 50051, dnsName: 'grpc.web.internal' }]
      },
      { portName: 'admin', clientAliases: [{ port: 9000 }] }
    ],
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/service-connect',
        'awslogs-region': REGION,
        'awslogs-stream-prefix': 'sc'
      }
    },
    accessLogConfiguration: { format: 'JSON', includeQueryParameters: 'ENABLED' }
  }
}

export function tls(
  caArn: string,
  roleArn: string = ROLE_ARN,
  kmsKey?: string
): ServiceConnectTlsConfiguration {
  return {
    issuerCertificateAuthority: { awsPcaAuthorityArn: caArn },
    ...(kmsKey ? { kmsKey } : {}),
    roleArn
  }
}

export function entry(
  portName: string,
  withTls?: ServiceConnectTlsConfiguration
): ServiceConnectService {
  return withTls ? { portName, tls: withTls } : { portName }
}

export function scConfig(...services: ServiceConnectService[]): ServiceConnectConfiguration {
  return { enabled: true, namespace: 'internal', services }
}

export function deployment(
  id: string,
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE',
  extra: Partial<Deployment> = {}
): Deployment {
  return {
    id,
    status,
    taskDefinition: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/web:7`,
    desiredCount: 2,
    runningCount: 2,
    pendingCount: 0,
    ...extra
  }
}

/** An ACTIVE service whose PRIMARY deployment runs `config`. */
export function service(
  name: string,
  config?: ServiceConnectConfiguration,
  extra: Partial<Service> = {}
): Service {
  return {
    serviceName: name,
    serviceArn: serviceArn(name),
    status: 'ACTIVE',
    deployments: [
      deployment(
        `ecs-svc/${name}-1`,
        'PRIMARY',
        config ? { serviceConnectConfiguration: config } : {}
      )
    ],
    ...extra
  }
}

export function okTarget(
  name: string,
  config: ServiceConnectConfiguration,
  chosen?: Iterable<string>
): Extract<Target, { ok: true }> {
  return {
    ok: true,
    name,
    serviceArn: serviceArn(name),
    service: service(name, config),
    config,
    chosen: new Set(chosen ?? (config.services ?? []).map((item) => item.portName ?? ''))
  }
}

export interface GeneratedCertificates {
  rootPem: string
  subordinatePem: string
  /** Times around the generation, in ms, to bound notBefore. */
  generatedFrom: number
  generatedTo: number
}

export const ROOT_SUBJECT = '/C=US/O=Example Corp/CN=Example Root CA'
export const SUBORDINATE_SUBJECT = '/C=US/O=Example Corp/OU=Platform/CN=Example Service Connect CA'
export const ROOT_SERIAL = '1234ABCD'
export const SUBORDINATE_SERIAL = 'F0A1B2C3D4E5F60718293A4B5C6D7E8F'
export const ROOT_DAYS = 365
export const SUBORDINATE_DAYS = 30

/** A root and a subordinate CA certificate made with the openssl command line. */
export function generateCertificates(): GeneratedCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'sc-tls-unit-'))
  const openssl = (...args: string[]): string =>
    execFileSync('/usr/bin/openssl', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
  try {
    const generatedFrom = Math.floor(Date.now() / 1000) * 1000
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
    openssl(
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'root.key',
      '-out',
      'root.pem',
      '-subj',
      ROOT_SUBJECT,
      '-days',
      String(ROOT_DAYS),
      '-set_serial',
      `0x${ROOT_SERIAL}`
    )
    openssl(
      'req',
      '-new',
      ...ec,
      '-keyout',
      'sub.key',
      '-out',
      'sub.csr',
      '-subj',
      SUBORDINATE_SUBJECT
    )
    openssl(
      'x509',
      '-req',
      '-in',
      'sub.csr',
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-out',
      'sub.pem',
      '-days',
      String(SUBORDINATE_DAYS),
      '-set_serial',
      `0x${SUBORDINATE_SERIAL}`
    )
    const generatedTo = Date.now()
    return {
      rootPem: readFileSync(join(dir, 'root.pem'), 'utf8'),
      subordinatePem: readFileSync(join(dir, 'sub.pem'), 'utf8'),
      generatedFrom,
      generatedTo
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What the openssl command line says about a certificate, for comparison. */
export function opensslFacts(pem: string): Record<string, string> {
  const text = execFileSync(
    '/usr/bin/openssl',
    [
      'x509',
      '-noout',
      '-serial',
      '-fingerprint',
      '-sha256',
      '-dates',
      '-dateopt',
      'iso_8601',
      '-subject',
      '-issuer',
      '-nameopt',
      'RFC2253'
    ],
    { input: pem, encoding: 'utf8' }
  )
  const facts: Record<string, string> = {}
  for (const line of text.trim().split('\n')) {
    const at = line.indexOf('=')
    facts[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return facts
}
