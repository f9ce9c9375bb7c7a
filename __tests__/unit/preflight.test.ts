import { describe, expect, test } from '@jest/globals'
import type { KeyMetadata } from '@aws-sdk/client-kms'
import type { TaskDefinition } from '@aws-sdk/client-ecs'
import { caStatusFindings } from '../../src/checks/ca.js'
import { caFindings } from '../../src/checks/ca.js'
import { kmsFindings } from '../../src/checks/kms.js'
import { roleFindings, TLS_MANAGED_POLICY_ARN, trustsEcs } from '../../src/checks/role.js'
import { serviceFindings } from '../../src/checks/service.js'
import { ACCOUNT, CA_ARN, entry, okTarget, REGION, scConfig, service } from './fixtures.js'
import type { CaDetails } from '../../src/model/facts.js'
import type { Finding } from '../../src/model/findings.js'

const NOW = new Date('2026-03-01T12:00:00.000Z')
const DAY = 86_400_000
const RULES = { now: NOW, errorDays: 7, warnDays: 30 }

const daysFromNow = (days: number): string => new Date(NOW.getTime() + days * DAY).toISOString()

/** A healthy short-lived-mode CA, tagged for ECS, valid for a year. */
function ca(overrides: Partial<CaDetails> = {}): CaDetails {
  return {
    arn: CA_ARN,
    certificatePem: '',
    chainPem: '',
    subject: 'CN=Example Root CA',
    issuer: 'CN=Example Root CA',
    serialNumber: '1234ABCD',
    notBefore: '2025-03-01T00:00:00.000Z',
    notAfter: daysFromNow(365),
    fingerprintSha256: 'AB:CD',
    status: 'ACTIVE',
    type: 'ROOT',
    usageMode: 'SHORT_LIVED_CERTIFICATE',
    keyAlgorithm: 'EC_prime256v1',
    ownerAccount: ACCOUNT,
    tags: { AmazonECSManaged: 'true', team: 'platform' },
    ...overrides
  }
}

const codes = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.code)

describe('CA checks', () => {
  test('a healthy CA in the cluster account and Region has no findings', () => {
    expect(caFindings(ca(), { ...RULES, clusterRegion: REGION, clusterAccount: ACCOUNT })).toEqual(
      []
    )
  })

  test.each(['DISABLED', 'EXPIRED', 'PENDING_CERTIFICATE', 'DELETED'])(
    'a %s CA is an error',
    (status) => {
      const findings = caStatusFindings(ca({ status }), RULES)
      expect(findings).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'ca-not-active',
          expected: 'ACTIVE',
          found: status
        })
      ])
    }
  )

  test('less validity left than errorDays is an error, not also a warning', () => {
    const findings = caStatusFindings(ca({ notAfter: daysFromNow(3.5) }), RULES)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      severity: 'error',
      code: 'ca-expiring',
      expected: 'at least 7 days'
    })
    expect(findings[0]?.message).toContain('3 days')
  })

  test('less validity left than warnDays is a warning', () => {
    const findings = caStatusFindings(ca({ notAfter: daysFromNow(20) }), RULES)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      code: 'ca-expiring-soon',
      expected: 'at least 30 days'
    })
    expect(findings[0]?.message).toContain('20 days')
  })

  test('the thresholds are "less than": exactly errorDays left is only a warning, exactly warnDays none', () => {
    expect(codes(caStatusFindings(ca({ notAfter: daysFromNow(7) }), RULES))).toEqual([
      'ca-expiring-soon'
    ])
    expect(codes(caStatusFindings(ca({ notAfter: daysFromNow(30) }), RULES))).toEqual([])
  })

  test('an expired CA certificate is an error saying 0 days', () => {
    const findings = caStatusFindings(ca({ notAfter: daysFromNow(-2) }), RULES)
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'ca-expiring' })
    expect(findings[0]?.message).toContain('only 0 days')
  })

  test('general-purpose mode is a notice only', () => {
    const findings = caFindings(ca({ usageMode: 'GENERAL_PURPOSE' }), RULES)
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'notice',
        code: 'ca-general-purpose',
        found: 'GENERAL_PURPOSE'
      })
    ])
  })

  test('a CA without the AmazonECSManaged tag is an error that says how to add it', () => {
    const findings = caFindings(ca({ tags: { team: 'platform' } }), RULES)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'ca-not-tagged',
      expected: 'AmazonECSManaged=true',
      found: '(no tag)'
    })
    expect(finding?.message).toContain(
      `aws acm-pca tag-certificate-authority --certificate-authority-arn ${CA_ARN} --tags Key=AmazonECSManaged,Value=true`
    )
  })

  test.each(['false', 'True', ''])('AmazonECSManaged=%s is not the tag ECS needs', (value) => {
    const findings = caFindings(ca({ tags: { AmazonECSManaged: value } }), RULES)
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'ca-not-tagged',
        found: `AmazonECSManaged=${value}`
      })
    ])
  })

  test('the tag key matches case-insensitively, as IAM matches it; the value does not', () => {
    expect(caFindings(ca({ tags: { amazonecsmanaged: 'true' } }), RULES)).toEqual([])
    expect(caFindings(ca({ tags: { AMAZONECSMANAGED: 'TRUE' } }), RULES)).toEqual([
      expect.objectContaining({ code: 'ca-not-tagged', found: 'AMAZONECSMANAGED=TRUE' })
    ])
  })

  test.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'SM2'])(
    'a %s CA is an error; RSA and EC CAs are fine',
    (keyAlgorithm) => {
      expect(codes(caFindings(ca({ keyAlgorithm }), RULES))).toEqual(['ca-key-algorithm'])
      expect(caFindings(ca({ keyAlgorithm: 'RSA_4096' }), RULES)).toEqual([])
      expect(caFindings(ca({ keyAlgorithm: 'EC_secp384r1' }), RULES)).toEqual([])
    }
  )

  test('tags that could not be read give no tag finding', () => {
    const withoutTags = ca()
    delete withoutTags.tags
    expect(caFindings(withoutTags, RULES)).toEqual([])
  })

  test('a CA in another Region or account is a warning for each', () => {
    const findings = caFindings(ca(), {
      ...RULES,
      clusterRegion: 'us-east-1',
      clusterAccount: '210987654321'
    })
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'ca-other-region',
        expected: 'us-east-1',
        found: REGION
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'ca-other-account',
        expected: '210987654321',
        found: ACCOUNT
      })
    ])
  })

  test('without a known cluster Region or account there is nothing to compare', () => {
    expect(caFindings(ca(), RULES)).toEqual([])
  })
})

