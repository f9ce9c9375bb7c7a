import { describe, expect, test } from '@jest/globals'
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import { planService, portChanges } from '../../src/plan/plan.js'
import { withTls } from '../../src/plan/service-connect.js'
import {
  CA_ARN,
  deployment,
  entry,
  KMS_KEY,
  NAMESPACE_ARN,
  okTarget,
  OTHER_CA_ARN,
  OTHER_KMS_KEY,
  OTHER_ROLE_ARN,
  REGION,
  richConfig,
  ROLE_ARN,
  scConfig,
  serviceArn,
  tls
} from './fixtures.js'
import type { DesiredTls } from '../../src/model/plan.js'
import {
  chooseEntries,
  primaryDeployment,
  sameTls,
  tlsView
} from '../../src/util/service-connect.js'

const DESIRED: DesiredTls = { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN }
const TLS_BLOCK = {
  issuerCertificateAuthority: { awsPcaAuthorityArn: CA_ARN },
  kmsKey: KMS_KEY,
  roleArn: ROLE_ARN
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member)
    Object.freeze(value)
  }
  return value
}

describe('withTls', () => {
  test('adds tls to the chosen entries and keeps every other member as it was', () => {
    const merged = withTls(richConfig(), DESIRED, new Set(['http', 'admin']))
    // Written out by hand, in the order ECS returned it: whatever is missing here would be
    // deleted from the service, because UpdateService replaces the whole configuration.
    const expected: ServiceConnectConfiguration = {
      enabled: true,
      namespace: NAMESPACE_ARN,
      services: [
        {
          portName: 'http',
          discoveryName: 'web',
          clientAliases: [
            {
              port: 80,
              dnsName: 'web.internal',
              testTrafficRules: { header: { name: 'x-canary', value: { exact: '1' } } }
            }
          ],
          ingressPortOverride: 8080,
          timeout: { idleTimeoutSeconds: 300, perRequestTimeoutSeconds: 60 },
          tls: TLS_BLOCK
        },
        {
          portName: 'grpc',
          discoveryName: 'web-grpc',
          clientAliases: [{ port: 50051, dnsName: 'grpc.web.internal' }]
        },
        { portName: 'admin', clientAliases: [{ port: 9000 }], tls: TLS_BLOCK }
      ],
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/service-connect',
          'awslogs-region': REGION,
          'awslogs-stream-prefix': 'sc'
        }
      },
      accessLogConfiguration: { format: 'JSON', includeQueryParameters: 'ENABLED' }
    }
    expect(merged).toStrictEqual(expected)
    // Same members in the same order, all the way down.
    expect(JSON.stringify(merged)).toBe(JSON.stringify(expected))
  })

  test('keeps the key order of the configuration and of each entry', () => {
    const original = richConfig()
    const merged = withTls(original, DESIRED, new Set(['http']))
    expect(Object.keys(merged)).toEqual([
      'enabled',
      'namespace',
      'services',
      'logConfiguration',
      'accessLogConfiguration'
    ])
    const [http, grpc] = merged.services ?? []
    expect(Object.keys(http ?? {})).toEqual([
      'portName',
      'discoveryName',
      'clientAliases',
      'ingressPortOverride',
      'timeout',
      'tls'
    ])
    expect(Object.keys(grpc ?? {})).toEqual(['portName', 'discoveryName', 'clientAliases'])
    expect(Object.keys(http?.tls ?? {})).toEqual([
      'issuerCertificateAuthority',
      'kmsKey',
      'roleArn'
    ])
  })

  test('replaces an existing tls block in place', () => {
    const config = scConfig({ portName: 'http', tls: tls(OTHER_CA_ARN), discoveryName: 'web' })
    const merged = withTls(config, DESIRED, new Set(['http']))
    expect(merged.services?.[0]).toStrictEqual({
      portName: 'http',
      tls: TLS_BLOCK,
      discoveryName: 'web'
    })
    expect(Object.keys(merged.services?.[0] ?? {})).toEqual(['portName', 'tls', 'discoveryName'])
  })

  test('sets no kmsKey when none is asked for (ECS then uses an AWS-owned key)', () => {
    const merged = withTls(richConfig(), { caArn: CA_ARN, roleArn: ROLE_ARN }, new Set(['grpc']))
    const block = merged.services?.[1]?.tls
    expect(block).toStrictEqual({
      issuerCertificateAuthority: { awsPcaAuthorityArn: CA_ARN },
      roleArn: ROLE_ARN
    })
    expect(block && 'kmsKey' in block).toBe(false)
    expect(merged.services?.[0]?.tls).toBeUndefined()
    expect(merged.services?.[2]?.tls).toBeUndefined()
  })

  test('does not change the configuration it is given', () => {
    const original = deepFreeze(richConfig())
    const copy = structuredClone(original)
    const merged = withTls(original, DESIRED, new Set(['http', 'grpc', 'admin']))
    expect(original).toStrictEqual(copy)
    expect(merged).not.toBe(original)
    expect(merged.services?.every((item) => item.tls !== undefined)).toBe(true)
  })

  test('each chosen entry gets its own tls object', () => {
    const merged = withTls(richConfig(), DESIRED, new Set(['http', 'admin']))
    const [http, , admin] = merged.services ?? []
    expect(http?.tls).toEqual(admin?.tls)
    expect(http?.tls).not.toBe(admin?.tls)
  })

  test('a configuration without services comes back unchanged', () => {
    const config: ServiceConnectConfiguration = { enabled: true, namespace: 'internal' }
    expect(withTls(config, DESIRED, new Set(['http']))).toStrictEqual({
      enabled: true,
      namespace: 'internal'
    })
  })
})

