/**
 * The emulated KMS GetKeyPolicy and IAM SimulatePrincipalPolicy, through the real SDK clients
 * (awsQuery with nested lists and structures on the wire), and the policy logic behind them.
 */
import { describe, expect, test } from '@jest/globals'
import { GetKeyPolicyCommand } from '@aws-sdk/client-kms'
import { SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { evaluate, wildcard } from '../emulator/policy.js'
import { emulatorPerFile } from '../emulator/testing.js'

const env = emulatorPerFile()

const KMS_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair']

describe('KMS GetKeyPolicy', () => {
  test('returns the default key policy, and a seeded one', async () => {
    const plain = env.emu.addKmsKey()
    const out = await env.aws.kms.send(new GetKeyPolicyCommand({ KeyId: plain }))
    expect(out.PolicyName).toBe('default')
    expect(JSON.parse(out.Policy ?? '{}')).toMatchObject({
      Statement: [{ Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*' }]
    })
    const custom = env.emu.addKmsKey({ policy: { Version: '2012-10-17', Statement: [] } })
    const seeded = await env.aws.kms.send(new GetKeyPolicyCommand({ KeyId: custom }))
    expect(JSON.parse(seeded.Policy ?? '{}')).toEqual({ Version: '2012-10-17', Statement: [] })
  })

  test('an unknown key is NotFoundException', async () => {
    await expect(
      env.aws.kms.send(
        new GetKeyPolicyCommand({
          KeyId: 'arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000'
        })
      )
    ).rejects.toMatchObject({ name: 'NotFoundException' })
  })
})

describe('IAM SimulatePrincipalPolicy', () => {
  test('the managed policy grants no KMS action; a key policy naming the role does', async () => {
    const role = env.emu.addRole({ name: 'tls-kms' })
    const key = env.emu.addKmsKey()
    const keyPolicy = (await env.aws.kms.send(new GetKeyPolicyCommand({ KeyId: key })))
      .Policy as string
    const simulate = (ResourcePolicy: string) =>
      env.aws.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: role,
          ActionNames: KMS_ACTIONS,
          ResourceArns: [key],
          ResourcePolicy
        })
      )
    const denied = await simulate(keyPolicy)
    expect(denied.EvaluationResults?.map((r) => [r.EvalActionName, r.EvalDecision])).toEqual(
      KMS_ACTIONS.map((action) => [action, 'implicitDeny'])
    )
    const granting = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: role }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }
      ]
    })
    const allowed = await simulate(granting)
    expect(allowed.EvaluationResults?.map((r) => r.EvalDecision)).toEqual([
      'allowed',
      'explicitDeny',
      'allowed',
      'allowed'
    ])
  })

  test('the CA statements need the AmazonECSManaged tag as context; tag keys ignore case', async () => {
    const role = env.emu.addRole({ name: 'tls-ca' })
    const ca =
      'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/11111111-2222-3333-4444-555555555555'
    const simulate = (tag?: [string, string]) =>
      env.aws.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: role,
          ActionNames: ['acm-pca:IssueCertificate', 'acm-pca:GetCertificate'],
          ResourceArns: [ca],
          ...(tag
            ? {
                ContextEntries: [
                  {
                    ContextKeyName: `aws:ResourceTag/${tag[0]}`,
                    ContextKeyValues: [tag[1]],
                    ContextKeyType: 'string'
                  }
                ]
              }
            : {})
        })
      )
    const untagged = await simulate()
    expect(untagged.EvaluationResults?.map((r) => r.EvalDecision)).toEqual([
      'implicitDeny',
      'implicitDeny'
    ])
    expect(untagged.EvaluationResults?.[0]?.MissingContextValues).toEqual([
      'aws:ResourceTag/AmazonECSManaged'
    ])
    const lower = await simulate(['amazonecsmanaged', 'true'])
    expect(lower.EvaluationResults?.map((r) => r.EvalDecision)).toEqual(['allowed', 'allowed'])
    const wrongValue = await simulate(['AmazonECSManaged', 'TRUE'])
    expect(wrongValue.EvaluationResults?.map((r) => r.EvalDecision)).toEqual([
      'implicitDeny',
      'implicitDeny'
    ])
  })

  test('inline identity policies count; an unknown role is NoSuchEntity', async () => {
    const decisionsOnKey = async (policySource: string) =>
      (
        await env.aws.iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: policySource,
            ActionNames: KMS_ACTIONS,
            ResourceArns: ['arn:aws:kms:us-east-1:111122223333:key/k']
          })
        )
      ).EvaluationResults?.map((r) => r.EvalDecision)
    const role = env.emu.addRole({
      name: 'tls-inline',
      inlinePolicies: [
        { Statement: { Effect: 'Allow', Action: 'KMS:Generate*', Resource: 'arn:aws:kms:*' } }
      ]
    })
    expect(await decisionsOnKey(role)).toEqual([
      'implicitDeny',
      'implicitDeny',
      'allowed',
      'allowed'
    ])
    const otherKey = env.emu.addRole({
      name: 'tls-inline-2',
      inlinePolicies: [
        {
          Statement: {
            Effect: 'Allow',
            Action: 'kms:*',
            Resource: 'arn:aws:kms:us-east-1:111122223333:key/other'
          }
        }
      ]
    })
    expect(await decisionsOnKey(otherKey)).toEqual([
      'implicitDeny',
      'implicitDeny',
      'implicitDeny',
      'implicitDeny'
    ])
    await expect(
      env.aws.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: 'arn:aws:iam::111122223333:role/ghost',
          ActionNames: ['kms:Encrypt']
        })
      )
    ).rejects.toMatchObject({ name: 'NoSuchEntityException' })
  })
})

describe('policy logic', () => {
  test('wildcards: * and ?, case-insensitive for actions only', () => {
    expect(wildcard('kms:Generate*', 'KMS:GENERATEDATAKEY', true)).toBe(true)
    expect(wildcard('kms:Encrypt?', 'kms:Encrypt', true)).toBe(false)
    expect(
      wildcard(
        'arn:aws:kms:*:111122223333:key/*',
        'arn:aws:kms:eu-west-1:111122223333:key/x',
        false
      )
    ).toBe(true)
    expect(wildcard('arn:aws:kms:*:1:key/A', 'arn:aws:kms:x:1:key/a', false)).toBe(false)
  })

  test('an account-root principal in a resource policy allows nothing by itself, but its Deny applies', () => {
    const request = {
      action: 'kms:Encrypt',
      resource: 'k',
      principalArn: 'arn:aws:iam::1:role/r',
      principalAccount: '1',
      context: new Map<string, string[]>()
    }
    const root = { AWS: 'arn:aws:iam::1:root' }
    expect(
      evaluate(request, [], {
        Statement: { Effect: 'Allow', Principal: root, Action: '*', Resource: '*' }
      }).decision
    ).toBe('implicitDeny')
    expect(
      evaluate(request, [{ Statement: { Effect: 'Allow', Action: 'kms:*', Resource: '*' } }], {
        Statement: { Effect: 'Deny', Principal: root, Action: 'kms:Encrypt', Resource: '*' }
      }).decision
    ).toBe('explicitDeny')
  })
})
