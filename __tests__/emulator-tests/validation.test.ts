/**
 * Requests are held to the extracted models: what the SDK would never send is sent raw here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { type Emulator, loadModel, startEmulator, validateShape } from '../emulator/index.js'
import { rawJson, sdkClients } from '../emulator/testing.js'

let emu: Emulator
let caArn: string

beforeAll(async () => {
  emu = await startEmulator()
  emu.addService({
    cluster: 'demo',
    name: 'api',
    serviceConnectConfiguration: { enabled: true, services: [{ portName: 'http' }] }
  })
  caArn = (await emu.addCertificateAuthority()).arn
})
afterAll(async () => {
  await emu.close()
})

const errorOf = (body: unknown): { __type?: string; message?: string } =>
  body as { __type?: string; message?: string }

describe('request validation against the model', () => {
  test('an unknown member is a SerializationException naming the member', async () => {
    const res = await rawJson(emu, 'ecs', 'UpdateService', {
      cluster: 'demo',
      service: 'api',
      serviceConnectConfiguration: {
        enabled: true,
        services: [{ portName: 'http', tlsMode: 'on' }]
      }
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('x-amzn-errortype')).toBe('SerializationException')
    expect(errorOf(res.body).__type).toBe('SerializationException')
    expect(errorOf(res.body).message).toContain("'tlsMode'")
    expect(emu.service('demo', 'api').deployments).toHaveLength(1)
  })

  test('a missing required member: ECS InvalidParameterException, ACM-PCA/KMS ValidationException', async () => {
    const ecs = await rawJson(emu, 'ecs', 'UpdateService', {
      cluster: 'demo',
      service: 'api',
      serviceConnectConfiguration: { enabled: true, services: [{ discoveryName: 'x' }] }
    })
    expect(ecs.status).toBe(400)
    expect(errorOf(ecs.body)).toEqual({
      __type: 'InvalidParameterException',
      message:
        "1 validation error detected: Value null at 'serviceConnectConfiguration.services[0].portName' failed to satisfy constraint: Member must not be null"
    })
    const pca = await rawJson(emu, 'acm-pca', 'DescribeCertificateAuthority', {})
    expect(errorOf(pca.body).__type).toBe('ValidationException')
    const kms = await rawJson(emu, 'kms', 'DescribeKey', { GrantTokens: [] })
    expect(errorOf(kms.body).__type).toBe('ValidationException')
    expect(errorOf(kms.body).message).toContain("'KeyId'")
  })

  test('a bad enum value or constraint is a validation error; a wrong JSON type is a SerializationException', async () => {
    const badEnum = await rawJson(emu, 'ecs', 'UpdateService', {
      service: 'api',
      cluster: 'demo',
      serviceConnectConfiguration: { enabled: true, accessLogConfiguration: { format: 'XML' } }
    })
    expect(errorOf(badEnum.body).__type).toBe('InvalidParameterException')
    expect(errorOf(badEnum.body).message).toContain('enum value set: [TEXT, JSON]')

    const badPort = await rawJson(emu, 'ecs', 'UpdateService', {
      service: 'api',
      cluster: 'demo',
      serviceConnectConfiguration: {
        enabled: true,
        services: [{ portName: 'http', ingressPortOverride: 70000 }]
      }
    })
    expect(errorOf(badPort.body).message).toContain('less than or equal to 65535')

    const badType = await rawJson(emu, 'ecs', 'UpdateService', {
      service: 'api',
      cluster: 'demo',
      serviceConnectConfiguration: { enabled: 'yes' }
    })
    expect(errorOf(badType.body).__type).toBe('SerializationException')

    const badArn = await rawJson(emu, 'acm-pca', 'DescribeCertificateAuthority', {
      CertificateAuthorityArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc'
    })
    expect(errorOf(badArn.body).__type).toBe('ValidationException')
    expect(errorOf(badArn.body).message).toContain('regular expression pattern')
  })

  test('bodies that are not JSON, unknown operations, and unsigned requests are refused like AWS', async () => {
    const garbage = await rawJson(emu, 'ecs', 'DescribeServices', '{not json')
    expect(errorOf(garbage.body).__type).toBe('SerializationException')

    const unknown = await rawJson(emu, 'ecs', 'DeleteService', { service: 'api' })
    expect(errorOf(unknown.body).__type).toBe('UnknownOperationException')
    expect(emu.mutatingCalls().map((c) => c.operation)).toContain('DeleteService')

    const unsigned = await rawJson(
      emu,
      'ecs',
      'DescribeServices',
      { services: ['api'] },
      { signed: false }
    )
    expect(unsigned.status).toBe(400)
    expect(errorOf(unsigned.body).__type).toBe('MissingAuthenticationTokenException')

    const ok = await rawJson(emu, 'acm-pca', 'ListTags', { CertificateAuthorityArn: caArn })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/x-amz-json-1.1')
  })

  test('the SDK surfaces a validation error by its code', async () => {
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      await expect(
        aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: [] }))
      ).rejects.toMatchObject({
        name: 'InvalidParameterException'
      })
    } finally {
      aws.destroy()
    }
  })
})

describe('validateShape', () => {
  const ecs = loadModel('ecs')

  test('accepts a full Service Connect configuration and reports every problem of a bad one', () => {
    expect(
      validateShape(ecs, 'ServiceConnectConfiguration', {
        enabled: true,
        services: [
          {
            portName: 'http',
            clientAliases: [
              { port: 80, testTrafficRules: { header: { name: 'x', value: { exact: 'y' } } } }
            ],
            tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: 'arn' }, roleArn: 'r' }
          }
        ],
        logConfiguration: { logDriver: 'awslogs', options: { a: 'b' } },
        accessLogConfiguration: { format: 'TEXT' }
      })
    ).toEqual([])
    const issues = validateShape(ecs, 'ServiceConnectConfiguration', {
      services: [{ clientAliases: [{ port: -1 }], tls: {} }],
      logConfiguration: { logDriver: 'nope', options: { a: 1 } },
      extra: true
    })
    expect(issues.map((i) => [i.kind, i.path])).toEqual(
      expect.arrayContaining([
        ['unknown-member', 'extra'],
        ['required', 'enabled'],
        ['required', 'services[0].portName'],
        ['range', 'services[0].clientAliases[0].port'],
        ['required', 'services[0].tls.issuerCertificateAuthority'],
        ['enum', 'logConfiguration.logDriver'],
        ['type', 'logConfiguration.options.a']
      ])
    )
  })
})
