/**
 * The emulated KMS (awsJson) and IAM (awsQuery XML), parsed by the real SDK clients.
 */
import { describe, expect, test } from '@jest/globals'
import { DescribeKeyCommand } from '@aws-sdk/client-kms'
import { GetRoleCommand, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam'
import { SERVICE_CONNECT_TLS_POLICY_ARN } from '../emulator/index.js'
import { emulatorPerFile } from '../emulator/testing.js'

const env = emulatorPerFile()

describe('KMS DescribeKey', () => {
  test('finds a key by id, ARN, alias and alias ARN', async () => {
    const arn = env.emu.addKmsKey({ alias: 'service-connect' })
    const id = arn.split('/')[1] ?? ''
    for (const ref of [
      arn,
      id,
      'alias/service-connect',
      'arn:aws:kms:us-east-1:111122223333:alias/service-connect'
    ]) {
      const out = await env.aws.kms.send(new DescribeKeyCommand({ KeyId: ref }))
      expect(out.KeyMetadata).toMatchObject({
        Arn: arn,
        KeyId: id,
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyState: 'Enabled',
        Enabled: true,
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT']
      })
      expect(out.KeyMetadata?.CreationDate).toBeInstanceOf(Date)
    }
  })

  test('asymmetric and disabled keys describe themselves; unknown keys are NotFoundException', async () => {
    const rsa = env.emu.addKmsKey({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', enabled: false })
    const out = await env.aws.kms.send(new DescribeKeyCommand({ KeyId: rsa }))
    expect(out.KeyMetadata).toMatchObject({
      KeySpec: 'RSA_2048',
      KeyState: 'Disabled',
      Enabled: false
    })
    expect(out.KeyMetadata?.SigningAlgorithms).toContain('RSASSA_PSS_SHA_256')

    await expect(
      env.aws.kms.send(new DescribeKeyCommand({ KeyId: 'alias/nope' }))
    ).rejects.toMatchObject({
      name: 'NotFoundException'
    })
  })
})

describe('IAM over awsQuery', () => {
  test('GetRole parses, including the URL-encoded trust policy', async () => {
    const arn = env.emu.addRole({
      name: 'ecsInfrastructureRole',
      trustedServices: ['ecs.amazonaws.com', 'ecs-tasks.amazonaws.com']
    })
    const out = await env.aws.iam.send(new GetRoleCommand({ RoleName: 'ecsInfrastructureRole' }))
    const role = out.Role
    expect(role).toMatchObject({
      Path: '/',
      RoleName: 'ecsInfrastructureRole',
      Arn: arn,
      MaxSessionDuration: 3600
    })
    expect(arn).toBe('arn:aws:iam::111122223333:role/ecsInfrastructureRole')
    expect(role?.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/)
    expect(role?.CreateDate).toBeInstanceOf(Date)
    expect(role?.AssumeRolePolicyDocument).toMatch(/^%7B%22Version%22/)
    expect(JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ''))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: '',
          Effect: 'Allow',
          Principal: { Service: ['ecs.amazonaws.com', 'ecs-tasks.amazonaws.com'] },
          Action: 'sts:AssumeRole'
        }
      ]
    })
  })

  test('ListAttachedRolePolicies lists the managed policies (member lists), paged with Marker', async () => {
    env.emu.addRole({ name: 'tls-role' })
    const one = await env.aws.iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'tls-role' })
    )
    expect(one.AttachedPolicies).toEqual([
      {
        PolicyName: 'AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity',
        PolicyArn: SERVICE_CONNECT_TLS_POLICY_ARN
      }
    ])
    expect(one.IsTruncated).toBe(false)

    env.emu.addRole({
      name: 'many',
      attachedPolicyArns: [
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
        SERVICE_CONNECT_TLS_POLICY_ARN,
        'arn:aws:iam::111122223333:policy/team/Custom'
      ]
    })
    const page = await env.aws.iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'many', MaxItems: 2 })
    )
    expect(page.AttachedPolicies?.map((p) => p.PolicyName)).toEqual([
      'ReadOnlyAccess',
      'AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity'
    ])
    expect(page.IsTruncated).toBe(true)
    const rest = await env.aws.iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'many', MaxItems: 2, Marker: page.Marker })
    )
    expect(rest.AttachedPolicies?.map((p) => p.PolicyName)).toEqual(['Custom'])
    const filtered = await env.aws.iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'many', PathPrefix: '/service-role/' })
    )
    expect(filtered.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual([
      SERVICE_CONNECT_TLS_POLICY_ARN
    ])
  })

  test('an unknown role is NoSuchEntity (404); denied access is AccessDenied (403)', async () => {
    await expect(env.aws.iam.send(new GetRoleCommand({ RoleName: 'ghost' }))).rejects.toMatchObject(
      {
        name: 'NoSuchEntityException',
        message: 'The role with name ghost cannot be found.',
        $metadata: { httpStatusCode: 404 }
      }
    )
    env.emu.addRole({ name: 'secret' })
    env.emu.denyAccess('iam', 'GetRole')
    try {
      await expect(
        env.aws.iam.send(new GetRoleCommand({ RoleName: 'secret' }))
      ).rejects.toMatchObject({
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 }
      })
      await expect(
        env.aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'secret' }))
      ).resolves.toBeDefined()
    } finally {
      env.emu.allowAccess('iam')
    }
    const calls = env.emu.calls.filter((c) => c.service === 'iam' && c.errorCode !== undefined)
    expect(calls.map((c) => [c.status, c.errorCode])).toEqual([
      [404, 'NoSuchEntity'],
      [403, 'AccessDenied']
    ])
  })

  test('a role name breaking the documented pattern is a ValidationError', async () => {
    await expect(
      env.aws.iam.send(new GetRoleCommand({ RoleName: 'no spaces allowed' }))
    ).rejects.toMatchObject({
      name: 'ValidationError'
    })
  })
})
