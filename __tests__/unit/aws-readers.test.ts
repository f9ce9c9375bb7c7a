/** The ACM-PCA, IAM and KMS gateways, against aws-sdk-client-mock (which mocks every client instance). */
import { beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  ACMPCAClient,
  DescribeCertificateAuthorityCommand,
  GetCertificateAuthorityCertificateCommand,
  ListTagsCommand
} from '@aws-sdk/client-acm-pca'
import {
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  SimulatePrincipalPolicyCommand
} from '@aws-sdk/client-iam'
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms'
import { mockClient } from 'aws-sdk-client-mock'
import { createIamReader } from '../../src/aws/iam.js'
import { createKmsReader } from '../../src/aws/kms.js'
import { createPcaReader } from '../../src/aws/pca.js'
import { describeCertificate } from '../../src/util/pem.js'
import { TLS_MANAGED_POLICY_ARN } from '../../src/checks/role.js'
import {
  ACCOUNT,
  CA_ARN,
  generateCertificates,
  type GeneratedCertificates,
  KMS_KEY
} from './fixtures.js'

const pcaMock = mockClient(ACMPCAClient)
const iamMock = mockClient(IAMClient)
const kmsMock = mockClient(KMSClient)

let certs: GeneratedCertificates
beforeAll(() => {
  certs = generateCertificates()
})

beforeEach(() => {
  pcaMock.reset()
  iamMock.reset()
  kmsMock.reset()
})

describe('PcaReader', () => {
  const described = {
    CertificateAuthority: {
      Arn: CA_ARN,
      OwnerAccount: ACCOUNT,
      Type: 'ROOT' as const,
      Status: 'ACTIVE' as const,
      UsageMode: 'SHORT_LIVED_CERTIFICATE' as const,
      CertificateAuthorityConfiguration: {
        KeyAlgorithm: 'EC_prime256v1' as const,
        SigningAlgorithm: 'SHA256WITHECDSA' as const,
        Subject: { CommonName: 'Example Root CA' }
      }
    }
  }

  test('a root CA: details from the API, the rest from its certificate, no chain, tags over every page', async () => {
    pcaMock
      .on(DescribeCertificateAuthorityCommand, { CertificateAuthorityArn: CA_ARN })
      .resolves(described)
      .on(GetCertificateAuthorityCertificateCommand, { CertificateAuthorityArn: CA_ARN })
      .resolves({ Certificate: certs.rootPem })
      .on(ListTagsCommand, { CertificateAuthorityArn: CA_ARN })
      .resolves({ Tags: [{ Key: 'team', Value: 'platform' }], NextToken: 'page-2' })
      .on(ListTagsCommand, { CertificateAuthorityArn: CA_ARN, NextToken: 'page-2' })
      .resolves({ Tags: [{ Key: 'AmazonECSManaged', Value: 'true' }, { Key: 'empty' }] })
    const ca = await createPcaReader(CA_ARN).readCertificateAuthority(CA_ARN, true)
    expect(ca).toStrictEqual({
      arn: CA_ARN,
      certificatePem: certs.rootPem,
      chainPem: '',
      ...describeCertificate(certs.rootPem),
      status: 'ACTIVE',
      type: 'ROOT',
      usageMode: 'SHORT_LIVED_CERTIFICATE',
      keyAlgorithm: 'EC_prime256v1',
      ownerAccount: ACCOUNT,
      tags: { team: 'platform', AmazonECSManaged: 'true', empty: '' }
    })
    expect(ca.subject).toBe('C=US, O=Example Corp, CN=Example Root CA')
    expect(pcaMock.commandCalls(ListTagsCommand).map((call) => call.args[0].input)).toStrictEqual([
      { CertificateAuthorityArn: CA_ARN },
      { CertificateAuthorityArn: CA_ARN, NextToken: 'page-2' }
    ])
  })

  test('a subordinate CA carries its chain', async () => {
    pcaMock
      .on(DescribeCertificateAuthorityCommand)
      .resolves({
        CertificateAuthority: { ...described.CertificateAuthority, Type: 'SUBORDINATE' }
      })
      .on(GetCertificateAuthorityCertificateCommand)
      .resolves({ Certificate: certs.subordinatePem, CertificateChain: certs.rootPem })
      .on(ListTagsCommand)
      .resolves({ Tags: [] })
    const ca = await createPcaReader(CA_ARN).readCertificateAuthority(CA_ARN, true)
    expect(ca.type).toBe('SUBORDINATE')
    expect(ca.chainPem).toBe(certs.rootPem)
    expect(ca.issuer).toBe('C=US, O=Example Corp, CN=Example Root CA')
    expect(ca.tags).toEqual({})
  })

  test('without withTags, tags are not read and absent', async () => {
    pcaMock
      .on(DescribeCertificateAuthorityCommand)
      .resolves(described)
      .on(GetCertificateAuthorityCertificateCommand)
      .resolves({ Certificate: certs.rootPem })
    const ca = await createPcaReader(CA_ARN).readCertificateAuthority(CA_ARN, false)
    expect('tags' in ca).toBe(false)
    expect(pcaMock.commandCalls(ListTagsCommand)).toHaveLength(0)
  })

  test('a CA with no certificate yet (InvalidStateException) is an error', async () => {
    pcaMock
      .on(DescribeCertificateAuthorityCommand)
      .resolves({
        CertificateAuthority: { ...described.CertificateAuthority, Status: 'PENDING_CERTIFICATE' }
      })
      .on(GetCertificateAuthorityCertificateCommand)
      .rejects(
        Object.assign(new Error('The certificate authority is not in a valid state'), {
          name: 'InvalidStateException'
        })
      )
      .on(ListTagsCommand)
      .resolves({ Tags: [] })
    await expect(createPcaReader(CA_ARN).readCertificateAuthority(CA_ARN, true)).rejects.toThrow(
      'not in a valid state'
    )
  })
})

