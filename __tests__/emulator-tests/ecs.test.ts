/**
 * The emulated ECS, driven through the real @aws-sdk/client-ecs.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServicesCommand,
  type Service,
  type ServiceConnectConfiguration,
  UpdateServiceCommand,
  waitUntilServicesStable
} from '@aws-sdk/client-ecs'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { type ManualClock, manualClock, type SdkClients, sdkClients } from '../emulator/testing.js'

const CA_ARN =
  'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const ROLE_ARN = 'arn:aws:iam::111122223333:role/ecsInfrastructureRoleForServiceConnectTLS'
const KMS_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

/** Every member a careless round trip could lose. */
function fullConfig(tls: boolean): ServiceConnectConfiguration {
  const tlsConfig = {
    issuerCertificateAuthority: { awsPcaAuthorityArn: CA_ARN },
    kmsKey: KMS_ARN,
    roleArn: ROLE_ARN
  }
  return {
    enabled: true,
    namespace: 'arn:aws:servicediscovery:us-east-1:111122223333:namespace/ns-abcdef0123456789',
    services: [
      {
        portName: 'http',
        discoveryName: 'api',
        clientAliases: [
          {
            port: 80,
            dnsName: 'api.internal',
            testTrafficRules: { header: { name: 'x-canary', value: { exact: 'true' } } }
          }
        ],
        ingressPortOverride: 8081,
        timeout: { idleTimeoutSeconds: 120, perRequestTimeoutSeconds: 30 },
        ...(tls ? { tls: tlsConfig } : {})
      },
      { portName: 'grpc', clientAliases: [{ port: 9090 }], ...(tls ? { tls: tlsConfig } : {}) }
    ],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/sc', 'awslogs-region': 'us-east-1' }
    },
    accessLogConfiguration: { format: 'JSON', includeQueryParameters: 'ENABLED' }
  }
}

const primaryOf = (service: Service | undefined) =>
  service?.deployments?.find((d) => d.status === 'PRIMARY')

let emu: Emulator
let aws: SdkClients
// Rollouts move only when a test moves this clock, so no state is missed on a slow machine.
const ROLLOUT_MS = 50
let clock: ManualClock

beforeEach(async () => {
  clock = manualClock()
  emu = await startEmulator({ rolloutMs: ROLLOUT_MS, clock: clock.now })
  aws = sdkClients(emu, { maxAttempts: 1 })
})
afterEach(async () => {
  aws.destroy()
  await emu.close()
})

async function describe1(name: string, cluster = 'demo'): Promise<Service> {
  const out = await aws.ecs.send(new DescribeServicesCommand({ cluster, services: [name] }))
  const service = out.services?.[0]
  if (!service) throw new Error(`no service ${name}`)
  return service
}

describe('DescribeServices', () => {
  test('returns the seeded configuration on the PRIMARY deployment, not on the service', async () => {
    const arn = emu.addService({
      cluster: 'demo',
      name: 'api',
      serviceConnectConfiguration: fullConfig(false)
    })
    const service = await describe1('api')

    expect(service.serviceArn).toBe(arn)
    expect(arn).toBe('arn:aws:ecs:us-east-1:111122223333:service/demo/api')
    expect(service.clusterArn).toBe('arn:aws:ecs:us-east-1:111122223333:cluster/demo')
    expect(service).not.toHaveProperty('serviceConnectConfiguration')
    expect(service.deployments).toHaveLength(1)
    const primary = primaryOf(service)
    expect(primary?.serviceConnectConfiguration).toEqual(fullConfig(false))
    expect(primary?.id).toMatch(/^ecs-svc\/\d{19}$/)
    expect(primary?.rolloutState).toBe('COMPLETED')
    expect(primary?.networkConfiguration?.awsvpcConfiguration?.subnets?.length).toBeGreaterThan(0)
    expect(service.deploymentConfiguration?.deploymentCircuitBreaker).toEqual({
      enable: true,
      rollback: true
    })
    expect(service.deploymentController).toEqual({ type: 'ECS' })
    expect(service.launchType).toBe('FARGATE')
    expect(service.runningCount).toBe(service.desiredCount)
    expect(service.events?.[0]?.message).toBe('(service api) has reached a steady state.')
    expect(service.events?.[0]?.createdAt).toBeInstanceOf(Date)
  })

  test('a service without Service Connect has no serviceConnectConfiguration anywhere', async () => {
    emu.addService({ cluster: 'demo', name: 'legacy' })
    const service = await describe1('legacy')
    expect(primaryOf(service)).not.toHaveProperty('serviceConnectConfiguration')
  })

  test('accepts names and ARNs; unknown services come back as MISSING failures', async () => {
    const arn = emu.addService({ cluster: 'demo', name: 'api' })
    const out = await aws.ecs.send(
      new DescribeServicesCommand({
        cluster: 'arn:aws:ecs:us-east-1:111122223333:cluster/demo',
        services: [arn, 'ghost']
      })
    )
    expect(out.services?.map((s) => s.serviceName)).toEqual(['api'])
    expect(out.failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:111122223333:service/demo/ghost', reason: 'MISSING' }
    ])
  })

  test('rejects more than 10 services and an unknown cluster', async () => {
    emu.addCluster('demo')
    const names = Array.from({ length: 11 }, (_, i) => `s${i}`)
    await expect(
      aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: names }))
    ).rejects.toMatchObject({
      name: 'InvalidParameterException'
    })
    await expect(
      aws.ecs.send(new DescribeServicesCommand({ cluster: 'nope', services: ['a'] }))
    ).rejects.toMatchObject({
      name: 'ClusterNotFoundException',
      $metadata: { httpStatusCode: 400 }
    })
  })
})

