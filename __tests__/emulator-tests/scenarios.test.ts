/**
 * The emulator's scenario controls, driven through the real @aws-sdk/client-ecs: paused
 * lifecycle hooks, held deployments, someone else deploying in the middle of a run, a 5xx
 * after an applied UpdateService, throttled UpdateService calls, old service events, and the
 * awaitable signals tests use instead of sleeping.
 */
import { describe, expect, test } from '@jest/globals'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { type DeploymentCompletion, startEmulator } from '../emulator/index.js'
import { emulatorPerTest, sdkClients } from '../emulator/testing.js'
import { addApi, describeDeployment, enableTls, withTls } from './deployment-setup.js'

const HOOK = {
  hookTargetArn: 'arn:aws:lambda:us-east-1:111122223333:function:smoke',
  roleArn: 'arn:aws:iam::111122223333:role/hooks',
  lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT' as const]
}

/** Blue/green with the hook above held: the deployment pauses in POST_TEST_TRAFFIC_SHIFT. */
const HELD_BLUE_GREEN = {
  deploymentConfiguration: {
    strategy: 'BLUE_GREEN' as const,
    bakeTimeInMinutes: 1,
    lifecycleHooks: [HOOK]
  },
  holdLifecycleHooks: true
}

const start = emulatorPerTest({ rolloutMs: 60 })

describe('lifecycle hooks', () => {
  test('a held hook pauses the deployment in its stage until released with SUCCEEDED', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e, HELD_BLUE_GREEN)
    const arn = await enableTls(c)
    let sd = await describeDeployment(c, arn)
    for (let i = 0; i < 10 && sd.lifecycleStage !== 'POST_TEST_TRAFFIC_SHIFT'; i++) {
      sd = await describeDeployment(c, arn)
    }
    expect(sd.lifecycleStage).toBe('POST_TEST_TRAFFIC_SHIFT')
    // However often it is observed, it stays there.
    for (let i = 0; i < 5; i++) {
      expect(await describeDeployment(c, arn)).toMatchObject({
        status: 'IN_PROGRESS',
        lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT'
      })
    }
    expect(e.serviceDeployment(arn).hookPaused).toBe(true)
    e.releaseLifecycleHook('demo', 'api')
    expect((await describeDeployment(c, arn)).lifecycleStage).toBe('POST_TEST_TRAFFIC_SHIFT')
    expect((await describeDeployment(c, arn)).lifecycleStage).toBe('PRODUCTION_TRAFFIC_SHIFT')
    e.settle('demo', 'api')
    expect((await describeDeployment(c, arn)).status).toBe('SUCCESSFUL')
  })

  test('a hook released with FAILED rolls the deployment back', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e, HELD_BLUE_GREEN)
    const source = e.revisionInForce('demo', 'api').arn
    const arn = await enableTls(c)
    e.settle('demo', 'api')
    expect(e.serviceDeployment(arn)).toMatchObject({
      lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
      hookPaused: true
    })
    e.releaseLifecycleHook('demo', 'api', 'FAILED')
    e.settle('demo', 'api')
    const sd = await describeDeployment(c, arn)
    expect(sd.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(sd.rollback?.serviceRevisionArn).toBe(source)
    expect(e.revisionInForce('demo', 'api').arn).toBe(source)
  })

  test('time mode: waitForDeployment sees the pause without anyone reading the service', async () => {
    const [e, c] = await start({ rolloutMs: 30 })
    addApi(e, {
      deploymentConfiguration: { strategy: 'LINEAR', lifecycleHooks: [HOOK] }
    })
    e.holdLifecycleHooks('demo', 'api')
    const arn = await enableTls(c)
    await e.waitForDeployment('demo', 'api', {
      serviceDeploymentArn: arn,
      lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT'
    })
    // Paused from the moment it entered the stage.
    expect(e.serviceDeployment(arn)).toMatchObject({ status: 'IN_PROGRESS', hookPaused: true })
    e.releaseLifecycleHook('demo', 'api')
    const done = await e.waitForDeployment('demo', 'api', {
      serviceDeploymentArn: arn,
      status: 'SUCCESSFUL'
    })
    expect(done.serviceDeploymentArn).toBe(arn)
  })
})

