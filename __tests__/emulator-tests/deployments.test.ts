/**
 * Service deployments and service revisions in the emulated ECS, through the real
 * @aws-sdk/client-ecs: UpdateService's currentServiceDeployment, the lifecycle of a service
 * deployment per strategy, the circuit breaker, superseded deployments, and the scenario
 * controls tests use to make them happen.
 */
import { describe, expect, test } from '@jest/globals'
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  ListServiceDeploymentsCommand,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { type SdkClients, emulatorPerTest } from '../emulator/testing.js'
import { addApi, describeDeployment, enableTls, plain, withTls } from './deployment-setup.js'

const start = emulatorPerTest({ rolloutMs: 60 })

/** Observes a deployment until it reaches a final status; returns every (status, stage) seen. */
async function follow(clients: SdkClients, arn: string, limit = 200): Promise<string[]> {
  const seen: string[] = []
  for (let i = 0; i < limit; i++) {
    const sd = await describeDeployment(clients, arn)
    const label = `${sd.status ?? ''}${sd.lifecycleStage ? `/${sd.lifecycleStage}` : ''}`
    if (seen[seen.length - 1] !== label) seen.push(label)
    if (
      ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED'].includes(sd.status ?? '')
    )
      return seen
  }
  throw new Error(`deployment did not finish; saw ${seen.join(' ')}`)
}