describe('ListServices and DescribeTaskDefinition', () => {
  test('ListServices pages with nextToken (default page size 10)', async () => {
    for (let i = 0; i < 23; i++)
      emu.addService({ cluster: 'big', name: `svc-${String(i).padStart(2, '0')}` })
    const first = await aws.ecs.send(new ListServicesCommand({ cluster: 'big' }))
    expect(first.serviceArns).toHaveLength(10)
    expect(first.nextToken).toBeDefined()

    const all: string[] = []
    let nextToken: string | undefined
    do {
      const page = await aws.ecs.send(
        new ListServicesCommand({ cluster: 'big', maxResults: 7, nextToken })
      )
      all.push(...(page.serviceArns ?? []))
      nextToken = page.nextToken
    } while (nextToken)
    expect(all).toHaveLength(23)
    expect(new Set(all).size).toBe(23)

    await expect(
      aws.ecs.send(new ListServicesCommand({ cluster: 'big', maxResults: 101 }))
    ).rejects.toMatchObject({
      name: 'InvalidParameterException'
    })
  })

  test('DescribeTaskDefinition by family, family:revision and ARN', async () => {
    const arn = emu.addTaskDefinition({
      family: 'web',
      networkMode: 'bridge',
      portMappings: [{ name: 'http', containerPort: 80 }]
    })
    expect(arn).toBe('arn:aws:ecs:us-east-1:111122223333:task-definition/web:1')
    for (const ref of ['web', 'web:1', arn]) {
      const out = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }))
      expect(out.taskDefinition).toMatchObject({
        taskDefinitionArn: arn,
        family: 'web',
        revision: 1,
        networkMode: 'bridge',
        status: 'ACTIVE',
        containerDefinitions: [
          { portMappings: [{ name: 'http', containerPort: 80, protocol: 'tcp' }] }
        ]
      })
    }
    await expect(
      aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'nope' }))
    ).rejects.toMatchObject({
      name: 'ClientException'
    })
  })
})

