/** Pure certificate checks: issued, pending within the grace period, stale, replicated. */
import { describe, expect, test } from '@jest/globals'
import type { Service } from '@aws-sdk/client-ecs'
import {
  checkCertificates,
  demoteErrors,
  hasCertificateErrors,
  withCertificates
} from '../../src/checks/certificates.js'
import { tlsDeploymentOf } from '../../src/read/certificates.js'
import type { CertificateSecret } from '../../src/model/certificates.js'
import type { ServiceOutcome } from '../../src/model/outcome.js'

const NOW = new Date('2026-11-29T12:00:00Z')
const DAY = 86_400_000
const ARN = 'arn:aws:ecs:us-east-1:111122223333:service/prod/api'
const ago = (ms: number): Date => new Date(NOW.getTime() - ms)
const rules = { now: NOW, graceMinutes: 15 }

function secret(extra: Partial<CertificateSecret> = {}): CertificateSecret {
  return {
    name: 'ecs-sc!abc',
    arn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:ecs-sc!abc-XyZ123',
    createdAt: ago(2 * DAY),
    nextRotationAt: new Date(NOW.getTime() + 3 * DAY),
    rotationEnabled: true,
    replicaRegions: [],
    ...extra
  }
}

const deployed = (completedAt?: Date) => ({
  name: 'api',
  serviceArn: ARN,
  ...(completedAt ? { completedAt } : {})
})

describe('checkCertificates', () => {
  test('a fresh, rotating, unreplicated secret: issued, no findings', () => {
    const report = checkCertificates(deployed(ago(3 * DAY)), [secret()], rules)
    expect(report.status).toBe('issued')
    expect(report.findings).toEqual([])
    expect(report.deploymentCompletedAt).toBe(ago(3 * DAY).toISOString())
  })

  test('no secret within the grace period: a notice; after it: an error naming the tag', () => {
    const early = checkCertificates(deployed(ago(14 * 60_000)), [], rules)
    expect(early.status).toBe('pending')
    expect(early.findings).toEqual([
      expect.objectContaining({ severity: 'notice', code: 'certificate-pending', service: 'api' })
    ])
    const late = checkCertificates(deployed(ago(16 * 60_000)), [], rules)
    expect(late.status).toBe('missing')
    expect(late.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'certificate-missing',
        expected: `a secret named ecs-sc!… tagged AmazonECSCreated=${ARN}`,
        found: 'none'
      })
    ])
    expect(late.findings[0]?.message).toContain('16 minute(s)')
  })

  test('the grace period is the input: 0 makes any missing secret an error', () => {
    const report = checkCertificates(deployed(ago(60_000)), [], { ...rules, graceMinutes: 0 })
    expect(report.status).toBe('missing')
  })

  test('a deployment still in progress with no secret is not judged', () => {
    const report = checkCertificates(deployed(), [], rules)
    expect(report.status).toBe('deploying')
    expect(report.findings).toEqual([])
  })

  test.each([
    // [days since last renewal, rotated?, status, severity]
    [4.9, true, 'issued', undefined],
    [5.1, true, 'rotation-overdue', 'warning'],
    [7.1, true, 'stale', 'error'],
    [5.1, false, 'rotation-overdue', 'warning'],
    [8, false, 'stale', 'error']
  ] as const)('renewed %s days ago (rotated: %s): %s', (days, rotated, status, severity) => {
    const renewed = ago(days * DAY)
    const input = rotated
      ? secret({ createdAt: ago(30 * DAY), lastRotatedAt: renewed })
      : secret({ createdAt: renewed })
    const report = checkCertificates(deployed(ago(30 * DAY)), [input], rules)
    expect(report.status).toBe(status)
    expect(report.findings.map((f) => f.severity)).toEqual(severity ? [severity] : [])
    if (severity)
      expect(report.findings[0]?.found).toContain(rotated ? 'last rotated' : 'never rotated')
  })

  test('rotation turned off is an error even on a fresh secret', () => {
    const report = checkCertificates(
      deployed(ago(DAY)),
      [secret({ rotationEnabled: false })],
      rules
    )
    expect(report.status).toBe('rotation-disabled')
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'certificate-rotation-disabled' })
    ])
  })

  test('a replicated secret is a warning naming the Regions', () => {
    const report = checkCertificates(
      deployed(ago(DAY)),
      [secret({ replicaRegions: ['eu-west-1', 'ap-south-1'] })],
      rules
    )
    expect(report.status).toBe('replicated')
    expect(report.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'certificate-replicated',
        found: 'eu-west-1, ap-south-1'
      })
    ])
  })

  test('several problems: the worst sets the status, every finding is kept', () => {
    const report = checkCertificates(
      deployed(ago(30 * DAY)),
      [
        secret({ replicaRegions: ['eu-west-1'] }),
        secret({ name: 'ecs-sc!old', createdAt: ago(20 * DAY), lastRotatedAt: ago(9 * DAY) })
      ],
      rules
    )
    expect(report.status).toBe('stale')
    expect(report.findings.map((f) => f.code)).toEqual([
      'certificate-replicated',
      'certificate-stale'
    ])
    expect(report.findings[1]?.message).toContain('ecs-sc!old')
  })
})

