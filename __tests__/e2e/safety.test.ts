/**
 * End to end (issue 9): one entry per service, all or nothing, a verify that checked nothing,
 * preflight that matches AWS (IAM simulation, Regions, tags, key algorithms, CA changes and roots),
 * an explicit KMS key choice, and clear errors for the common mistakes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import {
  addBridgedService,
  applyInputs,
  configurationWithTls,
  type Fleet,
  keyPolicyFor,
  richConfiguration,
  seedFleet
} from '../harness/fleet.js'
import { startGitHubStub } from '../harness/github-stub.js'
import { runAction } from '../harness/run-action.js'

let emulator: Emulator
let fleet: Fleet
/** Folders a test made for its files, removed after it. */
const folders: string[] = []

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 100 })
  fleet = await seedFleet(emulator, { services: ['api', 'web'] })
})
afterEach(async () => {
  await emulator.close()
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

type Run = Awaited<ReturnType<typeof runAction>>

const apply = (extra: Record<string, string> = {}): Promise<Run> =>
  runAction({ inputs: applyInputs(fleet, extra), env: emulator.env() })

interface ServiceOutput {
  service: string
  status: string
  error?: string
  ports: { portName: string; tls: { kmsKey?: string } | null }[]
}
const servicesOf = (run: Run): ServiceOutput[] =>
  JSON.parse(run.outputs.services ?? '[]') as ServiceOutput[]

const annotation = (kind: 'error' | 'warning' | 'notice', code: string): RegExp =>
  new RegExp(`::${kind} title=Service Connect TLS \\(${code}\\)::`)

const tlsOf = (service: string): ({ kmsKey?: string } | undefined)[] =>
  (
    emulator.service(fleet.cluster, service).deployments.find((d) => d.status === 'PRIMARY')
      ?.serviceConnectConfiguration?.services ?? []
  ).map((entry) => entry.tls)

describe('one service, one entry', () => {
  test('a name and the ARN of the same service are one service, updated once', async () => {
    const arn = `arn:aws:ecs:us-east-1:111122223333:service/${fleet.cluster}/api`
    const run = await apply({ service: `api\n${arn}` })

    expect(run.code).toBe(0)
    expect(servicesOf(run).map((service) => [service.service, service.status])).toEqual([
      ['api', 'updated']
    ])
    expect(emulator.callCount('UpdateService')).toBe(1)
  })
})

describe('all or nothing', () => {
  test('port-names one service lacks: no service is updated, and the summary names the blocker', async () => {
    emulator.addService({
      cluster: fleet.cluster,
      name: 'metrics',
      serviceConnectConfiguration: {
        ...richConfiguration('metrics'),
        services: [
          { portName: 'http', discoveryName: 'metrics' },
          { portName: 'grpc', discoveryName: 'metrics-grpc' },
          { portName: 'metrics', discoveryName: 'metrics-metrics' }
        ]
      }
    })
    const run = await apply({ service: 'metrics, api', 'port-names': 'http, metrics' })

    expect(run.code).toBe(1)
    expect(emulator.callCount('UpdateService')).toBe(0)
    const [metrics, api] = servicesOf(run)
    expect(metrics?.status).toBe('failed')
    expect(metrics?.error).toMatch(/not updated: .* and api did/)
    expect(api?.error).toMatch(/no Service Connect entry with port name "metrics"/)
    expect(run.summary).toMatch(/Nothing was written: .*Blocked by: \*\*api\*\*/)
  })

  test('warnings do not block: a bridge-mode service is updated with a warning about ALB HTTPS health checks', async () => {
    addBridgedService(emulator, fleet, [
      { name: 'http', containerPort: 8080 },
      { name: 'grpc', containerPort: 9090 }
    ])
    const run = await apply({ service: 'bridged, api' })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(annotation('warning', 'network-mode'))
    expect(run.stdout).toMatch(/HTTPS health checks/)
    expect(emulator.callCount('UpdateService')).toBe(2)
    expect(servicesOf(run).map((service) => service.status)).toEqual(['updated', 'updated'])
    expect(run.summary).not.toContain('Nothing was written')
  })
})

describe('verify that checked nothing', () => {
  test("service '*' on a cluster where no service uses Service Connect warns, and the PR comment says so", async () => {
    emulator.addCluster('plain')
    emulator.addService({ cluster: 'plain', name: 'legacy' })
    const github = await startGitHubStub()
    try {
      const run = await runAction({
        inputs: { cluster: 'plain', service: '*', mode: 'verify', 'github-token': 'ghs_test' },
        env: { ...emulator.env(), ...github.pullRequestEnv(5) }
      })

      expect(run.code).toBe(0)
      expect(run.outputs['checked-services']).toBe('0')
      expect(run.stdout).toMatch(annotation('warning', 'checked-nothing'))
      expect(run.stdout).toMatch(/none of the 1 service\(s\) in cluster "plain"/)
      expect(github.comments[0]?.body).toContain('Nothing was checked')
    } finally {
      await github.close()
    }
  })

  test('a verify that checked services counts them and does not warn', async () => {
    const run = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: '*',
        mode: 'verify',
        'fail-on-noncompliant': 'false'
      },
      env: emulator.env()
    })

    expect(run.outputs['checked-services']).toBe('2')
    expect(run.stdout).not.toMatch(annotation('warning', 'checked-nothing'))
  })
})

