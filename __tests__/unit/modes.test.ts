/** modes.ts and read.ts: from what was read to plans, diffs and verdicts, with fake gateways. */
import { describe, expect, jest, test } from '@jest/globals'
import type { Service, TaskDefinition } from '@aws-sdk/client-ecs'
import type { EcsReader } from '../../src/aws/ecs.js'
import type { PcaReader } from '../../src/aws/pca.js'
import type { Simulation } from '../../src/aws/iam.js'
import { ROLE_CA_ACTIONS, ROLE_KMS_ACTIONS } from '../../src/util/permissions.js'
import { TLS_MANAGED_POLICY_ARN } from '../../src/checks/role.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import { desiredTls, planMode, plansFor, verifyMode } from '../../src/plan/modes.js'
import { readFacts } from '../../src/read/read.js'
import { judge } from '../../src/checks/registry.js'
import { resolveTarget } from '../../src/read/target.js'
import {
  ACCOUNT,
  CA_ARN,
  CLUSTER,
  entry,
  inputDefaults,
  KMS_KEY,
  okTarget,
  OTHER_CA_ARN,
  REGION,
  ROLE_ARN,
  scConfig,
  service,
  serviceArn,
  tls
} from './fixtures.js'
import type { CaDetails, World } from '../../src/model/facts.js'
import type { Finding } from '../../src/model/findings.js'

/** A gateway as main.ts hands it over: loaded on first use. */
const lazy =
  <T>(value: T) =>
  (): Promise<T> =>
    Promise.resolve(value)

function inputs(extra: Partial<Inputs> = {}): Inputs {
  return {
    mode: 'apply',
    cluster: CLUSTER,
    services: { all: false, names: ['web'] },
    caArn: CA_ARN,
    roleArn: ROLE_ARN,
    ...inputDefaults(),
    ...extra
  }
}

const world = (extra: Partial<World> = {}): World => ({
  targets: [],
  sharedFindings: [],
  serviceFindings: new Map(),
  ...extra
})

const error = (code: string, service?: string): Finding => ({
  severity: 'error',
  code,
  message: code,
  ...(service ? { service } : {})
})

describe('desiredTls', () => {
  test('takes CA, role and (when given) the KMS key from the inputs', () => {
    expect(desiredTls(inputs())).toStrictEqual({ caArn: CA_ARN, roleArn: ROLE_ARN })
    expect(desiredTls(inputs({ kmsKey: KMS_KEY }))).toStrictEqual({
      caArn: CA_ARN,
      roleArn: ROLE_ARN,
      kmsKey: KMS_KEY
    })
  })
})

describe('plansFor', () => {
  const web = okTarget('web', scConfig(entry('http')))
  const api = okTarget('api', scConfig(entry('http')))

  test('a preflight error about a shared resource blocks every service', () => {
    const { plans } = plansFor(
      world({ targets: [web, api], sharedFindings: [error('ca-not-tagged')] }),
      inputs()
    )
    expect(plans.map((plan) => plan.error)).toEqual([
      'preflight found 1 error(s) (ca-not-tagged)',
      'preflight found 1 error(s) (ca-not-tagged)'
    ])
  })

  test("all or nothing: one service's error holds back every other service", () => {
    const { plans, blockedBy } = plansFor(
      world({
        targets: [web, api],
        sharedFindings: [{ severity: 'warning', code: 'role-policy-missing', message: 'w' }],
        serviceFindings: new Map([
          ['api', [error('network-mode', 'api'), error('network-mode', 'api')]]
        ])
      }),
      inputs()
    )
    expect(plans[1]?.error).toBe('preflight found 2 error(s) (network-mode)')
    expect(plans[0]?.changed).toBe(true)
    expect(plans[0]?.error).toMatch(/^not updated: .* and api did$/)
    expect(blockedBy).toEqual([
      { service: 'api', reason: 'preflight found 2 error(s) (network-mode)' }
    ])
  })

  test('warnings and notices block nothing', () => {
    const { plans, blockedBy } = plansFor(
      world({
        targets: [web, api],
        sharedFindings: [{ severity: 'warning', code: 'role-policy-missing', message: 'w' }],
        serviceFindings: new Map([
          ['api', [{ severity: 'notice', code: 'n', message: 'n', service: 'api' }]]
        ])
      }),
      inputs()
    )
    expect(plans.map((plan) => plan.error)).toEqual([undefined, undefined])
    expect(blockedBy).toEqual([])
  })

  test('a service that cannot be planned (unknown port) blocks the others', () => {
    const noMetrics = resolveTarget(
      { name: 'api', service: service('api', scConfig(entry('http'))) },
      CLUSTER,
      ['http', 'metrics']
    )
    const both = resolveTarget(
      { name: 'web', service: service('web', scConfig(entry('http'), entry('metrics'))) },
      CLUSTER,
      ['http', 'metrics']
    )
    const { plans, blockedBy } = plansFor(world({ targets: [both, noMetrics] }), inputs())
    expect(blockedBy.map((blocker) => blocker.service)).toEqual(['api'])
    expect(plans[0]?.error).toContain('api')
  })

  test('an in-flight release reported as an error finding blocks the run too', () => {
    const { blockedBy } = plansFor(
      world({
        targets: [web, api],
        serviceFindings: new Map([['web', [error('deployment-in-progress', 'web')]]])
      }),
      inputs()
    )
    expect(blockedBy.map((blocker) => blocker.service)).toEqual(['web'])
  })

  test('a target problem keeps its own reason', () => {
    const missing = resolveTarget({ name: 'ghost' }, CLUSTER, [])
    const { plans } = plansFor(
      world({ targets: [missing], sharedFindings: [error('ca-not-tagged')] }),
      inputs()
    )
    expect(plans[0]?.error).toContain('was not found')
  })
})