describe('services carry their service deployment and revisions', () => {
  test('a seeded service has a SUCCESSFUL service deployment and one current revision', async () => {
    const [e, c] = await start()
    addApi(e)
    const out = await c.ecs.send(
      new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })
    )
    const svc = out.services?.[0]
    expect(svc?.currentServiceDeployment).toMatch(
      /^arn:aws:ecs:us-east-1:111122223333:service-deployment\/demo\/api\/[A-Za-z0-9]{21}$/
    )
    expect(svc?.currentServiceRevisions).toEqual([
      {
        arn: expect.stringMatching(
          /^arn:aws:ecs:us-east-1:111122223333:service-revision\/demo\/api\/\d{19}$/
        ),
        requestedTaskCount: 1,
        runningTaskCount: 1,
        pendingTaskCount: 0
      }
    ])
    const sd = await describeDeployment(c, svc?.currentServiceDeployment ?? '')
    expect(sd.status).toBe('SUCCESSFUL')
    expect(sd.targetServiceRevision?.arn).toBe(svc?.currentServiceRevisions?.[0]?.arn)
    const revisions = await c.ecs.send(
      new DescribeServiceRevisionsCommand({
        serviceRevisionArns: [sd.targetServiceRevision?.arn ?? '']
      })
    )
    expect(revisions.serviceRevisions?.[0]?.serviceConnectConfiguration).toEqual(plain)
    expect(revisions.failures).toEqual([])
  })

  test('UpdateService returns the new service deployment; its target revision carries the new configuration', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e)
    const before = e.service('demo', 'api').currentServiceDeployment
    const arn = await enableTls(c)
    expect(arn).not.toBe(before)
    const sd = await describeDeployment(c, arn)
    expect(sd).toMatchObject({
      serviceArn: 'arn:aws:ecs:us-east-1:111122223333:service/demo/api',
      clusterArn: 'arn:aws:ecs:us-east-1:111122223333:cluster/demo',
      status: expect.stringMatching(/^(PENDING|IN_PROGRESS)$/)
    })
    const source = sd.sourceServiceRevisions?.[0]?.arn ?? ''
    const target = sd.targetServiceRevision?.arn ?? ''
    const out = await c.ecs.send(
      new DescribeServiceRevisionsCommand({ serviceRevisionArns: [source, target] })
    )
    const byArn = new Map(out.serviceRevisions?.map((r) => [r.serviceRevisionArn, r]))
    expect(byArn.get(source)?.serviceConnectConfiguration).toEqual(plain)
    expect(byArn.get(target)?.serviceConnectConfiguration).toEqual(withTls)
    expect(e.revisionInForce('demo', 'api').arn).toBe(source)
    e.settle('demo', 'api')
    await e.waitForDeployment('demo', 'api', { serviceDeploymentArn: arn, status: 'SUCCESSFUL' })
    expect(e.revisionInForce('demo', 'api').arn).toBe(target)
    const svc = (
      await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
    ).services?.[0]
    expect(svc?.currentServiceDeployment).toBe(arn)
    expect(svc?.currentServiceRevisions?.map((r) => r.arn)).toEqual([target])
  })

  test('DescribeServiceDeployments: unknown ARNs are failures, more than 20 is refused', async () => {
    const [e, c] = await start()
    e.addService({ cluster: 'demo', name: 'api' })
    const known = e.service('demo', 'api').currentServiceDeployment ?? ''
    const ghost = 'arn:aws:ecs:us-east-1:111122223333:service-deployment/demo/api/ghost'
    const out = await c.ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [known, ghost] })
    )
    expect(out.serviceDeployments?.map((d) => d.serviceDeploymentArn)).toEqual([known])
    expect(out.failures).toEqual([{ arn: ghost, reason: 'MISSING' }])
    await expect(
      c.ecs.send(
        new DescribeServiceDeploymentsCommand({
          serviceDeploymentArns: Array.from({ length: 21 }, (_, i) => `${ghost}${i}`)
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterException' })
    await expect(
      c.ecs.send(
        new DescribeServiceRevisionsCommand({
          serviceRevisionArns: Array.from({ length: 21 }, (_, i) => `${ghost}${i}`)
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterException' })
    const revisions = await c.ecs.send(
      new DescribeServiceRevisionsCommand({ serviceRevisionArns: [ghost] })
    )
    expect(revisions.failures).toEqual([{ arn: ghost, reason: 'MISSING' }])
  })

  test('ListServiceDeployments: newest first, filtered by status, paginated', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e)
    const first = e.service('demo', 'api').currentServiceDeployment
    const second = await enableTls(c)
    const third = await enableTls(c)
    const all = await c.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'api' })
    )
    expect(all.serviceDeployments?.map((d) => d.serviceDeploymentArn)).toEqual([
      third,
      second,
      first
    ])
    expect(all.serviceDeployments?.map((d) => d.status)).toEqual([
      'PENDING',
      'STOP_REQUESTED',
      'SUCCESSFUL'
    ])
    const done = await c.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'api', status: ['SUCCESSFUL'] })
    )
    expect(done.serviceDeployments?.map((d) => d.serviceDeploymentArn)).toEqual([first])
    const page1 = await c.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'api', maxResults: 2 })
    )
    expect(page1.serviceDeployments).toHaveLength(2)
    const page2 = await c.ecs.send(
      new ListServiceDeploymentsCommand({
        cluster: 'demo',
        service: 'api',
        maxResults: 2,
        nextToken: page1.nextToken
      })
    )
    expect(page2.serviceDeployments?.map((d) => d.serviceDeploymentArn)).toEqual([first])
    expect(page2.nextToken).toBeUndefined()
    await expect(
      c.ecs.send(new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'ghost' }))
    ).rejects.toMatchObject({ name: 'ServiceNotFoundException' })
  })

  test('ListServiceDeployments: the createdAt filter keeps only deployments in the window', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e)
    const later = await enableTls(c)
    const list = async (createdAt: { after?: Date; before?: Date }) =>
      (
        await c.ecs.send(
          new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'api', createdAt })
        )
      ).serviceDeployments?.map((d) => d.serviceDeploymentArn)
    const laterAt = new Date(e.serviceDeployment(later).createdAt)
    expect(await list({ after: new Date(0) })).toHaveLength(2)
    expect(await list({ before: new Date(0) })).toEqual([])
    expect(await list({ after: new Date(laterAt.getTime() + 1) })).toEqual([])
    expect(await list({ after: laterAt })).toContain(later)
  })
})