describe('preflight that matches AWS', () => {
  test('a KMS key the role may not use (the default key policy only) is an error naming the actions', async () => {
    const key = emulator.addKmsKey()
    const run = await apply({ 'kms-key': key })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'role-kms-denied'))
    expect(run.stdout).toMatch(
      /may not kms:Encrypt, kms:Decrypt, kms:GenerateDataKey, kms:GenerateDataKeyPair/
    )
    expect(emulator.callCount('GetKeyPolicy')).toBe(1)
    expect(emulator.callCount('SimulatePrincipalPolicy')).toBeGreaterThanOrEqual(1)
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('a KMS key in another Region than the cluster is an error', async () => {
    const key = emulator.addKmsKey({ region: 'us-west-2', policy: keyPolicyFor(fleet.roleArn) })
    const run = await apply({ 'kms-key': key })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'kms-key-other-region'))
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('a role without the managed policy may not issue from the CA: an error', async () => {
    const role = emulator.addRole({ name: 'bare', attachedPolicyArns: [] })
    const key = emulator.addKmsKey({ policy: keyPolicyFor(role) })
    const run = await apply({ 'role-arn': role, 'kms-key': key })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'role-ca-denied'))
    expect(run.stdout).toMatch(/may not acm-pca:IssueCertificate/)
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('a caller without acm-pca:ListTags gets a "not checked" warning and the apply goes ahead', async () => {
    emulator.denyAccess('acm-pca', 'ListTags')
    const run = await apply({ service: 'api' })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(annotation('warning', 'check-skipped'))
    expect(run.stdout).toMatch(/acm-pca:ListTags/)
    expect(emulator.callCount('UpdateService')).toBe(1)
  })

  test('readers denied GetKeyPolicy and SimulatePrincipalPolicy: warnings, and the apply goes ahead', async () => {
    emulator.denyAccess('kms', 'GetKeyPolicy')
    emulator.denyAccess('iam', 'SimulatePrincipalPolicy')
    const run = await apply({ service: 'api' })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/kms:GetKeyPolicy/)
    expect(run.stdout).toMatch(/iam:SimulatePrincipalPolicy/)
    expect(emulator.callCount('UpdateService')).toBe(1)
  })

  test('a caller that may not read the CA at all: "not checked", no CA outputs, and the apply goes ahead', async () => {
    emulator.denyAccess('acm-pca')
    const run = await apply({ service: 'api' })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /acm-pca:DescribeCertificateAuthority and acm-pca:GetCertificateAuthorityCertificate/
    )
    expect(run.outputs['ca-arn']).toBeUndefined()
    expect(emulator.callCount('UpdateService')).toBe(1)
  })

  test('the AmazonECSManaged tag key in lower case counts, as in IAM', async () => {
    const ca = await emulator.addCertificateAuthority({ tags: { amazonecsmanaged: 'true' } })
    const run = await apply({ service: 'api', 'ca-arn': ca.arn })

    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(annotation('error', 'ca-not-tagged'))
    expect(emulator.callCount('UpdateService')).toBe(1)
  })

  test('an ML-DSA CA is an error', async () => {
    const ca = await emulator.addCertificateAuthority({ keyAlgorithm: 'ML_DSA_65' })
    const run = await apply({ service: 'api', 'ca-arn': ca.arn })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'ca-key-algorithm'))
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('moving a TLS port to another CA warns to keep the old CA ACTIVE; different roots in a namespace warn', async () => {
    const old = await emulator.addCertificateAuthority({ commonName: 'Old root' })
    const tls = { caArn: old.arn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
    emulator.addService({
      cluster: fleet.cluster,
      name: 'moving',
      serviceConnectConfiguration: configurationWithTls('moving', { http: tls, grpc: tls })
    })
    const run = await apply({ service: 'moving', 'port-names': 'http' })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(annotation('warning', 'ca-change'))
    expect(run.stdout).toContain(`keep the old CA ${old.arn} ACTIVE`)
    expect(run.stdout).toMatch(annotation('warning', 'ca-roots-differ'))
    expect(run.stdout).toMatch(new RegExp(`moving \\(${old.arn}\\)`))
    expect(emulator.callCount('UpdateService')).toBe(1)
  })
})

