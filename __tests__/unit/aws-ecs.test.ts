import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import {
  DescribeServiceDeploymentsCommand,
  type DescribeServiceDeploymentsCommandInput,
  DescribeServiceRevisionsCommand,
  type DescribeServiceRevisionsCommandInput,
  DescribeServicesCommand,
  type DescribeServicesCommandInput,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  type Service,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { mockClient } from 'aws-sdk-client-mock'
import { CancelledError } from '../../src/aws/abort.js'
import { createEcsReader, createEcsWriter } from '../../src/aws/ecs.js'
import { CLUSTER, richConfig, service, serviceArn } from './fixtures.js'
import { DEPLOYMENT_BATCH, DESCRIBE_BATCH } from '../../src/util/api-limits.js'

const ecsMock = mockClient(ECSClient)
let client: ECSClient

beforeEach(() => {
  ecsMock.reset()
  client = new ECSClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
  })
})

afterEach(() => {
  client.destroy()
})

/** A fake DescribeServices: the services it knows, in reverse order; the others as MISSING. */
function fakeDescribe(known: Set<string>): void {
  ecsMock.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => {
    const asked = input.services ?? []
    const name = (text: string): string => text.slice(text.lastIndexOf('/') + 1)
    return {
      services: asked
        .filter((text) => known.has(name(text)))
        .map((text) => service(name(text)))
        .reverse(),
      failures: asked
        .filter((text) => !known.has(name(text)))
        .map((text) => ({ arn: text, reason: 'MISSING' }))
    }
  })
}

describe('EcsReader.describeServices', () => {
  test('23 services are read in batches of at most 10, every name asked exactly once', async () => {
    const names = Array.from({ length: 23 }, (_, i) => `svc-${i}`)
    fakeDescribe(new Set(names))
    const { found } = await createEcsReader(client).describeServices(CLUSTER, names)
    const calls = ecsMock.commandCalls(DescribeServicesCommand)
    expect(DESCRIBE_BATCH).toBe(10)
    expect(
      calls.map((call) => call.args[0].input.services?.length).sort((a, b) => (a ?? 0) - (b ?? 0))
    ).toEqual([3, 10, 10])
    expect(calls.every((call) => call.args[0].input.cluster === CLUSTER)).toBe(true)
    expect(calls.flatMap((call) => call.args[0].input.services ?? []).sort()).toEqual(
      [...names].sort()
    )
    expect([...found.keys()].sort()).toEqual([...names].sort())
    for (const name of names) expect(found.get(name)?.serviceName).toBe(name)
  })

  test('results map back to the name asked for, whether a name or an ARN, in any order', async () => {
    fakeDescribe(new Set(['web', 'api', 'worker']))
    const asked = ['web', serviceArn('api'), 'ghost', serviceArn('worker')]
    const { found } = await createEcsReader(client).describeServices(CLUSTER, asked)
    expect([...found.keys()].sort()).toEqual(
      ['web', serviceArn('api'), serviceArn('worker')].sort()
    )
    expect(found.get('web')?.serviceName).toBe('web')
    expect(found.get(serviceArn('api'))?.serviceName).toBe('api')
    expect(found.get(serviceArn('worker'))?.serviceArn).toBe(serviceArn('worker'))
    // MISSING comes back in failures[]: absent from the map, not an exception.
    expect(found.has('ghost')).toBe(false)
  })

  test('a response member the action does not know about is passed through untouched', async () => {
    const config = richConfig()
    ecsMock.on(DescribeServicesCommand).resolves({ services: [service('web', config)] })
    const { found } = await createEcsReader(client).describeServices(CLUSTER, ['web'])
    expect(found.get('web')?.deployments?.[0]?.serviceConnectConfiguration).toStrictEqual(
      richConfig()
    )
  })

  test('no names: no call', async () => {
    const { found } = await createEcsReader(client).describeServices(CLUSTER, [])
    expect(found.size).toBe(0)
    expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(0)
  })

  test('an error from DescribeServices is passed on', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .rejects(Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' }))
    await expect(createEcsReader(client).describeServices(CLUSTER, ['web'])).rejects.toThrow(
      'Cluster not found.'
    )
  })
})

