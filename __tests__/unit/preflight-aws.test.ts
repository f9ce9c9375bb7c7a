/** The preflight checks that match what AWS requires: Regions, IAM simulation, CA changes and roots. */
import { describe, expect, test } from '@jest/globals'
import { chainRoot } from '../../src/util/pem.js'
import { caChangeFindings } from '../../src/checks/service.js'
import { kmsRegionFindings } from '../../src/checks/kms.js'
import { namespaceRootFindings } from '../../src/checks/namespace.js'
import { ROLE_KMS_ACTIONS } from '../../src/util/permissions.js'
import { simulationFindings } from '../../src/checks/role.js'
import { skippedCheck } from '../../src/checks/not-read.js'
import { PERMISSIONS, POLICY_FILES, whereGranted } from '../../src/util/permissions.js'
import { accessDeniedText } from '../../src/util/errors.js'
import { createCaCertificate } from '../emulator/certs.js'
import { readFileSync } from 'node:fs'
import {
  CA_ARN,
  entry,
  generateCertificates,
  KMS_KEY,
  okTarget,
  OTHER_CA_ARN,
  scConfig,
  tls
} from './fixtures.js'
import { endState } from '../../src/util/service-connect.js'

describe('KMS key Region', () => {
  test('a key in another Region than the cluster is an error', () => {
    const key = 'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    expect(kmsRegionFindings(key, 'eu-west-1')).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'kms-key-other-region',
        expected: 'eu-west-1',
        found: 'us-west-2'
      })
    ])
    expect(kmsRegionFindings(key, 'us-west-2')).toEqual([])
    expect(kmsRegionFindings(key, undefined)).toEqual([])
  })
})

describe('IAM simulation results', () => {
  test('every action allowed: no finding', () => {
    const decisions = new Map(ROLE_KMS_ACTIONS.map((action) => [action, 'allowed']))
    expect(simulationFindings('kms', KMS_KEY, decisions, ROLE_KMS_ACTIONS)).toEqual([])
  })

  test('a denial is an error naming the missing actions and how each was decided', () => {
    const decisions = new Map<string, string>([
      ['kms:Encrypt', 'allowed'],
      ['kms:Decrypt', 'explicitDeny'],
      ['kms:GenerateDataKey', 'implicitDeny']
    ])
    const [finding] = simulationFindings('kms', KMS_KEY, decisions, ROLE_KMS_ACTIONS)
    expect(finding).toMatchObject({ severity: 'error', code: 'role-kms-denied' })
    expect(finding?.message).toContain(
      'may not kms:Decrypt, kms:GenerateDataKey, kms:GenerateDataKeyPair'
    )
    expect(finding?.message).toContain('explicitly denied: kms:Decrypt')
    expect(finding?.found).toContain('kms:GenerateDataKeyPair: not evaluated')
  })
})

describe('CA change', () => {
  test('a chosen port that has TLS from another CA warns to keep the old CA ACTIVE', () => {
    const target = okTarget(
      'web',
      scConfig(entry('http', tls(OTHER_CA_ARN)), entry('grpc', tls(CA_ARN)), entry('admin')),
      ['http', 'grpc', 'admin']
    )
    const findings = caChangeFindings(target, CA_ARN)
    expect(findings.map((finding) => [finding.code, finding.port, finding.found])).toEqual([
      ['ca-change', 'http', OTHER_CA_ARN]
    ])
    expect(findings[0]?.message).toContain('ACTIVE until the rollout and its rollback window')
  })

  test('a port not chosen keeps its CA and is not warned about', () => {
    const target = okTarget('web', scConfig(entry('http', tls(OTHER_CA_ARN)), entry('grpc')), [
      'grpc'
    ])
    expect(caChangeFindings(target, CA_ARN)).toEqual([])
    expect(endState(target, CA_ARN).caArns.sort()).toEqual([CA_ARN, OTHER_CA_ARN].sort())
  })
})