describe('the KMS key choice is explicit', () => {
  const seedWithKey = (name: string): void => {
    const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
    emulator.addService({
      cluster: fleet.cluster,
      name,
      serviceConnectConfiguration: configurationWithTls(name, { http: tls })
    })
  }

  test('an empty kms-key keeps the customer key a port already has', async () => {
    seedWithKey('keyed')
    const other = await emulator.addCertificateAuthority({ commonName: 'Next CA' })
    const run = await apply({ service: 'keyed', 'kms-key': '', 'ca-arn': other.arn })

    expect(run.code).toBe(0)
    expect(run.outputs['kms-key']).toBe('')
    expect(tlsOf('keyed').map((tls) => tls?.kmsKey)).toEqual([fleet.kmsKey, undefined])
  })

  test('kms-key: aws-owned drops it on purpose; verify with aws-owned then passes', async () => {
    seedWithKey('owned')
    const run = await apply({ service: 'owned', 'kms-key': 'aws-owned' })

    expect(run.code).toBe(0)
    expect(run.outputs['kms-key']).toBe('aws-owned')
    expect(tlsOf('owned').map((tls) => tls?.kmsKey)).toEqual([undefined, undefined])
    const verify = await runAction({
      inputs: { cluster: fleet.cluster, service: 'owned', mode: 'verify', 'kms-key': 'aws-owned' },
      env: emulator.env()
    })
    expect(verify.outputs.compliant).toBe('true')
  })

  test('verify with aws-owned flags a customer key; with an empty kms-key the key is not checked', async () => {
    seedWithKey('keyed')
    const strict = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'keyed',
        mode: 'verify',
        'kms-key': 'aws-owned',
        'port-names': 'http'
      },
      env: emulator.env()
    })
    expect(strict.outputs.compliant).toBe('false')
    expect(strict.stdout).toMatch(annotation('error', 'kms-key-mismatch'))
    const lax = await runAction({
      inputs: { cluster: fleet.cluster, service: 'keyed', mode: 'verify', 'port-names': 'http' },
      env: emulator.env()
    })
    expect(lax.outputs.compliant).toBe('true')
  })
})

describe('clear errors for the common mistakes', () => {
  test('an unknown cluster names the cluster and the Region', async () => {
    const run = await apply({ cluster: 'prdo' })

    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Cluster "prdo" was not found in Region us-east-1')
  })

  test('AccessDenied names the call, the resource, the permission and the policy file', async () => {
    emulator.denyAccess('ecs', 'DescribeServices')
    const run = await apply()

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /DescribeServices on cluster demo needs ecs:DescribeServices: grant it to the caller \(policies\/read-only\.json, policies\/apply\.json and policies\/discover\.json grant it\)/
    )
  })

  test('cluster with service-definition, and an input action.yml does not declare, are warnings', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sc-tls-warn-'))
    folders.push(folder)
    const path = join(folder, 'orders.json')
    writeFileSync(
      path,
      JSON.stringify({
        serviceName: 'orders',
        serviceConnectConfiguration: richConfiguration('orders')
      })
    )
    const run = await runAction({
      inputs: {
        'service-definition': path,
        cluster: 'demo',
        'ca-arn': fleet.caArn,
        'role-arn': fleet.roleArn,
        kms_key: fleet.kmsKey
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning title=Inputs::Input "cluster" is ignored/)
    expect(run.stdout).toMatch(
      /::warning title=Inputs::Ignoring INPUT_KMS_KEY: action.yml declares no such input/
    )
  })
})
