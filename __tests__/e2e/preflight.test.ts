/**
 * End to end: preflight catches configuration that would fail a TLS rollout, before any write.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import {
  addBridgedService,
  applyInputs,
  type Fleet,
  richConfiguration,
  seedFleet
} from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'

let emulator: Emulator
let fleet: Fleet

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  fleet = await seedFleet(emulator, { services: ['api'] })
})
afterEach(async () => {
  await emulator.close()
})

async function applyWith(
  extra: Record<string, string>
): Promise<Awaited<ReturnType<typeof runAction>>> {
  return runAction({ inputs: applyInputs(fleet, extra), env: emulator.env() })
}

const annotation = (kind: 'error' | 'warning' | 'notice', code: string): RegExp =>
  new RegExp(`::${kind} title=Service Connect TLS \\(${code}\\)::`)

describe('preflight errors stop the apply before any write', () => {
  test.each([
    ['a disabled CA', { status: 'DISABLED' as const }, 'ca-not-active'],
    ['a CA expiring in 3 days', { validityDays: 3 }, 'ca-expiring'],
    ['a CA without the AmazonECSManaged tag', { tags: {} }, 'ca-not-tagged']
  ])('%s', async (_, seed, code) => {
    const ca = await emulator.addCertificateAuthority(seed)

    const run = await applyWith({ 'ca-arn': ca.arn })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', code))
    expect(emulator.callCount('UpdateService')).toBe(0)
    expect(JSON.parse(run.outputs.services ?? '[]')).toEqual([
      expect.objectContaining({
        service: 'api',
        status: 'failed',
        error: expect.stringContaining(code) as unknown
      })
    ])
  })

  test('an asymmetric KMS key', async () => {
    const key = emulator.addKmsKey({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' })

    const run = await applyWith({ 'kms-key': key })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'kms-key-not-symmetric'))
    expect(run.stdout).toMatch(annotation('error', 'kms-key-wrong-usage'))
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('a role that ECS may not assume', async () => {
    const role = emulator.addRole({ name: 'not-for-ecs', trustedServices: ['ec2.amazonaws.com'] })

    const run = await applyWith({ 'role-arn': role })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'role-not-trusted'))
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('a port name the task definition does not map (bridge mode is only a warning)', async () => {
    addBridgedService(emulator, fleet, [
      { name: 'http', containerPort: 8080 },
      { containerPort: 9090 }
    ])

    const run = await applyWith({ service: 'bridged' })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('warning', 'network-mode'))
    expect(run.stdout).toMatch(annotation('error', 'port-not-in-task-definition'))
    expect(emulator.callCount('UpdateService')).toBe(0)
  })

  test('the CODE_DEPLOY deployment controller', async () => {
    emulator.addService({
      cluster: fleet.cluster,
      name: 'blue-green',
      deploymentController: 'CODE_DEPLOY',
      serviceConnectConfiguration: richConfiguration('blue-green')
    })

    const run = await applyWith({ service: 'blue-green' })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(annotation('error', 'deployment-controller'))
    expect(emulator.callCount('UpdateService')).toBe(0)
  })
})

describe('preflight warnings and notices let the apply go ahead', () => {
  test('a CA valid for 20 more days warns; general-purpose mode is a notice', async () => {
    const ca = await emulator.addCertificateAuthority({
      validityDays: 20,
      usageMode: 'GENERAL_PURPOSE'
    })

    const run = await applyWith({ 'ca-arn': ca.arn })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(annotation('warning', 'ca-expiring-soon'))
    expect(run.stdout).toMatch(annotation('notice', 'ca-general-purpose'))
    expect(emulator.callCount('UpdateService')).toBe(1)
    expect(run.summary).toContain('⚠️')
  })

  test('IAM access denied skips the role check with a warning, and the apply proceeds', async () => {
    emulator.denyAccess('iam')

    const run = await applyWith({})

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(annotation('warning', 'check-skipped'))
    expect(run.stdout).toMatch(/iam:GetRole/)
    expect(emulator.callCount('UpdateService')).toBe(1)
  })

  test('a CA in another account warns', async () => {
    const ca = await emulator.addCertificateAuthority({ accountId: '999988887777' })

    const run = await applyWith({ 'ca-arn': ca.arn })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(annotation('warning', 'ca-other-account'))
  })
})

describe('verify reports preflight problems as findings', () => {
  test('a disabled CA makes verify noncompliant', async () => {
    const ca = await emulator.addCertificateAuthority({ status: 'DISABLED' })

    const run = await runAction({
      inputs: { cluster: fleet.cluster, service: 'api', mode: 'verify', 'ca-arn': ca.arn },
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.outputs.compliant).toBe('false')
    const report = JSON.parse(run.outputs.report ?? '{}') as { findings: { code: string }[] }
    expect(report.findings.map((finding) => finding.code)).toContain('ca-not-active')
  })
})