describe('lifecycle per strategy (observe mode: one phase per observation)', () => {
  test('ROLLING: PENDING, then each stage once, then SUCCESSFUL', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e)
    const arn = await enableTls(c)
    expect(await follow(c, arn)).toEqual([
      'PENDING',
      'IN_PROGRESS/PRE_SCALE_UP',
      'IN_PROGRESS/SCALE_UP',
      'IN_PROGRESS/POST_SCALE_UP',
      'IN_PROGRESS/CLEAN_UP',
      'SUCCESSFUL'
    ])
    const sd = await describeDeployment(c, arn)
    expect(sd.startedAt).toBeInstanceOf(Date)
    expect(sd.finishedAt).toBeInstanceOf(Date)
    expect(sd.deploymentCircuitBreaker).toMatchObject({
      status: 'MONITORING_COMPLETE',
      threshold: 3
    })
  })

  test('BLUE_GREEN with a bake time: traffic stages, BAKE_TIME for bakeTimeInMinutes observations', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, {
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 3 }
    })
    const arn = await enableTls(c)
    const bakes: number[] = []
    const seen: string[] = []
    for (let i = 0; i < 40; i++) {
      const sd = await describeDeployment(c, arn)
      const label = `${sd.status ?? ''}${sd.lifecycleStage ? `/${sd.lifecycleStage}` : ''}`
      if (sd.lifecycleStage === 'BAKE_TIME') {
        bakes.push(sd.targetServiceRevision?.requestedProductionTrafficWeight ?? -1)
      }
      if (seen[seen.length - 1] !== label) seen.push(label)
      if (sd.status === 'SUCCESSFUL') break
    }
    expect(seen).toEqual([
      'PENDING',
      'IN_PROGRESS/PRE_SCALE_UP',
      'IN_PROGRESS/SCALE_UP',
      'IN_PROGRESS/POST_SCALE_UP',
      'IN_PROGRESS/TEST_TRAFFIC_SHIFT',
      'IN_PROGRESS/POST_TEST_TRAFFIC_SHIFT',
      'IN_PROGRESS/PRODUCTION_TRAFFIC_SHIFT',
      'IN_PROGRESS/POST_PRODUCTION_TRAFFIC_SHIFT',
      'IN_PROGRESS/BAKE_TIME',
      'IN_PROGRESS/CLEAN_UP',
      'SUCCESSFUL'
    ])
    // Three minutes of bake = three observations, all with production traffic on green.
    expect(bakes).toEqual([100, 100, 100])
  })

  test.each([
    [
      'LINEAR',
      { linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 1 } },
      [25, 50, 75, 100]
    ],
    [
      'CANARY',
      { canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 2 } },
      [10, 100]
    ]
  ] as const)('%s shifts production traffic in steps', async (strategy, extra, weights) => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, {
      deploymentConfiguration: { strategy, bakeTimeInMinutes: 1, ...extra }
    })
    const arn = await enableTls(c)
    const shifts: number[] = []
    for (let i = 0; i < 60; i++) {
      const sd = await describeDeployment(c, arn)
      const w = sd.targetServiceRevision?.requestedProductionTrafficWeight
      if (
        sd.lifecycleStage === 'PRODUCTION_TRAFFIC_SHIFT' &&
        w !== undefined &&
        shifts.at(-1) !== w
      )
        shifts.push(w)
      if (sd.status === 'SUCCESSFUL') break
    }
    expect(shifts).toEqual([...weights])
    expect((await describeDeployment(c, arn)).status).toBe('SUCCESSFUL')
  })

  test('time mode: a bake time in minutes lasts bakeTimeInMinutes x minuteMs', async () => {
    const [e, c] = await start({ rolloutMs: 40, minuteMs: 30 })
    addApi(e, {
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 }
    })
    const arn = await enableTls(c)
    const baking = await e.waitForDeployment('demo', 'api', {
      serviceDeploymentArn: arn,
      lifecycleStage: 'BAKE_TIME'
    })
    const cleaning = await e.waitForDeployment('demo', 'api', {
      serviceDeploymentArn: arn,
      lifecycleStage: 'CLEAN_UP'
    })
    // Transitions are stamped with their due times: exactly the scaled bake.
    expect(cleaning.at - baking.at).toBeCloseTo(150, 6)
    expect((await describeDeployment(c, arn)).status).toMatch(/IN_PROGRESS|SUCCESSFUL/)
  })
})