describe('IamReader', () => {
  test('decodes the URL-encoded trust policy and lists attached policies over every page', async () => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' }
      ]
    }
    const custom = `arn:aws:iam::${ACCOUNT}:policy/custom`
    iamMock
      .on(GetRoleCommand, { RoleName: 'ecs-sc-tls' })
      .resolves({
        Role: {
          RoleName: 'ecs-sc-tls',
          Path: '/',
          RoleId: 'AROAEXAMPLE',
          Arn: `arn:aws:iam::${ACCOUNT}:role/ecs-sc-tls`,
          CreateDate: new Date('2026-01-01T00:00:00Z'),
          AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust))
        }
      })
      .on(ListAttachedRolePoliciesCommand, { RoleName: 'ecs-sc-tls' })
      .resolves({ AttachedPolicies: [{ PolicyArn: custom }], IsTruncated: true, Marker: 'm1' })
      .on(ListAttachedRolePoliciesCommand, { RoleName: 'ecs-sc-tls', Marker: 'm1' })
      .resolves({ AttachedPolicies: [{ PolicyArn: TLS_MANAGED_POLICY_ARN }], IsTruncated: false })
    const role = await createIamReader().readRole('ecs-sc-tls')
    expect(JSON.parse(role.trustPolicy)).toStrictEqual(trust)
    expect(role.attachedPolicyArns).toEqual([custom, TLS_MANAGED_POLICY_ARN])
    expect(iamMock.commandCalls(ListAttachedRolePoliciesCommand)).toHaveLength(2)
  })

  test('a Marker without IsTruncated ends the listing', async () => {
    iamMock
      .on(GetRoleCommand)
      .resolves({})
      .on(ListAttachedRolePoliciesCommand)
      .resolves({ AttachedPolicies: [], IsTruncated: false, Marker: 'stale' })
    const role = await createIamReader().readRole('r')
    expect(role).toStrictEqual({ trustPolicy: '', attachedPolicyArns: [] })
    expect(iamMock.commandCalls(ListAttachedRolePoliciesCommand)).toHaveLength(1)
  })
})