describe('KMS key checks', () => {
  const symmetric: KeyMetadata = {
    KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    Enabled: true,
    KeyState: 'Enabled',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT'
  }

  test('an enabled symmetric encryption key passes', () => {
    expect(kmsFindings(symmetric)).toEqual([])
  })

  test('a disabled key is an error showing its state', () => {
    expect(kmsFindings({ ...symmetric, Enabled: false, KeyState: 'Disabled' })).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'kms-key-disabled',
        expected: 'enabled',
        found: 'Disabled'
      })
    ])
  })

  test('a key pending deletion is an error', () => {
    expect(
      codes(kmsFindings({ ...symmetric, Enabled: false, KeyState: 'PendingDeletion' }))
    ).toEqual(['kms-key-disabled'])
  })

  test('an asymmetric signing key fails on both spec and usage', () => {
    const findings = kmsFindings({ ...symmetric, KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'kms-key-not-symmetric',
        expected: 'SYMMETRIC_DEFAULT',
        found: 'RSA_2048'
      }),
      expect.objectContaining({
        code: 'kms-key-wrong-usage',
        expected: 'ENCRYPT_DECRYPT',
        found: 'SIGN_VERIFY'
      })
    ])
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true)
  })

  test('an HMAC key is not symmetric encryption', () => {
    expect(
      codes(kmsFindings({ ...symmetric, KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))
    ).toEqual(['kms-key-not-symmetric', 'kms-key-wrong-usage'])
  })

  test('no key metadata is an error', () => {
    expect(codes(kmsFindings(undefined))).toEqual(['kms-key-missing'])
  })
})

describe('trustsEcs', () => {
  const allowEcs = {
    Effect: 'Allow',
    Principal: { Service: 'ecs.amazonaws.com' },
    Action: 'sts:AssumeRole'
  }
  const policy = (statement: unknown): string =>
    JSON.stringify({ Version: '2012-10-17', Statement: statement })

  test('Statement as a single object', () => {
    expect(trustsEcs(policy(allowEcs))).toBe(true)
  })

  test('Statement as an array, ECS in a Service list, Action as a list', () => {
    expect(
      trustsEcs(
        policy([
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'sts:AssumeRole'
          },
          {
            Effect: 'Allow',
            Principal: { Service: ['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com'] },
            Action: ['sts:AssumeRole', 'sts:TagSession']
          }
        ])
      )
    ).toBe(true)
  })

  test('the task role principal (ecs-tasks) is not the ECS infrastructure principal', () => {
    expect(
      trustsEcs(policy({ ...allowEcs, Principal: { Service: 'ecs-tasks.amazonaws.com' } }))
    ).toBe(false)
  })

  test('a Deny statement does not trust ECS', () => {
    expect(trustsEcs(policy({ ...allowEcs, Effect: 'Deny' }))).toBe(false)
  })

  test('an explicit Deny for ECS overrides an Allow (IAM policy evaluation)', () => {
    expect(trustsEcs(policy([allowEcs, { ...allowEcs, Effect: 'Deny' }]))).toBe(false)
  })

  test('IAM action names are case-insensitive', () => {
    expect(trustsEcs(policy({ ...allowEcs, Action: 'sts:assumerole' }))).toBe(true)
  })

  test('another action, no statement, or not JSON: not trusted', () => {
    expect(trustsEcs(policy({ ...allowEcs, Action: 'sts:AssumeRoleWithWebIdentity' }))).toBe(false)
    expect(trustsEcs(JSON.stringify({ Version: '2012-10-17' }))).toBe(false)
    expect(trustsEcs('%7B%22Version%22')).toBe(false)
  })
})