describe('roots within a namespace', () => {
  const pem = async (subordinate: boolean) =>
    createCaCertificate({
      commonName: 'Test CA',
      keyAlgorithm: 'EC_prime256v1',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
      subordinate
    })

  test("chainRoot finds the self-signed certificate: a root CA is its own root, a subordinate's is in its chain", async () => {
    const root = await pem(false)
    const sub = await pem(true)
    expect(chainRoot(root.certificatePem, '')).toMatch(/^[0-9A-F:]+$/)
    const subRoot = chainRoot(sub.certificatePem, sub.chainPem ?? '')
    expect(subRoot).toBe(chainRoot(sub.chainPem ?? '', ''))
    expect(subRoot).not.toBe(chainRoot(root.certificatePem, ''))
  })

  test('chainRoot on openssl certificates: a subordinate with its root in the chain shares that root', () => {
    const { rootPem, subordinatePem } = generateCertificates()
    expect(chainRoot(subordinatePem, rootPem)).toBe(chainRoot(rootPem, ''))
    expect(chainRoot(subordinatePem, '')).toMatch(/^issuer .*Example Root CA/)
  })

  test('services of one namespace on CAs with different roots: one warning naming them', () => {
    const states = [
      { service: 'web', namespace: 'ns-1', caArns: [CA_ARN] },
      { service: 'api', namespace: 'ns-1', caArns: [OTHER_CA_ARN] },
      { service: 'jobs', namespace: 'ns-2', caArns: [OTHER_CA_ARN] }
    ]
    const roots = new Map([
      [CA_ARN, 'ROOT-A'],
      [OTHER_CA_ARN, 'ROOT-B']
    ])
    const findings = namespaceRootFindings(states, roots)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', code: 'ca-roots-differ' })
    expect(findings[0]?.message).toContain(`web (${CA_ARN})`)
    expect(findings[0]?.message).toContain(`api (${OTHER_CA_ARN})`)
    expect(findings[0]?.message).not.toContain('jobs')
    const sameRoot = new Map([
      [CA_ARN, 'ROOT-A'],
      [OTHER_CA_ARN, 'ROOT-A']
    ])
    expect(namespaceRootFindings(states, sameRoot)).toEqual([])
  })

  test('a namespace ARN and its ID group together', () => {
    const target = okTarget('web', {
      ...scConfig(entry('http')),
      namespace: 'arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-abc'
    })
    expect(endState(target, CA_ARN).namespace).toBe('ns-abc')
  })
})

describe('what to grant, and where', () => {
  const files = Object.fromEntries(
    Object.entries(POLICY_FILES).map(([key, path]) => {
      const document = JSON.parse(
        readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
      ) as { Statement: { Action: string | string[] }[] }
      return [key, new Set(document.Statement.flatMap((statement) => [statement.Action].flat()))]
    })
  )

  test.each(Object.entries(PERMISSIONS))(
    '%s is in exactly the files the table names',
    (permission, where) => {
      for (const [key, actions] of Object.entries(files))
        expect([key, actions.has(permission)]).toEqual([key, (where as string[]).includes(key)])
    }
  )

  test('messages name the permission and the policy files', () => {
    expect(whereGranted('ecs:UpdateService')).toBe('policies/apply.json grants it')
    expect(
      skippedCheck('The CA tag', 'acm-pca:ListTags', 'AccessDeniedException: no').message
    ).toContain(
      'acm-pca:ListTags (AccessDeniedException: no). Grant it to enable this check (policies/read-only.json and policies/apply.json grant it).'
    )
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
    expect(
      accessDeniedText(denied, {
        call: 'DescribeServices',
        resource: 'cluster prod',
        permission: 'ecs:DescribeServices'
      })
    ).toBe(
      'not authorized. DescribeServices on cluster prod needs ecs:DescribeServices: grant it to the caller (policies/read-only.json and policies/apply.json grant it)'
    )
  })
})