describe('helpers', () => {
  test('primaryDeployment picks the PRIMARY deployment whatever its position', () => {
    const primary = deployment('ecs-svc/2', 'PRIMARY')
    expect(primaryDeployment({ deployments: [deployment('ecs-svc/1', 'ACTIVE'), primary] })).toBe(
      primary
    )
    expect(primaryDeployment({ deployments: [deployment('ecs-svc/1', 'ACTIVE')] })).toBeUndefined()
    expect(primaryDeployment({})).toBeUndefined()
  })

  test('chooseEntries: all entries when no port names are given, else the names, else the unknown ones', () => {
    const entries = [entry('http'), entry('grpc')]
    expect(chooseEntries(entries, [])).toEqual({ chosen: new Set(['http', 'grpc']) })
    expect(chooseEntries(entries, ['grpc'])).toEqual({ chosen: new Set(['grpc']) })
    expect(chooseEntries(entries, ['grpc', 'admin', 'metrics'])).toEqual({
      unknown: ['admin', 'metrics']
    })
  })

  test('tlsView flattens a block; sameTls treats a missing kmsKey as the AWS-owned key', () => {
    expect(tlsView(tls(CA_ARN, ROLE_ARN, KMS_KEY))).toStrictEqual({
      caArn: CA_ARN,
      kmsKey: KMS_KEY,
      roleArn: ROLE_ARN
    })
    expect(tlsView(tls(CA_ARN))).toStrictEqual({ caArn: CA_ARN, roleArn: ROLE_ARN })
    expect(tlsView(undefined)).toBeUndefined()
    expect(
      sameTls({ caArn: CA_ARN, roleArn: ROLE_ARN }, { caArn: CA_ARN, roleArn: ROLE_ARN })
    ).toBe(true)
    expect(sameTls({ caArn: CA_ARN }, { caArn: CA_ARN, kmsKey: KMS_KEY })).toBe(false)
    expect(sameTls(undefined, undefined)).toBe(true)
    expect(sameTls(undefined, { caArn: CA_ARN })).toBe(false)
  })
})

