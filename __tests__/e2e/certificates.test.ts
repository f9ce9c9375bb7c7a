/**
 * End to end: the certificate checks, through the bundled action, against the emulator whose
 * ECS issues (or fails to issue) the certificate secrets and whose clock the tests move.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { DAY_MS, type Emulator, startEmulator } from '../emulator/index.js'
import { applyInputs, configurationWithTls, type Fleet, seedFleet } from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'

let emulator: Emulator
let fleet: Fleet

interface CertificateOutput {
  service: string
  serviceArn: string
  status: string
  deploymentCompletedAt: string | null
  secrets: {
    name: string
    created: string | null
    lastRotated: string | null
    nextRotation: string | null
    rotationEnabled: boolean
    replicaRegions: string[]
  }[]
  findings?: { severity: string; code: string; message: string }[]
}

interface Report {
  compliant: boolean
  findings: { severity: string; code: string; message: string }[]
  services: {
    service: string
    compliant: boolean
    findings: { severity: string; code: string }[]
  }[]
}

const certificatesOf = (outputs: Record<string, string>): CertificateOutput[] =>
  JSON.parse(outputs.certificates ?? 'null') as CertificateOutput[]
const reportOf = (outputs: Record<string, string>): Report =>
  JSON.parse(outputs.report ?? 'null') as Report

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  // 'api' has no TLS yet (for apply); the verify tests seed their own services with TLS.
  fleet = await seedFleet(emulator, { services: ['api'] })
})
afterEach(async () => {
  await emulator.close()
})

/** A service that already runs TLS with the fleet's CA, as a previous apply leaves it. */
function seedTlsService(name: string, options: { certificateIssue?: 'fail' } = {}): string {
  const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
  return emulator.addService({
    cluster: fleet.cluster,
    name,
    serviceConnectConfiguration: configurationWithTls(name, { http: tls, grpc: tls }),
    ...options
  })
}

function verify(service: string, extra: Record<string, string> = {}) {
  return runAction({
    inputs: { cluster: fleet.cluster, service, mode: 'verify', 'ca-arn': fleet.caArn, ...extra },
    env: emulator.env()
  })
}

const secretsCalls = (): string[] =>
  emulator.calls.filter((call) => call.service === 'secretsmanager').map((call) => call.operation)

describe('verify', () => {
  test('issued and fresh: compliant, the certificates output names the secret, the summary shows it', async () => {
    const serviceArn = seedTlsService('payments')
    emulator.passTime(2 * DAY_MS)
    const [secret] = emulator.certificateSecrets(fleet.cluster, 'payments')

    const run = await verify('payments')

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(certificatesOf(run.outputs)).toEqual([
      {
        service: 'payments',
        serviceArn,
        status: 'issued',
        deploymentCompletedAt: expect.any(String) as unknown,
        secrets: [
          {
            name: secret?.name,
            arn: secret?.arn,
            created: new Date(secret?.createdAt ?? 0).toISOString(),
            lastRotated: null,
            nextRotation: new Date(secret?.nextRotationAt ?? 0).toISOString(),
            rotationEnabled: true,
            replicaRegions: []
          }
        ]
      }
    ])
    expect(run.summary).toContain('| Service | Port | TLS | Result | Certificate |')
    expect(run.summary).toMatch(/\| payments \| http \| .* \| ✅ compliant \| ✅ issued \(created /)
    // Metadata only: one ListSecrets, one DescribeSecret, never a secret value, nothing written.
    expect(secretsCalls()).toEqual(['ListSecrets', 'DescribeSecret'])
    expect(emulator.mutatingCalls()).toEqual([])
  })

  test('missing: a notice within the grace period, an error after it', async () => {
    seedTlsService('payments', { certificateIssue: 'fail' })

    const early = await verify('payments')
    expect(early.code).toBe(0)
    expect(certificatesOf(early.outputs)[0]?.status).toBe('pending')
    expect(early.stdout).toMatch(/::notice title=Service Connect TLS \(certificate-pending\)::/)

    emulator.passTime(16 * 60_000)
    const late = await verify('payments')
    expect(late.code).toBe(1)
    expect(late.outputs.compliant).toBe('false')
    expect(certificatesOf(late.outputs)[0]?.status).toBe('missing')
    const [service] = reportOf(late.outputs).services
    expect(service?.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'certificate-missing' })
    ])
    expect(late.stdout).toContain('::error title=Service Connect TLS (certificate-missing)::')
    expect(late.summary).toContain('❌ missing')

    // The grace period is an input: a longer one turns the error back into a notice.
    const patient = await verify('payments', { 'certificate-grace-minutes': '60' })
    expect(patient.code).toBe(0)
  })

  test('stale: rotation stopped working; overdue after 5 days is a warning, past 7 an error', async () => {
    seedTlsService('payments')
    emulator.breakCertificateRotation(fleet.cluster, 'payments')
    emulator.passTime(6 * DAY_MS)

    const overdue = await verify('payments')
    expect(overdue.code).toBe(0)
    expect(certificatesOf(overdue.outputs)[0]?.status).toBe('rotation-overdue')
    expect(overdue.stdout).toContain(
      '::warning title=Service Connect TLS (certificate-rotation-overdue)::'
    )

    emulator.passTime(2 * DAY_MS)
    const stale = await verify('payments')
    expect(stale.code).toBe(1)
    const [certificate] = certificatesOf(stale.outputs)
    expect(certificate?.status).toBe('stale')
    expect(certificate?.secrets[0]?.lastRotated).toBeNull()
    expect(Date.parse(certificate?.secrets[0]?.nextRotation ?? '')).toBeLessThan(Date.now())
    expect(stale.stdout).toContain('::error title=Service Connect TLS (certificate-stale)::')
  })

  test('rotating normally for weeks stays fresh', async () => {
    seedTlsService('payments')
    emulator.passTime(23 * DAY_MS)
    const run = await verify('payments')
    expect(run.code).toBe(0)
    const [certificate] = certificatesOf(run.outputs)
    expect(certificate?.status).toBe('issued')
    expect(certificate?.secrets[0]?.lastRotated).not.toBeNull()
  })

  test('replicated: a warning naming the Region, still compliant', async () => {
    seedTlsService('payments')
    emulator.replicateCertificate(fleet.cluster, 'payments', 'eu-west-1')

    const run = await verify('payments')

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    const [certificate] = certificatesOf(run.outputs)
    expect(certificate?.status).toBe('replicated')
    expect(certificate?.secrets[0]?.replicaRegions).toEqual(['eu-west-1'])
    expect(run.stdout).toContain('::warning title=Service Connect TLS (certificate-replicated)::')
    expect(run.summary).toContain('⚠️ replicated')
  })

  test('no permission: a "not checked" warning naming the permission; the rest of verify stands', async () => {
    seedTlsService('payments', { certificateIssue: 'fail' })
    emulator.passTime(60 * 60_000)
    emulator.denyAccess('secretsmanager', 'ListSecrets')

    const run = await verify('payments')

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(certificatesOf(run.outputs)).toEqual([])
    const skipped = reportOf(run.outputs).findings.filter((f) => f.code.startsWith('certificate'))
    expect(skipped).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'certificates-not-checked' })
    ])
    expect(skipped[0]?.message).toContain('secretsmanager:ListSecrets')
    expect(run.stdout).toMatch(
      /::warning title=Service Connect TLS \(certificates-not-checked\)::.*secretsmanager:ListSecrets/
    )
  })

  test('check-certificates: false makes no Secrets Manager call', async () => {
    seedTlsService('payments', { certificateIssue: 'fail' })
    emulator.passTime(60 * 60_000)
    const run = await verify('payments', { 'check-certificates': 'false' })
    expect(run.code).toBe(0)
    expect(run.outputs.certificates).toBe('[]')
    expect(run.summary).not.toContain('Certificate |')
    expect(secretsCalls()).toEqual([])
  })
})