describe('UpdateService', () => {
  test('a full configuration with TLS round-trips exactly and replaces the old one', async () => {
    emu.addService({ cluster: 'demo', name: 'api', serviceConnectConfiguration: fullConfig(false) })
    const before = primaryOf(await describe1('api'))

    const out = await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: fullConfig(true)
      })
    )
    const deployments = out.service?.deployments ?? []
    expect(deployments.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'IN_PROGRESS'],
      ['ACTIVE', 'COMPLETED']
    ])
    expect(deployments[0]?.runningCount).toBe(0)
    expect(deployments[0]?.serviceConnectConfiguration).toEqual(fullConfig(true))
    expect(deployments[1]?.id).toBe(before?.id)
    expect(deployments[1]?.serviceConnectConfiguration).toEqual(fullConfig(false))

    // Full replacement: a smaller configuration drops what it does not repeat.
    const smaller: ServiceConnectConfiguration = { enabled: true, services: [{ portName: 'http' }] }
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: smaller
      })
    )
    expect(primaryOf(await describe1('api'))?.serviceConnectConfiguration).toEqual(smaller)
    expect(emu.service('demo', 'api').deployments[0]?.serviceConnectConfiguration).toEqual(smaller)
  })

  test('the rollout completes lazily after rolloutMs: one deployment, all tasks running', async () => {
    emu.addService({
      cluster: 'demo',
      name: 'api',
      desiredCount: 2,
      serviceConnectConfiguration: fullConfig(false)
    })
    const update = await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: fullConfig(true)
      })
    )
    const id = update.service?.deployments?.[0]?.id
    clock.advance(ROLLOUT_MS - 1)
    expect((await describe1('api')).deployments).toHaveLength(2)

    clock.advance(1)
    const settled = await describe1('api')
    expect(settled.deployments).toHaveLength(1)
    const primary = primaryOf(settled)
    expect(primary?.id).toBe(id)
    expect(primary?.rolloutState).toBe('COMPLETED')
    expect(primary?.runningCount).toBe(2)
    expect(settled.runningCount).toBe(2)
    const messages = settled.events?.map((e) => e.message) ?? []
    expect(messages.slice(0, 2)).toEqual([
      '(service api) has reached a steady state.',
      `(service api) (deployment ${id ?? ''}) deployment completed.`
    ])
    expect(
      messages.some((m) =>
        /^\(service api\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/.test(
          m ?? ''
        )
      )
    ).toBe(true)
    // Same view through the waiter the action might use.
    await expect(
      waitUntilServicesStable(
        { client: aws.ecs, maxWaitTime: 5, minDelay: 1 },
        { cluster: 'demo', services: ['api'] }
      )
    ).resolves.toMatchObject({ state: 'SUCCESS' })
  })

  test('circuit breaker: the new deployment FAILS and a new PRIMARY rolls back to the old configuration', async () => {
    emu.addService({
      cluster: 'demo',
      name: 'api',
      serviceConnectConfiguration: fullConfig(false),
      rolloutFailure: 'tasks failed to start'
    })
    const original = primaryOf(await describe1('api'))
    const update = await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: fullConfig(true)
      })
    )
    const failedId = update.service?.deployments?.[0]?.id ?? ''

    // First transition: FAILED plus a rollback deployment in progress.
    clock.advance(ROLLOUT_MS)
    const rolling = await describe1('api')
    const failed = rolling.deployments?.find((d) => d.id === failedId)
    expect(failed).toMatchObject({
      status: 'ACTIVE',
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'
    })
    expect(failed?.failedTasks).toBeGreaterThan(0)
    const messages = rolling.events?.map((e) => e.message) ?? []
    expect(messages).toContain(
      `(service api) (deployment ${failedId}) deployment failed: tasks failed to start.`
    )
    expect(messages).toContain(`(service api) rolling back to deployment ${original?.id ?? ''}.`)

    // Then the rollback settles: a new PRIMARY with the previous configuration, alone.
    clock.advance(ROLLOUT_MS)
    const back = await describe1('api')
    expect(back.deployments).toHaveLength(1)
    const primary = primaryOf(back)
    expect(primary?.id).not.toBe(failedId)
    expect(primary?.id).not.toBe(original?.id)
    expect(primary?.rolloutState).toBe('COMPLETED')
    expect(primary?.serviceConnectConfiguration).toEqual(fullConfig(false))
    // The trap AWS-FACTS describes: after the rollback the waiter calls the service stable.
    await expect(
      waitUntilServicesStable(
        { client: aws.ecs, maxWaitTime: 5, minDelay: 1 },
        { cluster: 'demo', services: ['api'] }
      )
    ).resolves.toMatchObject({ state: 'SUCCESS' })

    // The failure was one-shot: the next update goes through.
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: fullConfig(true)
      })
    )
    clock.advance(ROLLOUT_MS)
    const done = await describe1('api')
    expect(done.deployments).toHaveLength(1)
    expect(primaryOf(done)?.serviceConnectConfiguration).toEqual(fullConfig(true))
  })

  test('failNextRollout accepts the full circuit-breaker text', async () => {
    emu.addService({ cluster: 'demo', name: 'api', serviceConnectConfiguration: fullConfig(false) })
    emu.failNextRollout('demo', 'api', 'ECS deployment circuit breaker: tasks failed to start.')
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: fullConfig(true)
      })
    )
    clock.advance(ROLLOUT_MS)
    const state = emu.service('demo', 'api')
    expect(state.deployments.find((d) => d.rolloutState === 'FAILED')?.rolloutStateReason).toBe(
      'ECS deployment circuit breaker: tasks failed to start.'
    )
  })

  test('accepts TLS on a bridge task definition; refuses port names the task definition lacks', async () => {
    const td = emu.addTaskDefinition({
      family: 'bridged',
      networkMode: 'bridge',
      portMappings: [
        { name: 'http', containerPort: 80 },
        { name: 'grpc', containerPort: 90 }
      ]
    })
    emu.addService({
      cluster: 'demo',
      name: 'bridged',
      taskDefinition: td,
      serviceConnectConfiguration: fullConfig(false)
    })
    await expect(
      aws.ecs.send(
        new UpdateServiceCommand({
          cluster: 'demo',
          service: 'bridged',
          serviceConnectConfiguration: fullConfig(true)
        })
      )
    ).resolves.toBeDefined()

    emu.addService({ cluster: 'demo', name: 'api', serviceConnectConfiguration: fullConfig(false) })
    await expect(
      aws.ecs.send(
        new UpdateServiceCommand({
          cluster: 'demo',
          service: 'api',
          serviceConnectConfiguration: { enabled: true, services: [{ portName: 'admin' }] }
        })
      )
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: expect.stringContaining("'admin'")
    })
    // Nothing changed.
    expect(emu.service('demo', 'api').deployments).toHaveLength(1)
  })

  test('refuses TLS for CODE_DEPLOY services; unknown and inactive services fail', async () => {
    emu.addService({
      cluster: 'demo',
      name: 'bluegreen',
      deploymentController: 'CODE_DEPLOY',
      serviceConnectConfiguration: fullConfig(false)
    })
    await expect(
      aws.ecs.send(
        new UpdateServiceCommand({
          cluster: 'demo',
          service: 'bluegreen',
          serviceConnectConfiguration: fullConfig(true)
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterException' })

    emu.addService({ cluster: 'demo', name: 'old', status: 'DRAINING' })
    await expect(
      aws.ecs.send(
        new UpdateServiceCommand({
          cluster: 'demo',
          service: 'old',
          serviceConnectConfiguration: fullConfig(false)
        })
      )
    ).rejects.toMatchObject({ name: 'ServiceNotActiveException' })
    await expect(
      aws.ecs.send(
        new UpdateServiceCommand({ cluster: 'demo', service: 'ghost', forceNewDeployment: true })
      )
    ).rejects.toMatchObject({ name: 'ServiceNotFoundException' })
    await expect(
      aws.ecs.send(
        new UpdateServiceCommand({
          cluster: 'elsewhere',
          service: 'ghost',
          forceNewDeployment: true
        })
      )
    ).rejects.toMatchObject({ name: 'ClusterNotFoundException' })
  })

  test('desiredCount alone does not start a deployment', async () => {
    emu.addService({ cluster: 'demo', name: 'api' })
    const out = await aws.ecs.send(
      new UpdateServiceCommand({ cluster: 'demo', service: 'api', desiredCount: 3 })
    )
    expect(out.service?.deployments).toHaveLength(1)
    expect(out.service?.desiredCount).toBe(3)
    expect(out.service?.runningCount).toBe(3)
  })
})

describe('recording', () => {
  test('records every call in order; mutatingCalls has only writes; resetCalls clears', async () => {
    emu.addService({ cluster: 'demo', name: 'api', serviceConnectConfiguration: fullConfig(false) })
    await describe1('api')
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'demo',
        service: 'api',
        serviceConnectConfiguration: fullConfig(true)
      })
    )
    await expect(describe1('api', 'nope')).rejects.toThrow()

    expect(emu.calls.map((c) => [c.service, c.operation, c.status, c.errorCode])).toEqual([
      ['ecs', 'DescribeServices', 200, undefined],
      ['ecs', 'UpdateService', 200, undefined],
      ['ecs', 'DescribeServices', 400, 'ClusterNotFoundException']
    ])
    expect(emu.calls[1]?.input).toEqual({
      cluster: 'demo',
      service: 'api',
      serviceConnectConfiguration: fullConfig(true)
    })
    expect(emu.callCount()).toBe(3)
    expect(emu.callCount('DescribeServices')).toBe(2)
    expect(emu.mutatingCalls().map((c) => c.operation)).toEqual(['UpdateService'])
    emu.resetCalls()
    expect(emu.calls).toHaveLength(0)
  })
})
