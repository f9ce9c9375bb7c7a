/**
 * The committed shape files are complete, and the extraction script that produced them keeps
 * only what the listed operations reach (checked on a small synthetic Smithy model, since the
 * official models are not part of the repository).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { loadModel, type ServiceKey } from '../emulator/index.js'

const SCRIPT = 'scripts/extract-model-shapes.mjs'

describe('committed model files', () => {
  test.each<[ServiceKey, string[]]>([
    [
      'ecs',
      [
        'DescribeServices',
        'UpdateService',
        'ListServices',
        'DescribeTaskDefinition',
        'DescribeServiceDeployments',
        'ListServiceDeployments',
        'DescribeServiceRevisions',
        'StopServiceDeployment',
        'ListClusters'
      ]
    ],
    ['acm-pca', ['DescribeCertificateAuthority', 'GetCertificateAuthorityCertificate', 'ListTags']],
    ['kms', ['DescribeKey', 'GetKeyPolicy']],
    ['secretsmanager', ['ListSecrets', 'DescribeSecret']],
    ['iam', ['GetRole', 'ListAttachedRolePolicies', 'SimulatePrincipalPolicy']],
    ['cloudwatch', ['GetMetricData', 'ListMetrics']],
    ['sts', ['GetCallerIdentity']]
  ])(
    '%s: exactly the operations the action calls, every target resolvable',
    (service, operations) => {
      const model = loadModel(service)
      expect(Object.keys(model.operations).sort()).toEqual([...operations].sort())
      const missing: string[] = []
      const need = (name: string, from: string): void => {
        if (!(name in model.shapes)) missing.push(`${name} (from ${from})`)
      }
      for (const [name, op] of Object.entries(model.operations)) {
        for (const ref of [op.input, op.output, ...op.errors]) need(ref, name)
      }
      for (const [name, shape] of Object.entries(model.shapes)) {
        if (shape.type === 'structure' || shape.type === 'union') {
          for (const member of Object.values(shape.members)) need(member.target, name)
        } else if (shape.type === 'list') need(shape.member, name)
        else if (shape.type === 'map') {
          need(shape.key, name)
          need(shape.value, name)
        }
      }
      expect(missing).toEqual([])
    }
  )

  test('the ECS model has the members the action must keep (access logs, test traffic rules)', () => {
    const shapes = loadModel('ecs').shapes
    const members = (name: string): string[] => {
      const shape = shapes[name]
      return shape?.type === 'structure' ? Object.keys(shape.members) : []
    }
    expect(members('ServiceConnectConfiguration')).toContain('accessLogConfiguration')
    expect(members('ServiceConnectClientAlias')).toContain('testTrafficRules')
    expect(members('Service')).not.toContain('serviceConnectConfiguration')
    expect(members('Deployment')).toContain('serviceConnectConfiguration')
    expect(members('Service')).toEqual(
      expect.arrayContaining(['currentServiceDeployment', 'currentServiceRevisions'])
    )
    expect(members('ServiceDeployment')).toEqual(
      expect.arrayContaining(['status', 'lifecycleStage', 'rollback', 'targetServiceRevision'])
    )
    expect(members('ServiceRevision')).toContain('serviceConnectConfiguration')
    expect(members('StopServiceDeploymentRequest')).toEqual(['serviceDeploymentArn', 'stopType'])
    expect(members('DeploymentConfiguration')).toEqual(
      expect.arrayContaining(['strategy', 'bakeTimeInMinutes', 'lifecycleHooks'])
    )
  })
})

test('the CloudWatch model is recorded with the protocol the SDK speaks, next to the model one', () => {
  const model = loadModel('cloudwatch')
  expect(model).toMatchObject({
    protocol: 'awsJson1_0',
    modelProtocol: 'awsQuery',
    awsQueryCompatible: true,
    targetPrefix: 'GraniteServiceVersion20100801',
    signingName: 'monitoring'
  })
})

describe('extract-model-shapes.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'))
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  const ns = 'com.amazonaws.kms'
  const smithy = {
    smithy: '2.0',
    shapes: {
      [`${ns}#TrentService`]: {
        type: 'service',
        version: '2014-11-01',
        operations: [
          { target: `${ns}#DescribeKey` },
          { target: `${ns}#GetKeyPolicy` },
          { target: `${ns}#CreateKey` }
        ],
        traits: {
          'aws.api#service': { sdkId: 'KMS', arnNamespace: 'kms', endpointPrefix: 'kms' },
          'aws.auth#sigv4': { name: 'kms' },
          'aws.protocols#awsJson1_1': {},
          'smithy.api#documentation': 'dropped'
        }
      },
      [`${ns}#DescribeKey`]: {
        type: 'operation',
        input: { target: `${ns}#DescribeKeyRequest` },
        output: { target: `${ns}#DescribeKeyResponse` },
        errors: [{ target: `${ns}#NotFoundException` }]
      },
      [`${ns}#GetKeyPolicy`]: {
        type: 'operation',
        input: { target: `${ns}#DescribeKeyRequest` },
        output: { target: `${ns}#GetKeyPolicyResponse` }
      },
      [`${ns}#GetKeyPolicyResponse`]: {
        type: 'structure',
        members: { Policy: { target: 'smithy.api#String' } }
      },
      [`${ns}#CreateKey`]: { type: 'operation', input: { target: `${ns}#CreateKeyRequest` } },
      [`${ns}#CreateKeyRequest`]: { type: 'structure', members: {} },
      [`${ns}#DescribeKeyRequest`]: {
        type: 'structure',
        members: {
          KeyId: {
            target: `${ns}#KeyIdType`,
            traits: { 'smithy.api#required': {}, 'smithy.api#documentation': 'dropped' }
          },
          Tokens: { target: `${ns}#TokenList` }
        }
      },
      [`${ns}#KeyIdType`]: {
        type: 'string',
        traits: { 'smithy.api#length': { min: 1, max: 2048 } }
      },
      [`${ns}#TokenList`]: { type: 'list', member: { target: 'smithy.api#String' } },
      [`${ns}#DescribeKeyResponse`]: {
        type: 'structure',
        members: {
          State: { target: `${ns}#KeyState` },
          Origin: { target: `${ns}#OriginType` },
          Created: { target: `${ns}#DateType` },
          Labels: { target: `${ns}#LabelMap` }
        }
      },
      [`${ns}#KeyState`]: {
        type: 'enum',
        members: {
          Enabled: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'Enabled' } },
          Disabled: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'Disabled' } }
        }
      },
      [`${ns}#OriginType`]: {
        type: 'string',
        traits: { 'smithy.api#enum': [{ value: 'AWS_KMS' }, { value: 'EXTERNAL' }] }
      },
      [`${ns}#DateType`]: { type: 'timestamp' },
      [`${ns}#LabelMap`]: {
        type: 'map',
        key: { target: 'smithy.api#String' },
        value: { target: 'smithy.api#String' }
      },
      [`${ns}#NotFoundException`]: {
        type: 'structure',
        members: { message: { target: 'smithy.api#String' } },
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 }
      }
    }
  }

  test('keeps the listed operation and what it reaches, in a compact form', () => {
    const input = join(dir, 'kms-2014-11-01.json')
    writeFileSync(input, JSON.stringify(smithy))
    const out = join(dir, 'out')
    execFileSync(process.execPath, [SCRIPT, out, input], { stdio: 'pipe' })
    const extracted = JSON.parse(readFileSync(join(out, 'kms.json'), 'utf8')) as Record<
      string,
      unknown
    >

    expect(extracted).toMatchObject({
      service: 'kms',
      protocol: 'awsJson1_1',
      targetPrefix: 'TrentService',
      signingName: 'kms',
      source: {
        file: 'kms-2014-11-01.json',
        serviceShape: `${ns}#TrentService`,
        version: '2014-11-01'
      },
      operations: {
        DescribeKey: {
          input: 'DescribeKeyRequest',
          output: 'DescribeKeyResponse',
          errors: ['NotFoundException']
        }
      }
    })
    expect(extracted.shapes).toEqual({
      DateType: { type: 'timestamp' },
      DescribeKeyRequest: {
        type: 'structure',
        members: { KeyId: { target: 'KeyIdType', required: true }, Tokens: { target: 'TokenList' } }
      },
      DescribeKeyResponse: {
        type: 'structure',
        members: {
          State: { target: 'KeyState' },
          Origin: { target: 'OriginType' },
          Created: { target: 'DateType' },
          Labels: { target: 'LabelMap' }
        }
      },
      GetKeyPolicyResponse: {
        type: 'structure',
        members: { Policy: { target: 'smithy.api#String' } }
      },
      KeyIdType: { type: 'string', length: { min: 1, max: 2048 } },
      KeyState: { type: 'enum', values: ['Enabled', 'Disabled'] },
      LabelMap: { type: 'map', key: 'smithy.api#String', value: 'smithy.api#String' },
      NotFoundException: {
        type: 'structure',
        members: { message: { target: 'smithy.api#String' } },
        error: 'client',
        httpError: 404
      },
      OriginType: { type: 'enum', values: ['AWS_KMS', 'EXTERNAL'] },
      'smithy.api#String': { type: 'string' },
      TokenList: { type: 'list', member: 'smithy.api#String' }
    })

    // --check passes on fresh output and fails once the model changes.
    const fresh = spawnSync(process.execPath, [SCRIPT, '--check', out, input])
    expect(fresh.status).toBe(0)
    const [, response] =
      Object.entries(smithy.shapes).find(([k]) => k.endsWith('#DescribeKeyResponse')) ?? []
    Object.assign(response as object, { members: { State: { target: `${ns}#KeyState` } } })
    writeFileSync(input, JSON.stringify(smithy))
    const stale = spawnSync(process.execPath, [SCRIPT, '--check', out, input])
    expect(stale.status).toBe(1)
  })

  test('refuses a service whose operations it does not know', () => {
    const input = join(dir, 'other.json')
    writeFileSync(
      input,
      JSON.stringify({
        shapes: {
          'x#S': { type: 'service', traits: { 'aws.api#service': { arnNamespace: 's3' } } }
        }
      })
    )
    const run = spawnSync(process.execPath, [SCRIPT, join(dir, 'o2'), input], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("service 's3'")
  })
})