describe('role checks', () => {
  const trust = JSON.stringify({
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' }
    ]
  })

  test('a trusted role with the managed policy has no findings', () => {
    expect(
      roleFindings({ trustPolicy: trust, attachedPolicyArns: [TLS_MANAGED_POLICY_ARN] })
    ).toEqual([])
  })

  test('the managed policy in another partition counts too', () => {
    const govPolicy = TLS_MANAGED_POLICY_ARN.replace('arn:aws:', 'arn:aws-us-gov:')
    expect(roleFindings({ trustPolicy: trust, attachedPolicyArns: [govPolicy] })).toEqual([])
  })

  test('without the managed policy: a warning listing what is attached', () => {
    const other = `arn:aws:iam::${ACCOUNT}:policy/custom-sc-tls`
    expect(roleFindings({ trustPolicy: trust, attachedPolicyArns: [other] })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'role-policy-missing',
        expected: TLS_MANAGED_POLICY_ARN,
        found: other
      })
    ])
    expect(roleFindings({ trustPolicy: trust, attachedPolicyArns: [] })[0]?.found).toBe('(none)')
  })

  test('a role ECS may not assume is an error', () => {
    const findings = roleFindings({
      trustPolicy: '{}',
      attachedPolicyArns: [TLS_MANAGED_POLICY_ARN]
    })
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'role-not-trusted' })
    ])
  })
})

describe('service checks', () => {
  const taskDefinition = (overrides: Partial<TaskDefinition> = {}): TaskDefinition => ({
    family: 'web',
    revision: 7,
    networkMode: 'awsvpc',
    containerDefinitions: [
      {
        name: 'app',
        portMappings: [
          { containerPort: 8080, name: 'http' },
          { containerPort: 50051, name: 'grpc' }
        ]
      },
      { name: 'sidecar', portMappings: [{ containerPort: 9000 }] }
    ],
    ...overrides
  })
  const target = (controller?: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL', chosen = ['http', 'grpc']) => {
    const config = scConfig(entry('http'), entry('grpc'))
    const ok = okTarget('web', config, chosen)
    return controller
      ? { ...ok, service: service('web', config, { deploymentController: { type: controller } }) }
      : ok
  }

  test('an ECS-controlled awsvpc service with named port mappings passes', () => {
    expect(serviceFindings(target('ECS'), taskDefinition())).toEqual([])
    expect(serviceFindings(target(), taskDefinition())).toEqual([])
  })

  test.each(['CODE_DEPLOY', 'EXTERNAL'] as const)(
    'the %s deployment controller is an error',
    (controller) => {
      expect(serviceFindings(target(controller), taskDefinition())).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'deployment-controller',
          service: 'web',
          expected: 'ECS',
          found: controller
        })
      ])
    }
  )

  test('bridge networking is a warning about ALB HTTPS health checks, naming the task definition', () => {
    const findings = serviceFindings(target(), taskDefinition({ networkMode: 'bridge' }))
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'network-mode', found: 'bridge' })
    ])
    expect(findings[0]?.message).toContain('web:7')
    expect(findings[0]?.message).toContain('HTTPS health checks')
  })

  test('host networking (which Service Connect does not support) is an error', () => {
    const findings = serviceFindings(target(), taskDefinition({ networkMode: 'host' }))
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'network-mode', found: 'host' })
    ])
  })

  test('no network mode in the task definition means bridge', () => {
    const noMode = taskDefinition()
    delete noMode.networkMode
    expect(codes(serviceFindings(target(), noMode))).toEqual(['network-mode'])
  })

  test('a chosen port name that no port mapping has is an error for that port', () => {
    const findings = serviceFindings(
      target(undefined, ['http', 'grpc']),
      taskDefinition({
        containerDefinitions: [
          { name: 'app', portMappings: [{ containerPort: 8080, name: 'http' }] }
        ]
      })
    )
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'port-not-in-task-definition',
        port: 'grpc',
        found: 'http'
      })
    ])
  })

  test('without a task definition only the controller is checked', () => {
    expect(codes(serviceFindings(target('CODE_DEPLOY'), undefined))).toEqual([
      'deployment-controller'
    ])
    expect(serviceFindings(target(), undefined)).toEqual([])
  })
})