describe('releases in flight and other pipelines', () => {
  test('a held deployment stays in flight until resumed, then completes', async () => {
    const [e, c] = await start({ progress: 'observe' })
    addApi(e)
    const release = e.startDeployment('demo', 'api', { hold: true })
    for (let i = 0; i < 5; i++)
      expect((await describeDeployment(c, release)).status).toBe('PENDING')
    const svc = (
      await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
    ).services?.[0]
    expect(svc?.currentServiceDeployment).toBe(release)
    expect(svc?.deployments?.find((d) => d.status === 'PRIMARY')?.rolloutState).toBe('IN_PROGRESS')
    e.resumeDeployment(release)
    let sd = await describeDeployment(c, release)
    for (let i = 0; i < 20 && sd.status !== 'SUCCESSFUL'; i++)
      sd = await describeDeployment(c, release)
    expect(sd.status).toBe('SUCCESSFUL')
  })

  test('someone else deploys right after UpdateService; the Service Connect configuration is carried forward', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e)
    const td = e.addTaskDefinition({
      family: 'api',
      portMappings: [{ name: 'http', containerPort: 8080 }]
    })
    let external = ''
    e.afterCall('UpdateService', () => {
      external = e.startDeployment('demo', 'api', { taskDefinition: td })
    })
    const ours = await enableTls(c)
    expect(external).not.toBe('')
    const svc = (
      await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
    ).services?.[0]
    expect(svc?.currentServiceDeployment).toBe(external)
    expect((await describeDeployment(c, ours)).status).toBe('STOP_REQUESTED')
    e.settle('demo', 'api')
    expect((await describeDeployment(c, ours)).status).toBe('STOPPED')
    expect((await describeDeployment(c, external)).status).toBe('SUCCESSFUL')
    const inForce = e.revisionInForce('demo', 'api')
    expect(inForce.taskDefinition).toBe(td)
    expect(inForce.serviceConnectConfiguration).toEqual(withTls)
  })

  test('a throwing afterCall callback does not change the response; close() reports it', async () => {
    const local = await startEmulator()
    const clients = sdkClients(local, { maxAttempts: 1 })
    try {
      local.addService({ cluster: 'demo', name: 'api' })
      local.afterCall('DescribeServices', () => {
        throw new Error('boom')
      })
      const out = await clients.ecs.send(
        new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })
      )
      expect(out.services).toHaveLength(1)
      expect(local.calls.map((x) => x.status)).toEqual([200])
    } finally {
      clients.destroy()
    }
    await expect(local.close()).rejects.toThrow('an afterCall callback threw')
  })

  test('a seeded deploymentConfiguration is held to the model', async () => {
    const [e] = await start()
    expect(() =>
      e.addService({
        cluster: 'demo',
        name: 'api',
        deploymentConfiguration: { strategy: 'ROLLOUT' as 'ROLLING' }
      })
    ).toThrow(/addService api: deploymentConfiguration: .*strategy/)
  })

  test('afterCall can wait for the nth matching call', async () => {
    const [e, c] = await start()
    e.addService({ cluster: 'demo', name: 'api' })
    const fired: number[] = []
    e.afterCall('DescribeServices', () => fired.push(e.callCount('DescribeServices')), { nth: 2 })
    for (let i = 0; i < 3; i++) {
      await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
    }
    expect(fired).toEqual([2])
  })
})