describe('KmsReader', () => {
  test('describes the key by its ARN', async () => {
    kmsMock.on(DescribeKeyCommand, { KeyId: KMS_KEY }).resolves({
      KeyMetadata: {
        KeyId: 'k',
        Enabled: true,
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT'
      }
    })
    expect(await createKmsReader(KMS_KEY).describeKey(KMS_KEY)).toEqual({
      KeyId: 'k',
      Enabled: true,
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT'
    })
  })
})

describe('KmsReader.getKeyPolicy', () => {
  test('asks for the key\'s one policy, "default", and returns its text', async () => {
    kmsMock.on(GetKeyPolicyCommand).resolves({ Policy: '{"Statement":[]}', PolicyName: 'default' })
    await expect(createKmsReader(KMS_KEY).getKeyPolicy(KMS_KEY)).resolves.toBe('{"Statement":[]}')
    expect(kmsMock.commandCalls(GetKeyPolicyCommand)[0]?.args[0].input).toEqual({
      KeyId: KMS_KEY,
      PolicyName: 'default'
    })
  })
})

describe('IamReader.simulate', () => {
  test('sends the role, actions, resource, resource policy and tag context; reads every page', async () => {
    iamMock
      .on(SimulatePrincipalPolicyCommand)
      .resolvesOnce({
        EvaluationResults: [{ EvalActionName: 'kms:Encrypt', EvalDecision: 'allowed' }],
        IsTruncated: true,
        Marker: 'm1'
      })
      .resolvesOnce({
        EvaluationResults: [{ EvalActionName: 'kms:Decrypt', EvalDecision: 'implicitDeny' }],
        IsTruncated: false
      })
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/tls`
    const decisions = await createIamReader('eu-west-1').simulate({
      roleArn,
      actions: ['kms:Encrypt', 'kms:Decrypt'],
      resourceArn: KMS_KEY,
      resourcePolicy: '{"Statement":[]}',
      context: { 'aws:ResourceTag/AmazonECSManaged': 'true' }
    })
    expect([...decisions]).toEqual([
      ['kms:Encrypt', 'allowed'],
      ['kms:Decrypt', 'implicitDeny']
    ])
    const calls = iamMock.commandCalls(SimulatePrincipalPolicyCommand)
    expect(calls[0]?.args[0].input).toEqual({
      PolicySourceArn: roleArn,
      ActionNames: ['kms:Encrypt', 'kms:Decrypt'],
      ResourceArns: [KMS_KEY],
      ResourcePolicy: '{"Statement":[]}',
      ContextEntries: [
        {
          ContextKeyName: 'aws:ResourceTag/AmazonECSManaged',
          ContextKeyValues: ['true'],
          ContextKeyType: 'string'
        }
      ]
    })
    expect(calls[1]?.args[0].input.Marker).toBe('m1')
  })
})

describe('PcaReader.listTags and readCertificate', () => {
  test('tags are a read of their own; a CA in another Region is read through a client for it', async () => {
    const elsewhere = CA_ARN.replace(':eu-west-1:', ':ap-south-1:')
    pcaMock
      .on(ListTagsCommand)
      .resolves({ Tags: [{ Key: 'AmazonECSManaged', Value: 'true' }] })
      .on(GetCertificateAuthorityCertificateCommand)
      .resolves({ Certificate: certs.rootPem, CertificateChain: '' })
    const reader = createPcaReader(CA_ARN)
    await expect(reader.listTags(CA_ARN)).resolves.toEqual({ AmazonECSManaged: 'true' })
    await expect(reader.readCertificate(elsewhere)).resolves.toEqual({
      certificatePem: certs.rootPem,
      chainPem: ''
    })
    const regions = await Promise.all(
      pcaMock.calls().map((call) => (call.thisValue as ACMPCAClient).config.region())
    )
    expect(regions).toEqual(['eu-west-1', 'ap-south-1'])
  })
})