describe('tlsDeploymentOf', () => {
  const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: 'arn:ca' } }
  const service = (deployment: Record<string, unknown>, others = 0): Service => ({
    serviceArn: ARN,
    deployments: [
      {
        status: 'PRIMARY',
        updatedAt: ago(DAY),
        createdAt: ago(2 * DAY),
        serviceConnectConfiguration: {
          enabled: true,
          services: [{ portName: 'grpc' }, { portName: 'http', tls }]
        },
        ...deployment
      },
      ...Array.from({ length: others }, () => ({ status: 'ACTIVE' }))
    ]
  })

  test('a completed PRIMARY deployment with TLS on any port: completed when last updated', () => {
    expect(tlsDeploymentOf('api', service({ rolloutState: 'COMPLETED' }))).toEqual({
      name: 'api',
      serviceArn: ARN,
      completedAt: ago(DAY)
    })
  })

  test('in progress: no completion time; no rollout state: complete once it is alone', () => {
    expect(tlsDeploymentOf('api', service({ rolloutState: 'IN_PROGRESS' }))).toEqual({
      name: 'api',
      serviceArn: ARN
    })
    expect(tlsDeploymentOf('api', service({}, 1))?.completedAt).toBeUndefined()
    expect(tlsDeploymentOf('api', service({}))?.completedAt).toEqual(ago(DAY))
  })

  test('no TLS on the PRIMARY deployment: nothing to check', () => {
    expect(
      tlsDeploymentOf(
        'api',
        service({
          rolloutState: 'COMPLETED',
          serviceConnectConfiguration: { enabled: true, services: [{ portName: 'http' }] }
        })
      )
    ).toBeUndefined()
  })
})

describe('withCertificates', () => {
  const outcome = (status: ServiceOutcome['status']): ServiceOutcome => ({
    name: 'api',
    serviceArn: ARN,
    status,
    ports: [],
    findings: [],
    log: []
  })
  const missing = checkCertificates(deployed(ago(DAY)), [], rules)

  test('verify: a certificate error makes a compliant service noncompliant', () => {
    const [out] = withCertificates([outcome('compliant')], [missing], {
      mode: 'verify',
      strict: false
    })
    expect(out?.status).toBe('noncompliant')
    expect(out?.findings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'certificate-missing']
    ])
    expect(out?.log[0]).toBe('Certificate: missing (secrets: none)')
  })

  test('apply: errors become warnings unless strict; the status is left alone', () => {
    const [soft] = withCertificates([outcome('updated')], [missing], {
      mode: 'apply',
      strict: false
    })
    expect(soft?.status).toBe('updated')
    expect(soft?.findings.map((f) => f.severity)).toEqual(['warning'])
    expect(hasCertificateErrors(soft?.findings ?? [])).toBe(false)
    const [strict] = withCertificates([outcome('updated')], [missing], {
      mode: 'apply',
      strict: true
    })
    expect(strict?.findings.map((f) => f.severity)).toEqual(['error'])
    expect(hasCertificateErrors(strict?.findings ?? [])).toBe(true)
  })

  test('a service without a report is untouched', () => {
    const other = { ...outcome('compliant'), name: 'web' }
    expect(withCertificates([other], [missing], { mode: 'verify', strict: false })).toEqual([other])
  })

  test('demoteErrors keeps notices and warnings as they are', () => {
    expect(
      demoteErrors([
        { severity: 'notice', code: 'a', message: '' },
        { severity: 'error', code: 'b', message: '' }
      ]).map((f) => f.severity)
    ).toEqual(['notice', 'warning'])
  })
})