describe('faults around UpdateService', () => {
  test("'server-after': the update is applied, the 5xx makes the SDK retry, a second deployment supersedes the first", async () => {
    const [e, c] = await start({ progress: 'manual' }, 3)
    addApi(e)
    e.injectFaults('UpdateService', 1, 'server-after')
    const arn = await enableTls(c)
    const calls = e.calls.filter((x) => x.operation === 'UpdateService')
    expect(calls.map((x) => x.status)).toEqual([500, 200])
    expect(calls[0]?.errorCode).toBe('ServerException')
    const deployments = e.service('demo', 'api').serviceDeployments
    expect(deployments.map((d) => d.status)).toEqual(['PENDING', 'STOP_REQUESTED', 'SUCCESSFUL'])
    expect(deployments[0]?.arn).toBe(arn)
  })

  test('a throttled UpdateService is recorded with its arrival time; waitForCall finds it', async () => {
    const [e, c] = await start()
    addApi(e)
    e.injectFaults('UpdateService', Number.POSITIVE_INFINITY, 'throttle')
    const waiting = e.waitForCall((x) => x.operation === 'UpdateService' && x.status === 400)
    await expect(enableTls(c)).rejects.toMatchObject({ name: 'ThrottlingException' })
    const call = await waiting
    expect(call.errorCode).toBe('ThrottlingException')
    expect(typeof call.at).toBe('number')
    // Nothing was applied.
    expect(e.service('demo', 'api').serviceDeployments).toHaveLength(1)
    await expect(e.waitForCall('UpdateService', { timeoutMs: 50 })).rejects.toThrow(
      /no call matched UpdateService within 50 ms/
    )
  })
})

describe('events and completion hooks', () => {
  test('events from before the run keep their timestamps, newest first', async () => {
    const [e, c] = await start()
    const dayAgo = Date.now() - 24 * 3600_000
    e.addService({
      cluster: 'demo',
      name: 'api',
      createdAt: dayAgo - 3600_000,
      events: [
        { message: '(service api) rolling back to deployment ecs-svc/1.', createdAt: dayAgo }
      ]
    })
    e.addServiceEvent('demo', 'api', '(service api) was unable to place a task.', dayAgo + 1000)
    const svc = (
      await c.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
    ).services?.[0]
    const events = svc?.events ?? []
    expect(events.map((x) => x.message)).toEqual([
      '(service api) was unable to place a task.',
      '(service api) rolling back to deployment ecs-svc/1.',
      '(service api) has reached a steady state.'
    ])
    expect(events.map((x) => x.createdAt?.getTime())).toEqual([
      dayAgo + 1000,
      dayAgo,
      dayAgo - 3600_000
    ])
    expect(svc?.createdAt?.getTime()).toBe(dayAgo - 3600_000)
    const first = e.serviceDeployment(svc?.currentServiceDeployment ?? '')
    expect(first.createdAt).toBe(dayAgo - 3600_000)
  })

  test('onDeploymentCompleted reports the revision in force, once per finished deployment', async () => {
    const [e, c] = await start({ progress: 'manual' })
    addApi(e)
    const seen: DeploymentCompletion[] = []
    const off = e.onDeploymentCompleted((x) => seen.push(x))
    const arn = await enableTls(c)
    e.settle('demo', 'api')
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      cluster: 'demo',
      service: 'api',
      serviceArn: 'arn:aws:ecs:us-east-1:111122223333:service/demo/api',
      serviceDeploymentArn: arn,
      status: 'SUCCESSFUL'
    })
    expect(seen[0]?.revision.serviceConnectConfiguration).toEqual(withTls)
    off()
    e.startDeployment('demo', 'api')
    e.settle('demo', 'api')
    expect(seen).toHaveLength(1)
  })

  test('manual mode: nothing moves until step()', async () => {
    const [e, c] = await start({ progress: 'manual', rolloutMs: 1 })
    addApi(e)
    const arn = await enableTls(c)
    for (let i = 0; i < 3; i++) expect((await describeDeployment(c, arn)).status).toBe('PENDING')
    e.step('demo', 'api', 2)
    expect(e.serviceDeployment(arn).lifecycleStage).toBe('SCALE_UP')
    expect(e.deploymentTransitions('demo', 'api').map((t) => t.lifecycleStage ?? t.status)).toEqual(
      ['PENDING', 'PRE_SCALE_UP', 'SCALE_UP']
    )
  })
})