describe('EcsReader.listServiceArns', () => {
  test('follows nextToken until the last page', async () => {
    ecsMock
      .on(ListServicesCommand, { cluster: CLUSTER, maxResults: 100 })
      .resolves({ serviceArns: [serviceArn('a'), serviceArn('b')], nextToken: 't1' })
      .on(ListServicesCommand, { cluster: CLUSTER, maxResults: 100, nextToken: 't1' })
      .resolves({ serviceArns: [serviceArn('c')], nextToken: 't2' })
      .on(ListServicesCommand, { cluster: CLUSTER, maxResults: 100, nextToken: 't2' })
      .resolves({ serviceArns: [serviceArn('d')] })
    const arns = await createEcsReader(client).listServiceArns(CLUSTER)
    expect(arns).toEqual([serviceArn('a'), serviceArn('b'), serviceArn('c'), serviceArn('d')])
    const inputs = ecsMock.commandCalls(ListServicesCommand).map((call) => call.args[0].input)
    expect(inputs).toStrictEqual([
      { cluster: CLUSTER, maxResults: 100 },
      { cluster: CLUSTER, maxResults: 100, nextToken: 't1' },
      { cluster: CLUSTER, maxResults: 100, nextToken: 't2' }
    ])
  })

  test('an empty cluster is an empty list', async () => {
    ecsMock.on(ListServicesCommand).resolves({})
    expect(await createEcsReader(client).listServiceArns(CLUSTER)).toEqual([])
    expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(1)
  })
})

describe('EcsReader with a task definition client of its own', () => {
  test("reads each Service Connect service's task definition once, as its batch arrives", async () => {
    const names = ['web', 'api', 'plain']
    // Each its own task definition (web:1, api:1, plain:1); web's is asked for twice below.
    const withTaskDefinition = (svc: Service): Service => ({
      ...svc,
      deployments: svc.deployments?.map((d) => ({
        ...d,
        taskDefinition: `arn:aws:ecs:eu-west-1:123456789012:task-definition/${svc.serviceName ?? ''}:1`
      }))
    })
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [service('web', richConfig()), service('api', richConfig()), service('plain')].map(
        withTaskDefinition
      )
    })
    ecsMock.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition: string }) => ({
      taskDefinition: { taskDefinitionArn: input.taskDefinition }
    }))
    const other = new ECSClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
    })
    try {
      const reader = createEcsReader(client, undefined, client, other)
      const { found } = await reader.describeServices(CLUSTER, names)
      const arns = ['web', 'api'].map(
        (name) => found.get(name)?.deployments?.[0]?.taskDefinition ?? ''
      )
      const read = await Promise.all(
        [...arns, arns[0] ?? ''].map((arn) => reader.describeTaskDefinition(arn))
      )
      expect(read.map((td) => td?.taskDefinitionArn)).toEqual([...arns, arns[0]])
      // One call per Service Connect service, none for 'plain', none again when asked.
      const asked = ecsMock
        .commandCalls(DescribeTaskDefinitionCommand)
        .map((call) => call.args[0].input.taskDefinition)
      expect(asked.sort()).toEqual([...arns].sort())
    } finally {
      other.destroy()
    }
  })
})

describe('EcsReader.listClusterArns', () => {
  test('pages of 100, following nextToken until the last page', async () => {
    const arn = (name: string): string => `arn:aws:ecs:eu-west-1:123456789012:cluster/${name}`
    ecsMock
      .on(ListClustersCommand, { maxResults: 100 })
      .resolves({ clusterArns: [arn('a')], nextToken: 't1' })
      .on(ListClustersCommand, { maxResults: 100, nextToken: 't1' })
      .resolves({ clusterArns: [arn('b')] })
    expect(await createEcsReader(client).listClusterArns()).toEqual([arn('a'), arn('b')])
    expect(
      ecsMock.commandCalls(ListClustersCommand).map((call) => call.args[0].input)
    ).toStrictEqual([{ maxResults: 100 }, { maxResults: 100, nextToken: 't1' }])
  })
})

describe('EcsReader.describeTaskDefinition', () => {
  test('returns the task definition', async () => {
    const arn = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7'
    ecsMock.on(DescribeTaskDefinitionCommand, { taskDefinition: arn }).resolves({
      taskDefinition: { family: 'web', revision: 7, networkMode: 'awsvpc' }
    })
    expect(await createEcsReader(client).describeTaskDefinition(arn)).toEqual({
      family: 'web',
      revision: 7,
      networkMode: 'awsvpc'
    })
  })
})

