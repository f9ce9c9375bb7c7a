import { describe, expect, test } from '@jest/globals'
import { checkedNothingReason, verifyService } from '../../src/checks/verify.js'
import { resolveTarget } from '../../src/read/target.js'
import {
  CA_ARN,
  entry,
  KMS_KEY,
  okTarget,
  OTHER_CA_ARN,
  OTHER_KMS_KEY,
  OTHER_ROLE_ARN,
  ROLE_ARN,
  scConfig,
  serviceArn,
  tls
} from './fixtures.js'

const FULL = { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN }

describe('verifyService', () => {
  test('compliant: every chosen port has the expected TLS, so no findings', () => {
    const config = scConfig(
      entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)),
      entry('grpc', tls(CA_ARN, ROLE_ARN, KMS_KEY))
    )
    const verdict = verifyService(okTarget('web', config), FULL)
    expect(verdict).toStrictEqual({
      name: 'web',
      serviceArn: serviceArn('web'),
      ports: [
        { portName: 'http', tls: FULL },
        { portName: 'grpc', tls: FULL }
      ],
      findings: []
    })
  })

  test('TLS missing on one port is one error for that port', () => {
    const config = scConfig(entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)), entry('grpc'))
    const verdict = verifyService(okTarget('web', config), FULL)
    expect(verdict.ports).toStrictEqual([{ portName: 'http', tls: FULL }, { portName: 'grpc' }])
    expect(verdict.findings).toHaveLength(1)
    expect(verdict.findings[0]).toMatchObject({
      severity: 'error',
      code: 'tls-missing',
      service: 'web',
      port: 'grpc',
      found: 'none'
    })
    expect(verdict.findings[0]?.message).toContain('"grpc"')
  })

  test.each([
    {
      what: 'a foreign CA',
      found: tls(OTHER_CA_ARN, ROLE_ARN, KMS_KEY),
      code: 'ca-mismatch',
      expected: CA_ARN,
      seen: OTHER_CA_ARN
    },
    {
      what: 'a foreign KMS key',
      found: tls(CA_ARN, ROLE_ARN, OTHER_KMS_KEY),
      code: 'kms-key-mismatch',
      expected: KMS_KEY,
      seen: OTHER_KMS_KEY
    },
    {
      what: 'the AWS-owned key where a KMS key is expected',
      found: tls(CA_ARN, ROLE_ARN),
      code: 'kms-key-mismatch',
      expected: KMS_KEY,
      seen: '(none)'
    },
    {
      what: 'a foreign role',
      found: tls(CA_ARN, OTHER_ROLE_ARN, KMS_KEY),
      code: 'role-mismatch',
      expected: ROLE_ARN,
      seen: OTHER_ROLE_ARN
    }
  ])(
    '$what is an error with what was expected and what was found',
    ({ found, code, expected, seen }) => {
      const verdict = verifyService(okTarget('web', scConfig(entry('http', found))), FULL)
      expect(verdict.findings).toStrictEqual([
        {
          severity: 'error',
          code,
          service: 'web',
          port: 'http',
          message: expect.stringContaining('"http"'),
          expected,
          found: seen
        }
      ])
    }
  )

  test('every difference on a port is reported, not just the first', () => {
    const verdict = verifyService(
      okTarget('web', scConfig(entry('http', tls(OTHER_CA_ARN, OTHER_ROLE_ARN)))),
      FULL
    )
    expect(verdict.findings.map((finding) => finding.code)).toEqual([
      'ca-mismatch',
      'kms-key-mismatch',
      'role-mismatch'
    ])
  })

  test('without expectations only the presence of TLS is checked', () => {
    const config = scConfig(
      entry('http', tls(OTHER_CA_ARN, OTHER_ROLE_ARN, OTHER_KMS_KEY)),
      entry('grpc')
    )
    const verdict = verifyService(okTarget('web', config), {})
    expect(verdict.findings.map((finding) => [finding.code, finding.port])).toEqual([
      ['tls-missing', 'grpc']
    ])
  })

  test('an expected CA alone does not check the key or the role', () => {
    const verdict = verifyService(
      okTarget('web', scConfig(entry('http', tls(CA_ARN, OTHER_ROLE_ARN)))),
      {
        caArn: CA_ARN
      }
    )
    expect(verdict.findings).toEqual([])
  })

  test('ports that were not chosen are neither reported nor checked', () => {
    const config = scConfig(entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)), entry('admin'))
    const verdict = verifyService(okTarget('web', config, ['http']), FULL)
    expect(verdict.ports.map((port) => port.portName)).toEqual(['http'])
    expect(verdict.findings).toEqual([])
  })

  test('a target that could not be resolved is one error carrying its code and reason', () => {
    const verdict = verifyService(
      { ok: false, name: 'web', code: 'service-missing', reason: 'not found' },
      FULL
    )
    expect(verdict).toStrictEqual({
      name: 'web',
      ports: [],
      findings: [
        { severity: 'error', code: 'service-missing', service: 'web', message: 'not found' }
      ]
    })
  })
})

describe('kms-key: aws-owned in verify', () => {
  test('requires that no port has a customer key', () => {
    const config = scConfig(
      entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)),
      entry('grpc', tls(CA_ARN))
    )
    const verdict = verifyService(okTarget('web', config), { awsOwnedKey: true })
    expect(verdict.findings.map((finding) => [finding.code, finding.port, finding.found])).toEqual([
      ['kms-key-mismatch', 'http', KMS_KEY]
    ])
  })
})

describe('checkedNothingReason', () => {
  const selection = { cluster: 'prod', all: true }
  test('nothing when at least one service was checked', () => {
    const ok = okTarget('web', scConfig(entry('http')))
    expect(checkedNothingReason([ok], selection)).toBeUndefined()
  })
  test("service '*' on a cluster where no service uses Service Connect", () => {
    expect(checkedNothingReason([], { ...selection, listed: 3 })).toMatch(
      /none of the 3 service\(s\) in cluster "prod"/
    )
    expect(checkedNothingReason([], { ...selection, listed: 0 })).toMatch(/has no services/)
  })
  test('chosen services that could not be checked', () => {
    const missing = resolveTarget({ name: 'ghost' }, 'prod', [])
    expect(checkedNothingReason([missing], { ...selection, all: false })).toMatch(
      /none of the 1 chosen service/
    )
  })
})