describe('apply', () => {
  test('after the TLS deployment completes, the issued certificate is reported', async () => {
    const run = await runAction({ inputs: applyInputs(fleet), env: emulator.env() })

    expect(run.code).toBe(0)
    const [certificate] = certificatesOf(run.outputs)
    expect(certificate).toMatchObject({ service: 'api', status: 'issued' })
    expect(certificate?.secrets.map((secret) => secret.name)).toEqual(
      emulator.certificateSecrets(fleet.cluster, 'api').map((secret) => secret.name)
    )
    expect(run.summary).toContain('| Deployment | Result | Certificate |')
    expect(run.summary).toContain('✅ issued')
  })

  test.each([
    [
      'past the grace period: a warning by default',
      { 'certificate-grace-minutes': '0' },
      'missing',
      '::warning title=Service Connect TLS (certificate-missing)::'
    ],
    [
      'within the grace period: only a notice, even under strict',
      { 'check-certificates': 'strict' },
      'pending',
      '::notice title=Service Connect TLS (certificate-pending)::'
    ]
  ])('not issued, %s', async (_, extra, status, annotation) => {
    emulator.failCertificateIssue(fleet.cluster, 'api')
    const run = await runAction({ inputs: applyInputs(fleet, extra), env: emulator.env() })
    expect(run.code).toBe(0)
    expect(certificatesOf(run.outputs)[0]?.status).toBe(status)
    expect(run.stdout).toContain(annotation)
  })

  test('not issued past the grace period under strict: a failed step', async () => {
    // Strict fails the step when a deployment issues no certificate.
    emulator.addService({
      cluster: fleet.cluster,
      name: 'web',
      serviceConnectConfiguration: configurationWithTls('web', {})
    })
    emulator.failCertificateIssue(fleet.cluster, 'web')
    const strict = await runAction({
      inputs: applyInputs(
        { ...fleet, services: ['web'] },
        { 'certificate-grace-minutes': '0', 'check-certificates': 'strict' }
      ),
      env: emulator.env()
    })
    expect(strict.code).toBe(1)
    expect(JSON.parse(strict.outputs.services ?? '[]')).toEqual([
      expect.objectContaining({ service: 'web', status: 'updated', rollout: 'completed' })
    ])
    expect(strict.stdout).toContain('::error title=Service Connect TLS (certificate-missing)::')
    expect(strict.stdout).toContain(
      '::error::TLS certificates are not proven issued and rotating (check-certificates: strict): web'
    )
  })
})
