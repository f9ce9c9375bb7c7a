import { describe, expect, jest, test } from '@jest/globals'
import type { Deployment, Service } from '@aws-sdk/client-ecs'
import {
  judgeDeployment,
  recentEvents,
  type RolloutOutcome,
  RolloutWatcher,
  type WatcherOptions
} from '../../src/act/rollout.js'
import { deployment, serviceArn } from './fixtures.js'

const OURS = 'ecs-svc/1111111111111111111'
const OLD = 'ecs-svc/0000000000000000000'

function svc(deployments: Deployment[], extra: Partial<Service> = {}): Service {
  return {
    serviceName: 'web',
    serviceArn: serviceArn('web'),
    status: 'ACTIVE',
    deployments,
    ...extra
  }
}

describe('judgeDeployment', () => {
  test('our PRIMARY deployment with rolloutState COMPLETED is completed', () => {
    expect(
      judgeDeployment(svc([deployment(OURS, 'PRIMARY', { rolloutState: 'COMPLETED' })]), OURS)
    ).toEqual({
      state: 'completed'
    })
  })

  test('our PRIMARY deployment still IN_PROGRESS next to the old one is in progress', () => {
    const service = svc([
      deployment(OURS, 'PRIMARY', { rolloutState: 'IN_PROGRESS', runningCount: 1 }),
      deployment(OLD, 'ACTIVE', { rolloutState: 'COMPLETED' })
    ])
    expect(judgeDeployment(service, OURS)).toEqual({ state: 'in-progress' })
  })

  test('IN_PROGRESS stays in progress even when running equals desired', () => {
    expect(
      judgeDeployment(svc([deployment(OURS, 'PRIMARY', { rolloutState: 'IN_PROGRESS' })]), OURS)
    ).toEqual({ state: 'in-progress' })
  })

  test('FAILED carries the rollout state reason', () => {
    const service = svc([
      deployment(OURS, 'PRIMARY', {
        rolloutState: 'FAILED',
        rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'
      })
    ])
    const judgement = judgeDeployment(service, OURS)
    expect(judgement.state).toBe('failed')
    expect(judgement.state === 'failed' && judgement.reason).toBe(
      `deployment ${OURS} failed: ECS deployment circuit breaker: tasks failed to start.`
    )
  })

  test('FAILED after a rollback says which deployment is back', () => {
    const service = svc([
      deployment(OLD, 'PRIMARY', { rolloutState: 'IN_PROGRESS' }),
      deployment(OURS, 'ACTIVE', { rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker' })
    ])
    const judgement = judgeDeployment(service, OURS)
    expect(judgement.state === 'failed' && judgement.reason).toContain(
      `rolled back to deployment ${OLD}`
    )
    expect(judgement.state === 'failed' && judgement.reason).toContain('circuit breaker')
    expect(judgement.state === 'failed' && judgement.rolledBack).toBe(true)
  })

  test('FAILED while still PRIMARY is not a rollback: the new configuration stays', () => {
    const service = svc([
      deployment(OURS, 'PRIMARY', { rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker' })
    ])
    const judgement = judgeDeployment(service, OURS)
    expect(judgement).toEqual({
      state: 'failed',
      reason: `deployment ${OURS} failed: circuit breaker`,
      rolledBack: false
    })
  })

  test('rolled back: our deployment is no longer PRIMARY, though the service looks stable', () => {
    // One COMPLETED deployment with running == desired: what the SDK waiter calls stable.
    const service = svc([deployment(OLD, 'PRIMARY', { rolloutState: 'COMPLETED' })])
    const judgement = judgeDeployment(service, OURS)
    expect(judgement.state).toBe('failed')
    expect(judgement.state === 'failed' && judgement.reason).toContain(
      'no longer the PRIMARY deployment'
    )
    expect(judgement.state === 'failed' && judgement.reason).toContain(OLD)
  })

  test('our deployment already drained: the event that says why is quoted', () => {
    const said = `(service web) deployment ${OURS} deployment failed: tasks failed to start.`
    const service = svc([deployment(OLD, 'PRIMARY', { rolloutState: 'COMPLETED' })], {
      events: [
        { message: '(service web) has reached a steady state.' },
        { message: said },
        { message: `(service web) deployment ${OLD} failed long ago` }
      ]
    })
    const judgement = judgeDeployment(service, OURS)
    expect(judgement.state === 'failed' && judgement.reason).toBe(
      `deployment ${OURS} is no longer the PRIMARY deployment (${said}); ECS rolled back to deployment ${OLD}, so the previous Service Connect configuration is back in place`
    )
  })

  test('our deployment demoted to ACTIVE is failed', () => {
    const service = svc([
      deployment('ecs-svc/2222222222222222222', 'PRIMARY', { rolloutState: 'IN_PROGRESS' }),
      deployment(OURS, 'ACTIVE', { rolloutState: 'IN_PROGRESS' })
    ])
    expect(judgeDeployment(service, OURS).state).toBe('failed')
  })

  test('a missing service is failed', () => {
    const judgement = judgeDeployment(undefined, OURS)
    expect(judgement.state === 'failed' && judgement.reason).toContain('MISSING')
  })

  test('a DRAINING service is failed', () => {
    const judgement = judgeDeployment(
      svc([deployment(OURS, 'PRIMARY', { rolloutState: 'COMPLETED' })], { status: 'DRAINING' }),
      OURS
    )
    expect(judgement.state === 'failed' && judgement.reason).toContain('DRAINING')
  })

  test('no rolloutState: one deployment with running == desired is completed', () => {
    const service = svc([deployment(OURS, 'PRIMARY', { runningCount: 3, desiredCount: 3 })])
    expect(judgeDeployment(service, OURS)).toEqual({ state: 'completed' })
  })

  test('no rolloutState: fewer running than desired, or another deployment left, is in progress', () => {
    expect(
      judgeDeployment(
        svc([deployment(OURS, 'PRIMARY', { runningCount: 2, desiredCount: 3 })]),
        OURS
      )
    ).toEqual({
      state: 'in-progress'
    })
    const two = svc([deployment(OURS, 'PRIMARY'), deployment(OLD, 'ACTIVE', { runningCount: 1 })])
    expect(judgeDeployment(two, OURS)).toEqual({ state: 'in-progress' })
  })
})

describe('recentEvents', () => {
  test('events since the start (1 s of slack), newest first, at most `limit`', () => {
    const since = new Date('2026-03-01T12:00:00Z')
    const at = (seconds: number): Date => new Date(since.getTime() + seconds * 1000)
    const service = svc([], {
      events: [
        { id: '4', message: 'd', createdAt: at(40) },
        { id: '3', message: 'c', createdAt: at(30) },
        { id: '2', message: 'b', createdAt: at(-0.5) },
        { id: '1', message: 'a', createdAt: at(-60) }
      ]
    })
    expect(recentEvents(service, since)).toEqual(['d', 'c', 'b'])
    expect(recentEvents(service, since, 2)).toEqual(['d', 'c'])
  })

  test('when nothing is recent, the latest events are still shown', () => {
    const since = new Date('2026-03-01T12:00:00Z')
    const service = svc([], {
      events: [{ message: 'old', createdAt: new Date('2026-02-01T00:00:00Z') }]
    })
    expect(recentEvents(service, since)).toEqual(['old'])
    expect(recentEvents(undefined, since)).toEqual([])
  })
})

/** A fake clock: each sleep moves time forward by the time slept, and resolves at once. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let clock = 1_000_000
  const slept: number[] = []
  return {
    now: () => clock,
    sleep: (ms) => {
      slept.push(ms)
      clock += ms
      return Promise.resolve()
    },
    slept
  }
}

const state = (
  id: string,
  rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED',
  name: string
): Service => ({
  serviceName: name,
  serviceArn: serviceArn(name),
  status: 'ACTIVE',
  deployments: [deployment(id, 'PRIMARY', { rolloutState })]
})

/** A fake DescribeServices reading a script: what each service looks like in round n (1-based). */
function scripted(script: Record<string, (round: number) => Service | undefined>): {
  describe: WatcherOptions['describe']
  calls: string[][]
} {
  const calls: string[][] = []
  const describe = (names: string[]): Promise<Map<string, Service>> => {
    calls.push([...names])
    const round = calls.length
    const found = new Map<string, Service>()
    for (const name of names) {
      const service = script[name]?.(round)
      if (service) found.set(name, service)
    }
    return Promise.resolve(found)
  }
  return { describe, calls }
}

/** Settles once every already-queued microtask has run. */
const drained = (): Promise<'pending'> =>
  new Promise((resolve) => {
    setImmediate(() => {
      resolve('pending')
    })
  })

describe('RolloutWatcher', () => {
  test('polls all pending services together, then only those still pending', async () => {
    const time = fakeTime()
    const { describe, calls } = scripted({
      web: (round) => state('d-web', round >= 2 ? 'COMPLETED' : 'IN_PROGRESS', 'web'),
      api: (round) => state('d-api', round >= 3 ? 'COMPLETED' : 'IN_PROGRESS', 'api')
    })
    const onRound = jest.fn<(read: number, stillInProgress: number) => void>()
    const watcher = new RolloutWatcher({
      describe,
      pollMs: 15_000,
      timeoutMs: 600_000,
      ...time,
      onRound
    })
    const [web, api] = await Promise.all([
      watcher.watch('web', 'd-web'),
      watcher.watch('api', 'd-api')
    ])
    expect(web).toEqual({ state: 'completed' })
    expect(api).toEqual({ state: 'completed' })
    expect(calls).toEqual([['web', 'api'], ['web', 'api'], ['api']])
    // Read, still in progress: web completes in round 2, api in round 3.
    expect(onRound.mock.calls).toEqual([
      [2, 2],
      [2, 1],
      [1, 0]
    ])
    // It waits pollMs before each round, including the first (UpdateService has just returned).
    expect(time.slept).toEqual([15_000, 15_000, 15_000])
  })

  test('times out after timeoutMs and says ECS goes on', async () => {
    const time = fakeTime()
    const { describe, calls } = scripted({ web: () => state('d-web', 'IN_PROGRESS', 'web') })
    const watcher = new RolloutWatcher({ describe, pollMs: 15_000, timeoutMs: 60_000, ...time })
    const outcome = await watcher.watch('web', 'd-web')
    expect(outcome.state).toBe('timed-out')
    expect(outcome.state === 'timed-out' && outcome.reason).toBe(
      'deployment d-web was still in progress after 1 minutes; ECS goes on with it'
    )
    // Rounds at 15, 30, 45 and 60 s: the fourth reaches the deadline.
    expect(calls).toHaveLength(4)
  })

  test('a failed deployment resolves as failed with the recent service events', async () => {
    const time = fakeTime()
    const failed: Service = {
      ...state('d-web', 'FAILED', 'web'),
      events: [
        {
          message: '(service web) deployment failed: tasks failed to start.',
          createdAt: new Date(time.now())
        }
      ]
    }
    const { describe } = scripted({
      web: (round) => (round < 2 ? state('d-web', 'IN_PROGRESS', 'web') : failed)
    })
    const watcher = new RolloutWatcher({ describe, pollMs: 1_000, timeoutMs: 600_000, ...time })
    const outcome = await watcher.watch('web', 'd-web')
    // Still PRIMARY: the circuit breaker did not roll back.
    expect(outcome).toEqual({
      state: 'failed',
      reason: 'deployment d-web failed',
      rolledBack: false,
      events: ['(service web) deployment failed: tasks failed to start.']
    })
  })

  test('an aborted signal resolves every pending watch as cancelled without another read', async () => {
    const controller = new AbortController()
    const time = fakeTime()
    const { describe, calls } = scripted({
      web: () => state('d-web', 'IN_PROGRESS', 'web'),
      api: () => state('d-api', 'IN_PROGRESS', 'api')
    })
    let sleeps = 0
    const sleep = (ms: number): Promise<void> => {
      // The runner cancels the job during the second wait.
      if (++sleeps === 2) controller.abort()
      return time.sleep(ms)
    }
    const watcher = new RolloutWatcher({
      describe,
      pollMs: 15_000,
      timeoutMs: 600_000,
      now: time.now,
      sleep,
      signal: controller.signal
    })
    const outcomes: RolloutOutcome[] = await Promise.all([
      watcher.watch('web', 'd-web'),
      watcher.watch('api', 'd-api')
    ])
    expect(outcomes.map((outcome) => outcome.state)).toEqual(['cancelled', 'cancelled'])
    expect(outcomes[0]?.state === 'cancelled' && outcomes[0].reason).toContain('d-web')
    expect(outcomes[1]?.state === 'cancelled' && outcomes[1].reason).toContain('d-api')
    expect(calls).toHaveLength(1)
  })

  test('a signal aborted before the watch starts cancels it without reading', async () => {
    const controller = new AbortController()
    controller.abort()
    const { describe, calls } = scripted({ web: () => state('d-web', 'COMPLETED', 'web') })
    const time = fakeTime()
    const watcher = new RolloutWatcher({
      describe,
      pollMs: 1_000,
      timeoutMs: 60_000,
      ...time,
      signal: controller.signal
    })
    expect((await watcher.watch('web', 'd-web')).state).toBe('cancelled')
    expect(calls).toEqual([])
  })

  test('a read that throws is one lost round, not a failure', async () => {
    const time = fakeTime()
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
    let round = 0
    const describe = jest.fn((names: string[]): Promise<Map<string, Service>> => {
      round++
      if (round === 1) return Promise.reject(throttled)
      return Promise.resolve(
        new Map(names.map((name) => [name, state('d-web', 'COMPLETED', name)]))
      )
    })
    const onError = jest.fn<(error: unknown) => void>()
    const onRound = jest.fn<(read: number, stillInProgress: number) => void>()
    const watcher = new RolloutWatcher({
      describe,
      pollMs: 1_000,
      timeoutMs: 60_000,
      ...time,
      onError,
      onRound
    })
    expect(await watcher.watch('web', 'd-web')).toEqual({ state: 'completed' })
    expect(describe).toHaveBeenCalledTimes(2)
    expect(onError).toHaveBeenCalledWith(throttled)
    expect(onRound).toHaveBeenCalledTimes(1)
  })

  test('reads that keep throwing still end at the deadline', async () => {
    const time = fakeTime()
    let calls = 0
    const describe = jest.fn((names: string[]): Promise<Map<string, Service>> =>
      // Recovers after 50 failures, so a watcher that ignored its deadline would complete instead of hanging.
      ++calls > 50
        ? Promise.resolve(new Map(names.map((name) => [name, state('d-web', 'COMPLETED', name)])))
        : Promise.reject(new Error('network down'))
    )
    const watcher = new RolloutWatcher({ describe, pollMs: 10_000, timeoutMs: 30_000, ...time })
    expect((await watcher.watch('web', 'd-web')).state).toBe('timed-out')
    expect(describe).toHaveBeenCalledTimes(3)
  })

  test('a service that disappears while deploying is failed', async () => {
    const time = fakeTime()
    const { describe } = scripted({ web: () => undefined })
    const watcher = new RolloutWatcher({ describe, pollMs: 1_000, timeoutMs: 60_000, ...time })
    const outcome = await watcher.watch('web', 'd-web')
    expect(outcome.state).toBe('failed')
  })

  test('each watch has its own deadline, counted from when it started', async () => {
    // A clock moved by hand: each tick ends the current wait and advances time by pollMs.
    let clock = 0
    const waiting: (() => void)[] = []
    const sleep = (ms: number): Promise<void> =>
      new Promise((resolve) => {
        waiting.push(() => {
          clock += ms
          resolve()
        })
      })
    const tick = async (): Promise<void> => {
      waiting.shift()?.()
      await drained()
    }
    const { describe, calls } = scripted({
      web: () => state('d-web', 'IN_PROGRESS', 'web'),
      api: () => state('d-api', 'IN_PROGRESS', 'api')
    })
    const watcher = new RolloutWatcher({
      describe,
      pollMs: 10_000,
      timeoutMs: 30_000,
      now: () => clock,
      sleep
    })
    const settled: string[] = []
    void watcher
      .watch('web', 'd-web')
      .then((outcome) => settled.push(`web ${outcome.state} at ${clock}`))
    await tick() // 10 s: web read once
    void watcher
      .watch('api', 'd-api')
      .then((outcome) => settled.push(`api ${outcome.state} at ${clock}`))
    await tick() // 20 s
    await tick() // 30 s: web has waited 30 s
    expect(settled).toEqual(['web timed-out at 30000'])
    await tick() // 40 s: api has waited 30 s
    expect(settled).toEqual(['web timed-out at 30000', 'api timed-out at 40000'])
    expect(calls).toEqual([['web'], ['web', 'api'], ['web', 'api'], ['api']])
    expect(waiting).toHaveLength(0)
  })

  test('a watch started just after another one finished is still followed', async () => {
    // However many microtask turns later the next watch starts, it must be polled.
    for (let turns = 0; turns < 6; turns++) {
      const time = fakeTime()
      const { describe } = scripted({
        first: () => state('d-first', 'COMPLETED', 'first'),
        second: () => state('d-second', 'COMPLETED', 'second')
      })
      const watcher = new RolloutWatcher({ describe, pollMs: 1_000, timeoutMs: 60_000, ...time })
      expect(await watcher.watch('first', 'd-first')).toEqual({ state: 'completed' })
      for (let turn = 0; turn < turns; turn++) await Promise.resolve()
      const second = await Promise.race([watcher.watch('second', 'd-second'), drained()])
      expect({ turns, second }).toEqual({ turns, second: { state: 'completed' } })
    }
  })
})