describe('planMode', () => {
  test('a diff for each changing service, none for the others', () => {
    const done = okTarget('done', scConfig(entry('http', tls(CA_ARN))))
    const todo = okTarget('todo', scConfig(entry('http', tls(OTHER_CA_ARN))))
    const { outcomes, diffs } = planMode(world({ targets: [done, todo] }), inputs())
    expect(outcomes.map((outcome) => [outcome.name, outcome.status])).toEqual([
      ['done', 'unchanged'],
      ['todo', 'would-update']
    ])
    expect([...diffs.keys()]).toEqual(['todo'])
    // Each hunk is labelled with its port; inside it, entry (0) > tls (2) > CA (4) > ARN (6).
    expect(diffs.get('todo')?.split('\n')[0]).toBe('@@ todo, port http @@')
    expect(diffs.get('todo')).toContain(`- ${' '.repeat(6)}"awsPcaAuthorityArn": "${OTHER_CA_ARN}"`)
    expect(diffs.get('todo')).toContain(`+ ${' '.repeat(6)}"awsPcaAuthorityArn": "${CA_ARN}"`)
  })
})

describe('verifyMode', () => {
  test('preflight errors make an otherwise compliant service noncompliant', () => {
    const good = okTarget('web', scConfig(entry('http', tls(CA_ARN))))
    const [outcome] = verifyMode(
      world({
        targets: [good],
        serviceFindings: new Map([['web', [error('network-mode', 'web')]]])
      }),
      inputs({ mode: 'verify' })
    )
    expect(outcome?.status).toBe('noncompliant')
    expect(outcome?.ports).toStrictEqual([
      { portName: 'http', before: { caArn: CA_ARN, roleArn: ROLE_ARN }, changed: false }
    ])
  })

  test('with the expected TLS and no errors the service is compliant', () => {
    const good = okTarget('web', scConfig(entry('http', tls(CA_ARN))))
    const [outcome] = verifyMode(world({ targets: [good] }), inputs({ mode: 'verify' }))
    expect(outcome?.status).toBe('compliant')
    expect(outcome?.findings).toEqual([])
  })
})

/** The read and the checks, as a live run composes them. */
const readWorld = async (...args: Parameters<typeof readFacts>) =>
  judge(await readFacts(...args), { inputs: args[0], now: new Date() })