describe('planService', () => {
  test('nothing to change when every chosen entry already has the requested TLS', () => {
    const config = scConfig(
      entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)),
      entry('grpc', tls(CA_ARN, ROLE_ARN, KMS_KEY))
    )
    const plan = planService(okTarget('web', config), DESIRED)
    expect(plan.changed).toBe(false)
    expect(plan.error).toBeUndefined()
    expect(plan.ports.map((port) => port.changed)).toEqual([false, false])
  })

  test('only the chosen entries count: TLS missing on an unchosen port is no change', () => {
    const config = scConfig(entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)), entry('admin'))
    const plan = planService(okTarget('web', config, ['http']), DESIRED)
    expect(plan.changed).toBe(false)
    expect(plan.after?.services?.[1]).toStrictEqual({ portName: 'admin' })
  })

  test.each([
    { why: 'no TLS yet', current: undefined },
    { why: 'another CA', current: tls(OTHER_CA_ARN, ROLE_ARN, KMS_KEY) },
    { why: 'another role', current: tls(CA_ARN, OTHER_ROLE_ARN, KMS_KEY) },
    { why: 'another KMS key', current: tls(CA_ARN, ROLE_ARN, OTHER_KMS_KEY) },
    { why: 'the AWS-owned key where a KMS key is asked for', current: tls(CA_ARN, ROLE_ARN) }
  ])('a change when the entry has $why', ({ current }) => {
    const plan = planService(okTarget('web', scConfig(entry('http', current))), DESIRED)
    expect(plan.changed).toBe(true)
    expect(plan.after?.services?.[0]?.tls).toStrictEqual(TLS_BLOCK)
  })

  test('an empty kms-key keeps the customer key a port already has: no change, no downgrade', () => {
    const plan = planService(
      okTarget('web', scConfig(entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)), entry('grpc'))),
      { caArn: CA_ARN, roleArn: ROLE_ARN }
    )
    expect(plan.ports).toStrictEqual([
      {
        portName: 'http',
        changed: false,
        before: { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN },
        after: { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN }
      },
      { portName: 'grpc', changed: true, after: { caArn: CA_ARN, roleArn: ROLE_ARN } }
    ])
  })

  test('kms-key: aws-owned drops a customer key on purpose', () => {
    const plan = planService(
      okTarget('web', scConfig(entry('http', tls(CA_ARN, ROLE_ARN, KMS_KEY)))),
      { caArn: CA_ARN, roleArn: ROLE_ARN, awsOwnedKey: true }
    )
    expect(plan.changed).toBe(true)
    expect(plan.ports).toStrictEqual([
      {
        portName: 'http',
        changed: true,
        before: { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN },
        after: { caArn: CA_ARN, roleArn: ROLE_ARN }
      }
    ])
  })

  test('port changes show each port before and after', () => {
    const config = scConfig(entry('http', tls(OTHER_CA_ARN)), entry('grpc'), entry('admin'))
    const plan = planService(okTarget('web', config, ['http', 'grpc']), DESIRED)
    expect(plan).toStrictEqual({
      name: 'web',
      serviceArn: serviceArn('web'),
      ports: [
        {
          portName: 'http',
          changed: true,
          before: { caArn: OTHER_CA_ARN, roleArn: ROLE_ARN },
          after: { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN }
        },
        {
          portName: 'grpc',
          changed: true,
          after: { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN }
        },
        { portName: 'admin', changed: false }
      ],
      before: config,
      after: scConfig(entry('http', TLS_BLOCK), entry('grpc', TLS_BLOCK), entry('admin')),
      changed: true
    })
  })

  test('a target that cannot be worked on becomes an error plan with nothing to write', () => {
    const plan = planService(
      {
        ok: false,
        name: 'web',
        serviceArn: serviceArn('web'),
        code: 'no-service-connect',
        reason: 'no SC'
      },
      DESIRED
    )
    expect(plan).toStrictEqual({
      name: 'web',
      serviceArn: serviceArn('web'),
      error: 'no SC',
      ports: [],
      changed: false
    })
  })

  test('portChanges pairs entries by position', () => {
    const before = scConfig(entry('a'), entry('b', tls(CA_ARN)))
    const after = scConfig(entry('a', tls(CA_ARN)), entry('b', tls(CA_ARN)))
    expect(portChanges(before, after)).toStrictEqual([
      { portName: 'a', changed: true, after: { caArn: CA_ARN, roleArn: ROLE_ARN } },
      {
        portName: 'b',
        changed: false,
        before: { caArn: CA_ARN, roleArn: ROLE_ARN },
        after: { caArn: CA_ARN, roleArn: ROLE_ARN }
      }
    ])
  })
})