describe('the production revision follows the traffic; the revision in force waits for completion', () => {
  test.each([
    ['ROLLING', 'POST_SCALE_UP'],
    ['BLUE_GREEN', 'POST_PRODUCTION_TRAFFIC_SHIFT'],
    ['CANARY', 'POST_PRODUCTION_TRAFFIC_SHIFT']
  ] as const)('%s: the target takes over at %s', async (strategy, takeover) => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e, {
      deploymentConfiguration: { strategy, bakeTimeInMinutes: 2 }
    })
    const source = e.revisionInForce('demo', 'api').arn
    const arn = await enableTls(c)
    const target = e.serviceDeployment(arn).targetRevisionArn
    const inForce: [string, string][] = []
    for (let i = 0; i < 30 && e.serviceDeployment(arn).status !== 'SUCCESSFUL'; i++) {
      const sd = e.serviceDeployment(arn)
      inForce.push([sd.lifecycleStage ?? sd.status, e.productionRevision('demo', 'api').arn])
      // Until the deployment completes, the service runs the source in full.
      expect(e.revisionInForce('demo', 'api').arn).toBe(source)
      e.step('demo', 'api')
    }
    const first = inForce.findIndex(([, r]) => r === target)
    expect(inForce[first]?.[0]).toBe(takeover)
    expect(inForce.slice(0, first).every(([, r]) => r === source)).toBe(true)
    expect(inForce.slice(first).every(([, r]) => r === target)).toBe(true)
    // The bake time is part of the takeover, not of the time before it.
    expect(inForce.some(([stage]) => stage === 'BAKE_TIME')).toBe(true)
    expect(e.revisionInForce('demo', 'api').arn).toBe(target)
    expect(e.productionRevision('demo', 'api').arn).toBe(target)
  })

  test('during BAKE_TIME both revisions run all their tasks', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e, {
      desiredCount: 2,
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 60 }
    })
    const arn = await enableTls(c)
    for (let i = 0; i < 20 && e.serviceDeployment(arn).lifecycleStage !== 'BAKE_TIME'; i++) {
      e.step('demo', 'api')
    }
    const svc = (
      await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
    ).services?.[0]
    expect(svc?.currentServiceRevisions?.map((r) => r.runningTaskCount)).toEqual([2, 2])
    expect(svc?.deployments?.[0]?.rolloutState).toBe('IN_PROGRESS')
    expect((await describeDeployment(c, arn)).status).toBe('IN_PROGRESS')
  })
})