describe('EcsWriter.updateServiceConnect', () => {
  test('sends exactly cluster, service and the whole Service Connect configuration', async () => {
    const returned: Service = service('web', richConfig())
    ecsMock.on(UpdateServiceCommand).resolves({ service: returned })
    const config = richConfig()
    const result = await createEcsWriter(client).updateServiceConnect(CLUSTER, 'web', config)
    const calls = ecsMock.commandCalls(UpdateServiceCommand)
    expect(calls).toHaveLength(1)
    // Nothing else: no taskDefinition, no forceNewDeployment, no desiredCount.
    expect(calls[0]?.args[0].input).toStrictEqual({
      cluster: CLUSTER,
      service: 'web',
      serviceConnectConfiguration: richConfig()
    })
    expect(result).toEqual(returned)
  })

  test('an error is passed on to the caller', async () => {
    ecsMock
      .on(UpdateServiceCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
    await expect(
      createEcsWriter(client).updateServiceConnect(CLUSTER, 'web', richConfig())
    ).rejects.toThrow('denied')
  })
})

describe('EcsReader.describeServiceDeployments and describeServiceRevisions', () => {
  const sdArn = (n: number): string =>
    `arn:aws:ecs:eu-west-1:123456789012:service-deployment/${CLUSTER}/svc-${n}/d${n}`
  const revArn = (n: number): string =>
    `arn:aws:ecs:eu-west-1:123456789012:service-revision/${CLUSTER}/svc-${n}/${n}`

  test('45 deployments are read in calls of at most 20, and failures are absent from the map', async () => {
    ecsMock
      .on(DescribeServiceDeploymentsCommand)
      .callsFake((input: DescribeServiceDeploymentsCommandInput) => {
        const asked = input.serviceDeploymentArns ?? []
        return {
          serviceDeployments: asked
            .filter((arn) => !arn.endsWith('d7'))
            .map((arn) => ({ serviceDeploymentArn: arn, status: 'IN_PROGRESS' as const })),
          failures: asked
            .filter((arn) => arn.endsWith('d7'))
            .map((arn) => ({ arn, reason: 'MISSING' }))
        }
      })
    const arns = Array.from({ length: 45 }, (_, n) => sdArn(n))
    const found = await createEcsReader(client).describeServiceDeployments(arns)
    const calls = ecsMock.commandCalls(DescribeServiceDeploymentsCommand)
    expect(DEPLOYMENT_BATCH).toBe(20)
    expect(calls.map((call) => call.args[0].input.serviceDeploymentArns?.length)).toEqual([
      20, 20, 5
    ])
    expect(found.size).toBe(44)
    expect(found.get(sdArn(3))?.status).toBe('IN_PROGRESS')
    expect(found.has(sdArn(7))).toBe(false)
  })

  test('revisions come back by ARN with their Service Connect configuration; repeats are asked once', async () => {
    ecsMock
      .on(DescribeServiceRevisionsCommand)
      .callsFake((input: DescribeServiceRevisionsCommandInput) => ({
        serviceRevisions: (input.serviceRevisionArns ?? []).map((arn) => ({
          serviceRevisionArn: arn,
          serviceConnectConfiguration: richConfig()
        }))
      }))
    const found = await createEcsReader(client).describeServiceRevisions([
      revArn(1),
      revArn(2),
      revArn(1)
    ])
    expect(ecsMock.commandCalls(DescribeServiceRevisionsCommand)).toHaveLength(1)
    expect(
      ecsMock.commandCalls(DescribeServiceRevisionsCommand)[0]?.args[0].input.serviceRevisionArns
    ).toEqual([revArn(1), revArn(2)])
    expect(found.get(revArn(2))?.serviceConnectConfiguration).toEqual(richConfig())
  })
})

describe('the run’s abort signal', () => {
  test('every call carries it to the SDK', async () => {
    const controller = new AbortController()
    ecsMock.on(DescribeServicesCommand).resolves({ services: [] })
    const send = jest.spyOn(client, 'send')
    await createEcsReader(client, controller.signal).describeServices(CLUSTER, ['web'])
    expect(send.mock.calls[0]?.[1]).toEqual({ abortSignal: controller.signal })
  })

  test('a call still waiting (e.g. a throttled retry backing off) is released at once by the abort', async () => {
    const controller = new AbortController()
    ecsMock.on(UpdateServiceCommand).callsFake(() => new Promise(() => undefined))
    const writer = createEcsWriter(client, controller.signal)
    const pending = writer.updateServiceConnect(CLUSTER, 'web', richConfig())
    controller.abort()
    await expect(pending).rejects.toThrow(CancelledError)
  })

  test('after the abort, UpdateService is not sent at all', async () => {
    const controller = new AbortController()
    controller.abort()
    ecsMock.on(UpdateServiceCommand).resolves({ service: service('web') })
    await expect(
      createEcsWriter(client, controller.signal).updateServiceConnect(CLUSTER, 'web', richConfig())
    ).rejects.toThrow(CancelledError)
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0)
  })
})