describe('readWorld', () => {
  const taskDefinitionArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/web:7`
  const awsvpc: TaskDefinition = {
    family: 'web',
    revision: 7,
    networkMode: 'awsvpc',
    containerDefinitions: [{ name: 'app', portMappings: [{ containerPort: 8080, name: 'http' }] }]
  }

  function ecs(
    services: Service[],
    arns: string[] = []
  ): {
    describeServices: jest.Mock<EcsReader['describeServices']>
    listServiceArns: () => Promise<string[]>
    describeTaskDefinition: jest.Mock<EcsReader['describeTaskDefinition']>
    describeServiceDeployments: EcsReader['describeServiceDeployments']
    describeServiceRevisions: EcsReader['describeServiceRevisions']
  } {
    return {
      describeServices: jest.fn<EcsReader['describeServices']>((_cluster, names) =>
        Promise.resolve({
          found: new Map(
            names.flatMap((name) => {
              const match = services.find((item) => item.serviceName === name)
              return match ? [[name, match] as const] : []
            })
          )
        })
      ),
      listServiceArns: () => Promise.resolve(arns),
      describeTaskDefinition: jest.fn<EcsReader['describeTaskDefinition']>(() =>
        Promise.resolve(awsvpc)
      ),
      describeServiceDeployments: () => Promise.resolve(new Map()),
      describeServiceRevisions: () => Promise.resolve(new Map())
    }
  }

  const healthyCa = (notAfter: string): CaDetails => ({
    arn: CA_ARN,
    certificatePem: '',
    chainPem: '',
    subject: 'CN=CA',
    issuer: 'CN=CA',
    serialNumber: '01',
    notBefore: '2020-01-01T00:00:00.000Z',
    notAfter,
    fingerprintSha256: 'AA',
    status: 'ACTIVE',
    type: 'ROOT',
    usageMode: 'SHORT_LIVED_CERTIFICATE',
    keyAlgorithm: 'EC_prime256v1',
    tags: { AmazonECSManaged: 'true' }
  })
  /** A PCA gateway whose CA read gives `ca` (tags come from ListTags, as in the gateway). */
  const pcaOf = (read: () => Promise<CaDetails>): PcaReader => ({
    readCertificateAuthority: async () => {
      const ca = { ...(await read()) }
      delete ca.tags
      return ca
    },
    listTags: async () => (await read()).tags ?? {},
    readCertificate: () => Promise.reject(new Error('not expected'))
  })
  const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString()

  test("'*' works on the ACTIVE services that have Service Connect entries", async () => {
    const config = scConfig(entry('http'))
    const reader = ecs(
      [
        service('web', config),
        service('client-only', { enabled: true, namespace: 'internal' }),
        service('plain'),
        service('draining', config, { status: 'DRAINING' }),
        service('off', { ...config, enabled: false })
      ],
      ['web', 'client-only', 'plain', 'draining', 'off', 'gone'].map(serviceArn)
    )
    const read = await readWorld(inputs({ services: { all: true }, caArn: CA_ARN }), {
      ecs: reader
    })
    expect(read.targets.map((target) => [target.name, target.ok])).toEqual([['web', true]])
  })

  test('one DescribeTaskDefinition per distinct task definition, and its findings per service', async () => {
    const reader = ecs([
      service('web', scConfig(entry('http'))),
      service('api', scConfig(entry('grpc')))
    ])
    const read = await readWorld(
      inputs({ services: { all: false, names: ['web', 'api', 'ghost'] } }),
      { ecs: reader }
    )
    expect(reader.describeTaskDefinition).toHaveBeenCalledTimes(1)
    expect(reader.describeTaskDefinition).toHaveBeenCalledWith(taskDefinitionArn)
    expect(read.serviceFindings.get('web')).toEqual([])
    expect(read.serviceFindings.get('api')?.map((finding) => finding.code)).toEqual([
      'port-not-in-task-definition'
    ])
    expect(read.serviceFindings.has('ghost')).toBe(false)
    expect(read.targets.map((target) => target.ok)).toEqual([true, true, false])
  })

  test('the CA must have 7 days left to apply; verify uses min-ca-validity-days as its error line', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const pca = pcaOf(() => Promise.resolve(healthyCa(inDays(10))))
    const applying = await readWorld(inputs(), { ecs: reader, pca: lazy(pca) })
    expect(applying.sharedFindings.map((finding) => [finding.severity, finding.code])).toEqual([
      ['warning', 'ca-expiring-soon']
    ])
    expect(applying.sharedFindings[0]?.message).toMatch(
      /^CA certificate is valid for \d+ days \(until /
    )
    const verifying = await readWorld(inputs({ mode: 'verify' }), { ecs: reader, pca: lazy(pca) })
    expect(verifying.sharedFindings.map((finding) => [finding.severity, finding.code])).toEqual([
      ['error', 'ca-expiring']
    ])
  })

  test('a CA in another account than the services is flagged from the service ARNs', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const foreign = { ...healthyCa(inDays(365)), arn: CA_ARN.replace(ACCOUNT, '210987654321') }
    const read = await readWorld(inputs(), {
      ecs: reader,
      pca: lazy(pcaOf(() => Promise.resolve(foreign)))
    })
    expect(read.sharedFindings.map((finding) => finding.code)).toEqual(['ca-other-account'])
  })

  test('a CA that cannot be read stops the run with a message saying nothing changed', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const pca = pcaOf(() => Promise.reject(new Error('ResourceNotFound')))
    await expect(readWorld(inputs(), { ecs: reader, pca: lazy(pca) })).rejects.toThrow(
      `Could not read the certificate authority ${CA_ARN}: ResourceNotFound. Nothing was changed.`
    )
  })

  test('no permission to read the key or role: the check is skipped with a warning, other errors are errors', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
    const read = await readWorld(inputs({ kmsKey: KMS_KEY }), {
      ecs: reader,
      kms: lazy({
        describeKey: () => Promise.reject(denied),
        getKeyPolicy: () => Promise.reject(denied)
      }),
      iam: lazy({
        readRole: () => Promise.reject(new Error('socket hang up')),
        simulate: () => Promise.reject(new Error('not expected'))
      })
    })
    expect(read.sharedFindings.map((finding) => [finding.severity, finding.code])).toEqual([
      ['warning', 'check-skipped'],
      ['error', 'read-failed'],
      ['warning', 'check-skipped']
    ])
    expect(read.sharedFindings[0]?.message).toContain('kms:DescribeKey')
    expect(read.sharedFindings[0]?.message).toContain(
      'policies/read-only.json and policies/apply.json grant it'
    )
    expect(read.sharedFindings[2]?.message).toContain('kms:GetKeyPolicy')
  })

  test('IAM simulation: the key policy is the resource policy, the CA tags are context; denials are errors', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const simulate = jest.fn((simulation: Simulation) =>
      Promise.resolve(
        new Map(
          simulation.actions.map((action) => [
            action,
            action === 'kms:Decrypt' ? 'implicitDeny' : 'allowed'
          ])
        )
      )
    )
    const read = await readWorld(inputs({ kmsKey: KMS_KEY }), {
      ecs: reader,
      pca: lazy(pcaOf(() => Promise.resolve(healthyCa(inDays(365))))),
      kms: lazy({
        describeKey: () =>
          Promise.resolve({
            KeyId: 'k',
            Enabled: true,
            KeySpec: 'SYMMETRIC_DEFAULT' as const,
            KeyUsage: 'ENCRYPT_DECRYPT' as const
          }),
        getKeyPolicy: () => Promise.resolve('{"Statement":[]}')
      }),
      iam: lazy({
        readRole: () =>
          Promise.resolve({
            trustPolicy:
              '{"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
            attachedPolicyArns: [TLS_MANAGED_POLICY_ARN]
          }),
        simulate
      })
    })
    expect(simulate.mock.calls.map(([call]) => call)).toEqual([
      {
        roleArn: ROLE_ARN,
        actions: ROLE_KMS_ACTIONS,
        resourceArn: KMS_KEY,
        resourcePolicy: '{"Statement":[]}'
      },
      {
        roleArn: ROLE_ARN,
        actions: ROLE_CA_ACTIONS,
        resourceArn: CA_ARN,
        context: { 'aws:ResourceTag/AmazonECSManaged': 'true' }
      }
    ])
    expect(read.sharedFindings.map((finding) => [finding.severity, finding.code])).toEqual([
      ['error', 'role-kms-denied']
    ])
  })

  test('tags that may not be read: a warning, no tag error, and no CA simulation', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException' })
    const simulate = jest.fn(() => Promise.resolve(new Map<string, string>()))
    const read = await readWorld(inputs(), {
      ecs: reader,
      pca: lazy({
        ...pcaOf(() => Promise.resolve(healthyCa(inDays(365)))),
        listTags: () => Promise.reject(denied)
      }),
      iam: lazy({
        readRole: () => Promise.resolve({ trustPolicy: '{}', attachedPolicyArns: [] }),
        simulate
      })
    })
    expect(read.ca?.arn).toBe(CA_ARN)
    expect(read.sharedFindings.filter((finding) => finding.code === 'check-skipped')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('acm-pca:ListTags') as unknown })
    ])
    expect(read.sharedFindings.map((finding) => finding.code)).not.toContain('ca-not-tagged')
    expect(simulate).not.toHaveBeenCalled()
  })

  test('the role is read by its name, not its ARN', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    const readRole = jest.fn((_name: string) =>
      Promise.resolve({ trustPolicy: '{}', attachedPolicyArns: [] as string[] })
    )
    await readWorld(inputs({ roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/ecs-sc-tls` }), {
      ecs: reader,
      iam: lazy({ readRole, simulate: () => Promise.resolve(new Map<string, string>()) })
    })
    expect(readRole).toHaveBeenCalledWith('ecs-sc-tls')
  })

  test('services are asked for by the names given', async () => {
    const reader = ecs([service('web', scConfig(entry('http')))])
    await readWorld(inputs({ services: { all: false, names: ['web', serviceArn('api')] } }), {
      ecs: reader
    })
    expect(reader.describeServices).toHaveBeenCalledWith(CLUSTER, ['web', serviceArn('api')])
  })
})