describe('circuit breaker', () => {
  test('rollback: true: ROLLBACK_REQUESTED, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL; the source revision is back', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, { rolloutFailure: 'tasks failed to start' })
    const source = e.revisionInForce('demo', 'api').arn
    const arn = await enableTls(c)
    expect(await follow(c, arn)).toEqual([
      'PENDING',
      'IN_PROGRESS/PRE_SCALE_UP',
      'IN_PROGRESS/SCALE_UP',
      'ROLLBACK_REQUESTED',
      'ROLLBACK_IN_PROGRESS',
      'ROLLBACK_SUCCESSFUL'
    ])
    const sd = await describeDeployment(c, arn)
    expect(sd.statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.')
    expect(sd.rollback).toMatchObject({
      reason: 'ECS deployment circuit breaker: tasks failed to start.',
      serviceRevisionArn: source
    })
    expect(sd.deploymentCircuitBreaker).toEqual({
      status: 'TRIGGERED',
      failureCount: 3,
      threshold: 3
    })
    expect(e.revisionInForce('demo', 'api').arn).toBe(source)
    const svc = e.service('demo', 'api')
    expect(svc.deployments).toHaveLength(1)
    expect(svc.deployments[0]).toMatchObject({ rolloutState: 'COMPLETED', revisionArn: source })
    expect(svc.deployments[0]?.serviceConnectConfiguration).toEqual(plain)
    expect(svc.currentServiceDeployment).toBe(arn)
  })

  test('during and after a rollback, deployments[] and currentServiceRevisions agree', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e, {
      desiredCount: 2,
      rolloutFailure: 'tasks failed to start'
    })
    const source = e.revisionInForce('demo', 'api').arn
    const arn = await enableTls(c)
    const target = e.serviceDeployment(arn).targetRevisionArn
    const describeApi = async () =>
      (await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })))
        .services?.[0]
    e.step('demo', 'api', 3) // PENDING -> PRE_SCALE_UP -> SCALE_UP -> breaker trips
    expect(e.serviceDeployment(arn).status).toBe('ROLLBACK_REQUESTED')
    const during = await describeApi()
    expect(during?.deployments?.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'IN_PROGRESS'],
      ['ACTIVE', 'FAILED'],
      ['ACTIVE', 'COMPLETED']
    ])
    // The rollback entry and the old one share the source revision.
    expect(during?.currentServiceRevisions?.map((r) => r.arn)).toEqual([source, target])
    e.settle('demo', 'api')
    const after = await describeApi()
    expect(after?.deployments?.map((d) => d.rolloutState)).toEqual(['COMPLETED'])
    expect(after?.deployments?.[0]?.serviceConnectConfiguration).toEqual(plain)
    expect(after?.currentServiceRevisions).toEqual([
      { arn: source, requestedTaskCount: 2, runningTaskCount: 2, pendingTaskCount: 0 }
    ])
  })

  test('rollback: false: the deployments[] entry stays FAILED and the service deployment is STOPPED', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, {
      rolloutFailure: 'tasks failed to start',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } }
    })
    const source = e.revisionInForce('demo', 'api').arn
    const arn = await enableTls(c)
    expect((await follow(c, arn)).at(-1)).toBe('STOPPED')
    const sd = await describeDeployment(c, arn)
    expect(sd.stoppedAt).toBeInstanceOf(Date)
    expect(sd.statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.')
    expect(sd.rollback).toBeUndefined()
    const svc = e.service('demo', 'api')
    expect(svc.deployments.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'FAILED'],
      ['ACTIVE', 'COMPLETED']
    ])
    expect(e.revisionInForce('demo', 'api').arn).toBe(source)
  })

  test('rollback: false: the service stays configured with the target revision, which the next deployment starts from', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, {
      rolloutFailure: 'tasks failed to start',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } }
    })
    const arn = await enableTls(c)
    await follow(c, arn)
    const sd = await describeDeployment(c, arn)
    const target = sd.targetServiceRevision?.arn ?? ''
    const source = sd.sourceServiceRevisions?.[0]?.arn ?? ''
    const out = await c.ecs.send(
      new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })
    )
    const service = out.services?.[0]
    // Nothing rolled the service back: it still names the stopped deployment, whose PRIMARY
    // deployments[] entry carries the new configuration (what a verify run reads).
    expect(service?.currentServiceDeployment).toBe(arn)
    const primary = service?.deployments?.find((d) => d.status === 'PRIMARY')
    expect(primary?.serviceConnectConfiguration?.services?.[0]?.tls).toEqual(
      withTls.services?.[0]?.tls
    )
    // The old tasks serve; the target revision has none running.
    const running = new Map(
      (service?.currentServiceRevisions ?? []).map((r) => [r.arn ?? '', r.runningTaskCount ?? 0])
    )
    expect(running.get(target)).toBe(0)
    expect(running.get(source)).toBeGreaterThan(0)
    // A deployment that changes nothing else rolls the configured TLS out again.
    const next = e.startDeployment('demo', 'api')
    const nextTarget = (await describeDeployment(c, next)).targetServiceRevision?.arn ?? ''
    const revisions = await c.ecs.send(
      new DescribeServiceRevisionsCommand({ serviceRevisionArns: [nextTarget] })
    )
    expect(
      revisions.serviceRevisions?.[0]?.serviceConnectConfiguration?.services?.[0]?.tls
    ).toEqual(withTls.services?.[0]?.tls)
  })

  test('circuit breaker off: ECS keeps trying, the deployment stays IN_PROGRESS in SCALE_UP', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, {
      rolloutFailure: 'tasks failed to start',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: false } }
    })
    const arn = await enableTls(c)
    let sd = await describeDeployment(c, arn)
    for (let i = 0; i < 10; i++) sd = await describeDeployment(c, arn)
    expect(sd).toMatchObject({ status: 'IN_PROGRESS', lifecycleStage: 'SCALE_UP' })
    expect(sd.deploymentCircuitBreaker?.status).toBe('DISABLED')
    // A newer deployment still stops it.
    const next = e.startDeployment('demo', 'api')
    expect((await describeDeployment(c, arn)).status).toBe('STOP_REQUESTED')
    e.settle('demo', 'api')
    expect((await describeDeployment(c, next)).status).toBe('SUCCESSFUL')
    expect((await describeDeployment(c, arn)).status).toBe('STOPPED')
  })

  test('failNextRollback: the rollback itself fails (ROLLBACK_FAILED)', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, { rolloutFailure: 'tasks failed to start' })
    e.failNextRollback('demo', 'api', 'rollback tasks failed to start')
    const arn = await enableTls(c)
    expect((await follow(c, arn)).at(-1)).toBe('ROLLBACK_FAILED')
  })
})

