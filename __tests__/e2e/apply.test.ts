/**
 * End to end: the bundled action, run as the runner runs it, against the project's emulator.
 */
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { applyInputs, type Fleet, richConfiguration, seedFleet } from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'

let emulator: Emulator
let fleet: Fleet

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  fleet = await seedFleet(emulator, { withoutServiceConnect: ['legacy'] })
})
afterEach(async () => {
  await emulator.close()
})

interface ServiceOutput {
  service: string
  status: string
  deploymentId?: string
  error?: string
  ports: { portName: string; tls: { caArn: string; kmsKey?: string; roleArn?: string } | null }[]
}

const servicesOf = (outputs: Record<string, string>): ServiceOutput[] =>
  JSON.parse(outputs.services ?? '[]') as ServiceOutput[]

function primaryConfig(name: string): unknown {
  const service = emulator.service(fleet.cluster, name)
  return service.deployments.find((deployment) => deployment.status === 'PRIMARY')
    ?.serviceConnectConfiguration
}

describe('apply', () => {
  test('merges TLS into every entry, keeps every other field and waits for the rollout', async () => {
    const run = await runAction({ inputs: applyInputs(fleet), env: emulator.env() })

    expect(run.code).toBe(0)
    const expectedTls = {
      issuerCertificateAuthority: { awsPcaAuthorityArn: fleet.caArn },
      kmsKey: fleet.kmsKey,
      roleArn: fleet.roleArn
    }
    for (const name of fleet.services) {
      const before = richConfiguration(name)
      expect(primaryConfig(name)).toEqual({
        ...before,
        services: before.services?.map((entry) => ({ ...entry, tls: expectedTls }))
      })
    }
    const updates = emulator.calls.filter((call) => call.operation === 'UpdateService')
    expect(updates).toHaveLength(2)
    for (const update of updates)
      expect(Object.keys(update.input as object).sort()).toEqual([
        'cluster',
        'service',
        'serviceConnectConfiguration'
      ])

    expect(run.outputs.changed).toBe('true')
    const services = servicesOf(run.outputs)
    expect(services.map((service) => [service.service, service.status])).toEqual([
      ['api', 'updated'],
      ['web', 'updated']
    ])
    const deploymentIds = JSON.parse(run.outputs['deployment-ids'] ?? '[]') as string[]
    expect(deploymentIds).toEqual(services.map((service) => service.deploymentId))
    for (const [index, name] of fleet.services.entries()) {
      expect(emulator.service(fleet.cluster, name).currentServiceDeployment).toBe(
        deploymentIds[index]
      )
      // "After" is the revision ECS runs at the end, read back from it.
      expect((services[index] as ServiceOutput & { revision?: string }).revision).toBe(
        emulator.revisionInForce(fleet.cluster, name).arn
      )
    }
    expect(services[0]?.ports).toEqual([
      {
        portName: 'http',
        tls: { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn },
        changed: true
      },
      {
        portName: 'grpc',
        tls: { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn },
        changed: true
      }
    ])
    expect(run.summary).toContain(
      '| Service | Port | TLS before | TLS after | Deployment | Result |'
    )
    expect(run.summary).toContain('✅ updated')
    expect(run.summary.split('\n')[0]).toBe(
      '## ECS Service Connect TLS ✅ apply: 2 of 2 services updated'
    )
    expect(run.stdout).toContain('::group::api: updated')
    // The lists a later step needs, and the report as a file with the summary's text.
    expect(JSON.parse(run.outputs['updated-services'] ?? '')).toEqual(['api', 'web'])
    expect(run.outputs['failed-services']).toBe('[]')
    const report = run.outputs['report-file'] ?? ''
    expect(report.startsWith(run.runnerTemp)).toBe(true)
    expect(readFileSync(report, 'utf8')).toBe(run.summary)
  })

  test('wait-for-service-stability: false reports the started deployments without waiting', async () => {
    const run = await runAction({
      inputs: applyInputs(fleet, { 'wait-for-service-stability': 'false' }),
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    const services = servicesOf(run.outputs) as (ServiceOutput & { rollout?: string })[]
    expect(services.map((service) => [service.status, service.rollout])).toEqual([
      ['updated', 'not-waited'],
      ['updated', 'not-waited']
    ])
    const beforeFirstUpdate = emulator.calls.findIndex((call) => call.operation === 'UpdateService')
    const polls = emulator.calls
      .slice(beforeFirstUpdate)
      .filter((call) => call.operation === 'DescribeServices')
    expect(polls).toEqual([])
  })

  test('a bad boolean fails naming the input, before any AWS call', async () => {
    const run = await runAction({
      inputs: applyInputs(fleet, { 'wait-for-service-stability': 'yes' }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Input "wait-for-service-stability": expected a YAML boolean'
    )
    expect(emulator.calls).toHaveLength(0)
  })

  test('a CA that does not exist stops apply before any write', async () => {
    const missing = fleet.caArn.replace(/[0-9a-f]{8}-/, '00000000-')

    const run = await runAction({
      inputs: applyInputs(fleet, { 'ca-arn': missing }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Could not read the certificate authority .*ResourceNotFoundException.*Nothing was changed/
    )
    expect(emulator.mutatingCalls()).toEqual([])
  })

  test('a refused update says so and leaves the previous configuration in place', async () => {
    emulator.denyAccess('ecs', 'UpdateService')

    const run = await runAction({
      inputs: applyInputs(fleet, { service: 'api' }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    const [api] = servicesOf(run.outputs)
    expect(api?.status).toBe('failed')
    expect(api?.error).toMatch(
      /^UpdateService failed: AccessDeniedException: .*keeps its previous Service Connect configuration/
    )
    expect(api?.ports.map((port) => port.tls)).toEqual([null, null])
    expect(primaryConfig('api')).toEqual(richConfiguration('api'))
  })

  describe('without AWS_REGION', () => {
    const regionless = (): Record<string, string> => {
      const env: Record<string, string> = {
        ...emulator.env(),
        AWS_CONFIG_FILE: '/nonexistent/config'
      }
      delete env.AWS_REGION
      return env
    }

    test('a cluster ARN is enough: every client, IAM included, finds its Region', async () => {
      const clusterArn = `arn:aws:ecs:us-east-1:111122223333:cluster/${fleet.cluster}`
      const run = await runAction({
        inputs: applyInputs(fleet, { cluster: clusterArn, service: 'api' }),
        env: regionless()
      })

      expect(run.code).toBe(0)
      expect(emulator.callCount('GetRole')).toBe(1)
      expect(run.stdout).not.toContain('read-failed')
    })

    test('a cluster name without a Region says how to set one', async () => {
      const run = await runAction({
        inputs: applyInputs(fleet, { service: 'api' }),
        env: regionless()
      })

      expect(run.code).toBe(1)
      expect(run.stdout).toContain('::error::No AWS Region is configured. Set AWS_REGION')
      expect(emulator.mutatingCalls()).toEqual([])
    })
  })

  test('a second run changes nothing and starts no deployment', async () => {
    const first = await runAction({ inputs: applyInputs(fleet), env: emulator.env() })
    expect(first.code).toBe(0)
    emulator.resetCalls()

    const second = await runAction({ inputs: applyInputs(fleet), env: emulator.env() })

    expect(second.code).toBe(0)
    expect(emulator.callCount('UpdateService')).toBe(0)
    expect(second.outputs.changed).toBe('false')
    expect(second.outputs['deployment-ids']).toBe('[]')
    expect(servicesOf(second.outputs).map((service) => service.status)).toEqual([
      'unchanged',
      'unchanged'
    ])
  })

  test('without kms-key no kmsKey is sent, and port-names limits the entries', async () => {
    const inputs = applyInputs(fleet, { 'kms-key': '', 'port-names': 'grpc', service: 'api' })
    const run = await runAction({ inputs, env: emulator.env() })

    expect(run.code).toBe(0)
    const config = primaryConfig('api') as { services: { portName: string; tls?: unknown }[] }
    expect(config.services.map((entry) => [entry.portName, entry.tls])).toEqual([
      ['http', undefined],
      [
        'grpc',
        { issuerCertificateAuthority: { awsPcaAuthorityArn: fleet.caArn }, roleArn: fleet.roleArn }
      ]
    ])
  })

  test('all or nothing: a service without Service Connect blocks the others, and the summary names it', async () => {
    const run = await runAction({
      inputs: applyInputs(fleet, { service: 'legacy, api' }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    const services = servicesOf(run.outputs)
    expect(services.map((service) => [service.service, service.status])).toEqual([
      ['legacy', 'failed'],
      ['api', 'failed']
    ])
    expect(services[0]?.error).toMatch(/does not use Service Connect.*turn Service Connect on/)
    expect(services[1]?.error).toMatch(/^not updated: .* and legacy did/)
    expect(emulator.callCount('UpdateService')).toBe(0)
    expect(run.summary).toMatch(/Nothing was written: .*Blocked by: \*\*legacy\*\*/)
    expect(run.stdout).toMatch(/::error::Updated no service: all or nothing, and legacy \(/)
  })

  test('an unknown port name is an error before anything is written', async () => {
    const run = await runAction({
      inputs: applyInputs(fleet, { 'port-names': 'http, admin' }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(emulator.mutatingCalls()).toHaveLength(0)
    expect(servicesOf(run.outputs)[0]?.error).toContain('"admin"')
  })

  test('a circuit-breaker rollback fails at the next poll and quotes the service events', async () => {
    emulator.failNextRollout(
      fleet.cluster,
      'api',
      'ECS deployment circuit breaker: tasks failed to start.'
    )

    const run = await runAction({
      inputs: applyInputs(fleet, { service: 'api', 'wait-for-minutes': '30' }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    const [api] = servicesOf(run.outputs) as (ServiceOutput & { rollout?: string })[]
    expect(api?.status).toBe('failed')
    expect(api?.rollout).toBe('rolled-back')
    expect(api?.ports.map((port) => port.tls)).toEqual([null, null])
    expect(api?.error).toMatch(
      /failed and ECS rolled it back: ECS deployment circuit breaker: tasks failed to start/
    )
    expect((api as ServiceOutput & { revision?: string }).revision).toBe(
      emulator.revisionInForce(fleet.cluster, 'api').arn
    )
    expect(run.stdout).toMatch(/event: .*rolling back/i)
    // Fast: a handful of poll rounds, not a wait until the 30-minute limit.
    expect(emulator.callCount('DescribeServices')).toBeLessThan(10)
    expect(primaryConfig('api')).toEqual(richConfiguration('api'))
  })

  test('a malformed ca-arn fails naming the input, before any AWS call', async () => {
    const run = await runAction({
      inputs: applyInputs(fleet, {
        'ca-arn': 'arn:aws:acm:us-east-1:111122223333:certificate/abc'
      }),
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input "ca-arn": expected an ARN like arn:aws:acm-pca:/)
    expect(emulator.calls).toHaveLength(0)
  })

  test('the CA outputs describe the certificate ACM-PCA returned', async () => {
    const run = await runAction({
      inputs: applyInputs(fleet, { service: 'api' }),
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    const pem = run.outputs['ca-certificate'] ?? ''
    const certificate = new X509Certificate(pem)
    expect(pem.trim()).toBe(fleet.caCertificatePem.trim())
    expect(run.outputs['ca-arn']).toBe(fleet.caArn)
    expect(run.outputs['ca-subject']).toContain('CN=Demo Service Connect CA')
    expect(run.outputs['ca-serial-number']).toBe(certificate.serialNumber)
    expect(run.outputs['ca-fingerprint-sha256']).toBe(certificate.fingerprint256)
    expect(run.outputs['ca-not-before']).toBe(new Date(certificate.validFrom).toISOString())
    expect(run.outputs['ca-not-after']).toBe(new Date(certificate.validTo).toISOString())
    expect(run.outputs['ca-status']).toBe('ACTIVE')
    expect(run.outputs['ca-type']).toBe('ROOT')
    expect(run.outputs['ca-certificate-chain']).toBe('')
    const file = run.outputs['ca-certificate-file'] ?? ''
    expect(file.startsWith(run.runnerTemp)).toBe(true)
    expect(readFileSync(file, 'utf8').trim()).toBe(pem.trim())
    expect(run.outputs['kms-key']).toBe(fleet.kmsKey)
    expect(run.outputs['role-arn']).toBe(fleet.roleArn)
  })
})
