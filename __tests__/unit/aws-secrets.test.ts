/** The Secrets Manager gateway, against aws-sdk-client-mock: what it asks for, how it groups. */
import { beforeEach, describe, expect, test } from '@jest/globals'
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { createSecretsReader } from '../../src/aws/secrets.js'
import { judgeCertificates } from '../../src/checks/certificates.js'
import type { ServiceTlsDeployment } from '../../src/model/certificates.js'
import type { Lazy } from '../../src/util/lazy.js'
import type { SecretsReader } from '../../src/aws/secrets.js'
import { readCertificateSecrets } from '../../src/read/certificates.js'

/** The read and the judgement, as a run composes them. */
async function readCertificates(
  deployments: ServiceTlsDeployment[],
  secrets: Lazy<SecretsReader>,
  rules: { graceMinutes: number }
) {
  const read = await readCertificateSecrets(deployments, secrets)
  return judgeCertificates(deployments, read, { ...rules, now: new Date() })
}

const smMock = mockClient(SecretsManagerClient)
beforeEach(() => {
  smMock.reset()
})

const serviceArn = (name: string): string =>
  `arn:aws:ecs:us-east-1:111122223333:service/prod/${name}`
const secretArn = (name: string): string =>
  `arn:aws:secretsmanager:us-east-1:111122223333:secret:${name}-AbC123`

describe('SecretsReader', () => {
  test('filters by name prefix and tag, keeps only exact AmazonECSCreated matches, describes each', async () => {
    const api = serviceArn('api')
    smMock
      .on(ListSecretsCommand)
      .resolvesOnce({
        SecretList: [
          {
            ARN: secretArn('ecs-sc!1'),
            Name: 'ecs-sc!1',
            Tags: [{ Key: 'AmazonECSCreated', Value: api }]
          },
          // tag-value is a prefix match: api2 comes back too and must not count for api.
          {
            ARN: secretArn('ecs-sc!2'),
            Name: 'ecs-sc!2',
            Tags: [{ Key: 'AmazonECSCreated', Value: `${api}2` }]
          }
        ],
        NextToken: 'page-2'
      })
      .resolvesOnce({ SecretList: [] })
    smMock.on(DescribeSecretCommand, { SecretId: secretArn('ecs-sc!1') }).resolves({
      ARN: secretArn('ecs-sc!1'),
      Name: 'ecs-sc!1',
      CreatedDate: new Date('2026-11-20T00:00:00Z'),
      LastRotatedDate: new Date('2026-11-25T00:00:00Z'),
      NextRotationDate: new Date('2026-11-30T00:00:00Z'),
      RotationEnabled: true,
      ReplicationStatus: [{ Region: 'eu-west-1', Status: 'InSync' }]
    })

    const found = await createSecretsReader('us-east-1').serviceSecrets([api])

    expect(found).toEqual(
      new Map([
        [
          api,
          [
            {
              name: 'ecs-sc!1',
              arn: secretArn('ecs-sc!1'),
              createdAt: new Date('2026-11-20T00:00:00Z'),
              lastRotatedAt: new Date('2026-11-25T00:00:00Z'),
              nextRotationAt: new Date('2026-11-30T00:00:00Z'),
              rotationEnabled: true,
              replicaRegions: ['eu-west-1']
            }
          ]
        ]
      ])
    )
    // The SDK paginator reuses one input object, so only the filters are compared per call.
    const lists = smMock.commandCalls(ListSecretsCommand).map((call) => call.args[0].input)
    expect(lists).toHaveLength(2)
    for (const input of lists)
      expect(input).toMatchObject({
        Filters: [
          { Key: 'name', Values: ['ecs-sc!'] },
          { Key: 'tag-key', Values: ['AmazonECSCreated'] },
          { Key: 'tag-value', Values: [api] }
        ],
        MaxResults: 100
      })
    expect(smMock.commandCalls(DescribeSecretCommand)).toHaveLength(1)
    expect(smMock.commandCalls(GetSecretValueCommand)).toHaveLength(0)
  })

  test('services go 10 to a ListSecrets call; every service asked for has an entry', async () => {
    smMock.on(ListSecretsCommand).resolves({ SecretList: [] })
    const arns = Array.from({ length: 23 }, (_, i) => serviceArn(`svc${String(i)}`))
    const found = await createSecretsReader('us-east-1').serviceSecrets(arns)
    const sizes = smMock
      .commandCalls(ListSecretsCommand)
      .map((call) => call.args[0].input.Filters?.[2]?.Values?.length)
    expect(sizes).toEqual([10, 10, 3])
    expect([...found.keys()]).toEqual(arns)
    expect([...found.values()].every((list) => list.length === 0)).toBe(true)
  })
})

describe('readCertificates', () => {
  const deployment = { name: 'api', serviceArn: serviceArn('api'), completedAt: new Date(0) }

  test('AccessDenied: no reports, one "not checked" warning naming both permissions', async () => {
    const denied = Object.assign(
      new Error('not authorized to perform secretsmanager:ListSecrets'),
      {
        name: 'AccessDeniedException',
        $metadata: {}
      }
    )
    smMock.on(ListSecretsCommand).rejects(denied)
    const read = await readCertificates(
      [deployment],
      () => Promise.resolve(createSecretsReader('us-east-1')),
      { graceMinutes: 15 }
    )
    expect(read.reports).toEqual([])
    expect(read.finding).toMatchObject({
      severity: 'warning',
      code: 'certificates-not-checked'
    })
    expect(read.finding?.message).toContain(
      'secretsmanager:ListSecrets and secretsmanager:DescribeSecret'
    )
  })

  test('any other failure is an error finding; no deployments means no call at all', async () => {
    smMock.on(ListSecretsCommand).rejects(new Error('socket hang up'))
    const reader = () => Promise.resolve(createSecretsReader('us-east-1'))
    const read = await readCertificates([deployment], reader, { graceMinutes: 15 })
    expect(read.finding).toMatchObject({ severity: 'error', code: 'certificates-read-failed' })
    smMock.reset()
    expect(await readCertificates([], reader, { graceMinutes: 15 })).toEqual({ reports: [] })
    expect(smMock.calls()).toHaveLength(0)
  })
})