describe('superseded deployments', () => {
  test('holdDeployment freezes a running deployment in its stage, in time mode too', async () => {
    const [e, c] = await start({ rolloutMs: 40 })
    addApi(e)
    const arn = await enableTls(c)
    await e.waitForDeployment('demo', 'api', {
      serviceDeploymentArn: arn,
      lifecycleStage: 'SCALE_UP'
    })
    e.holdDeployment(arn)
    const frozen = e.serviceDeployment(arn)
    // Well past rolloutMs, by the emulator's own transitions: another service completes meanwhile.
    e.addService({ cluster: 'demo', name: 'other', serviceConnectConfiguration: plain })
    const other = (
      await c.ecs.send(
        new UpdateServiceCommand({ cluster: 'demo', service: 'other', forceNewDeployment: true })
      )
    ).service?.currentServiceDeployment
    if (other === undefined) throw new Error('no service deployment for other')
    await e.waitForDeployment('demo', 'other', {
      serviceDeploymentArn: other,
      status: 'SUCCESSFUL'
    })
    const still = await describeDeployment(c, arn)
    expect([still.status, still.lifecycleStage]).toEqual([frozen.status, frozen.lifecycleStage])
    e.resumeDeployment(arn)
    await e.waitForDeployment('demo', 'api', { serviceDeploymentArn: arn, status: 'SUCCESSFUL' })
  })

  test('a new deployment moves the unfinished one to STOP_REQUESTED, then STOPPED', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e)
    const first = await enableTls(c)
    const second = e.startDeployment('demo', 'api')
    const sd = await describeDeployment(c, first)
    expect(sd.status).toBe('STOP_REQUESTED')
    expect(sd.statusReason).toContain(second)
    expect((await describeDeployment(c, first)).status).toBe('STOPPED')
    expect((await describeDeployment(c, second)).status).toBe('PENDING')
    const next = await describeDeployment(c, second)
    // Two revisions were running when it started: ECS reconciles them first.
    expect(next.lifecycleStage).toBe('RECONCILE_SERVICE')
    expect(next.sourceServiceRevisions).toHaveLength(2)
  })

  test('a failing deployment on top of a release in flight rolls back to the last COMPLETED revision', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e)
    const completed = e.revisionInForce('demo', 'api').arn
    e.addTaskDefinition({ family: 'api', portMappings: [{ name: 'http', containerPort: 8080 }] })
    const release = e.startDeployment('demo', 'api', { taskDefinition: 'api', hold: true })
    e.failNextRollout('demo', 'api', 'tasks failed to start')
    const tls = await enableTls(c)
    expect((await describeDeployment(c, release)).status).toBe('STOP_REQUESTED')
    expect((await follow(c, tls)).at(-1)).toBe('ROLLBACK_SUCCESSFUL')
    const sd = await describeDeployment(c, tls)
    expect(sd.rollback?.serviceRevisionArn).toBe(completed)
    expect(e.revisionInForce('demo', 'api').arn).toBe(completed)
    // The release was undone too: the task definition is the original one again.
    expect(e.service('demo', 'api').deployments[0]?.taskDefinition).toMatch(
      /:task-definition\/api:1$/
    )
    expect((await describeDeployment(c, release)).status).toBe('STOPPED')
  })
})
