import { describe, expect, jest, test } from '@jest/globals'
import type {
  Deployment,
  Service,
  ServiceConnectConfiguration,
  ServiceDeployment,
  ServiceRevision
} from '@aws-sdk/client-ecs'
import { CancelledError } from '../../src/aws/abort.js'
import { type RoundReport, RolloutWatcher, type WatcherOptions } from '../../src/act/rollout.js'
import {
  judgeDeployment,
  judgeServiceDeployment,
  recentEvents,
  revisionConfigured,
  revisionInForce
} from '../../src/act/deployment-state.js'
import { CA_ARN, deployment, entry, ROLE_ARN, scConfig, serviceArn, tls } from './fixtures.js'

const OURS = 'ecs-svc/1111111111111111111'
const OLD = 'ecs-svc/0000000000000000000'
const arnOf = (name: string, id: string): string =>
  `arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/${name}/${id}`
const revisionArn = (name: string, n: number): string =>
  `arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/${name}/${n}`

function svc(deployments: Deployment[], extra: Partial<Service> = {}): Service {
  return {
    serviceName: 'web',
    serviceArn: serviceArn('web'),
    status: 'ACTIVE',
    deployments,
    ...extra
  }
}

function sd(
  status: NonNullable<ServiceDeployment['status']>,
  extra: Partial<ServiceDeployment> = {}
): ServiceDeployment {
  return {
    serviceDeploymentArn: arnOf('web', 'new'),
    serviceArn: serviceArn('web'),
    status,
    sourceServiceRevisions: [{ arn: revisionArn('web', 1) }],
    targetServiceRevision: { arn: revisionArn('web', 2) },
    ...extra
  }
}

describe('judgeServiceDeployment: ECS statuses in its own words', () => {
  test.each([
    ['PENDING', 'in-progress'],
    ['IN_PROGRESS', 'in-progress'],
    ['ROLLBACK_REQUESTED', 'in-progress'],
    ['ROLLBACK_IN_PROGRESS', 'in-progress'],
    ['SUCCESSFUL', 'completed'],
    ['ROLLBACK_SUCCESSFUL', 'rolled-back'],
    ['ROLLBACK_FAILED', 'failed'],
    ['STOP_REQUESTED', 'stopped'],
    ['STOPPED', 'stopped']
  ] as const)('%s is %s', (status, state) => {
    expect(judgeServiceDeployment(sd(status), 'completed').state).toBe(state)
  })

  test('a rollback is followed until it ends, and only ROLLBACK_SUCCESSFUL says "rolled back"', () => {
    expect(judgeServiceDeployment(sd('ROLLBACK_IN_PROGRESS'), 'completed')).toEqual({
      state: 'in-progress',
      stage: 'ROLLBACK_IN_PROGRESS'
    })
    const done = judgeServiceDeployment(
      sd('ROLLBACK_SUCCESSFUL', { statusReason: 'Circuit breaker: 3 tasks failed to start' }),
      'completed'
    )
    expect(done).toEqual({
      state: 'rolled-back',
      reason: `deployment ${arnOf('web', 'new')} failed and ECS rolled it back: Circuit breaker: 3 tasks failed to start`
    })
    for (const status of ['ROLLBACK_FAILED', 'STOPPED', 'IN_PROGRESS'] as const) {
      const verdict = judgeServiceDeployment(sd(status), 'completed')
      expect('reason' in verdict ? verdict.reason : '').not.toContain('rolled')
    }
  })

  test('the lifecycle stage is carried while in progress', () => {
    expect(
      judgeServiceDeployment(
        sd('IN_PROGRESS', { lifecycleStage: 'TEST_TRAFFIC_SHIFT' }),
        'completed'
      )
    ).toEqual({ state: 'in-progress', stage: 'TEST_TRAFFIC_SHIFT' })
  })

  test('wait-until traffic-shifted ends at BAKE_TIME (or CLEAN_UP); completed keeps waiting', () => {
    const baking = sd('IN_PROGRESS', { lifecycleStage: 'BAKE_TIME' })
    expect(judgeServiceDeployment(baking, 'traffic-shifted')).toEqual({ state: 'traffic-shifted' })
    expect(judgeServiceDeployment(baking, 'completed')).toEqual({
      state: 'in-progress',
      stage: 'BAKE_TIME'
    })
    const shifting = sd('IN_PROGRESS', { lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT' })
    expect(judgeServiceDeployment(shifting, 'traffic-shifted').state).toBe('in-progress')
    const cleaning = sd('IN_PROGRESS', { lifecycleStage: 'CLEAN_UP' })
    expect(judgeServiceDeployment(cleaning, 'traffic-shifted').state).toBe('traffic-shifted')
  })
})

describe('judgeDeployment (fallback without service deployments)', () => {
  test('our PRIMARY deployment with rolloutState COMPLETED is completed', () => {
    expect(
      judgeDeployment(svc([deployment(OURS, 'PRIMARY', { rolloutState: 'COMPLETED' })]), OURS)
    ).toEqual({ state: 'completed' })
  })

  test('IN_PROGRESS stays in progress even when running equals desired', () => {
    expect(
      judgeDeployment(svc([deployment(OURS, 'PRIMARY', { rolloutState: 'IN_PROGRESS' })]), OURS)
    ).toEqual({ state: 'in-progress' })
  })

  test('FAILED while still PRIMARY failed in place: not a rollback', () => {
    const service = svc([
      deployment(OURS, 'PRIMARY', { rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker' })
    ])
    expect(judgeDeployment(service, OURS)).toEqual({
      state: 'failed',
      reason: `deployment ${OURS} failed: circuit breaker`
    })
  })

  test('FAILED with a new PRIMARY: followed while the rollback runs, rolled back once it completed', () => {
    const rolling = svc([
      deployment(OLD, 'PRIMARY', { rolloutState: 'IN_PROGRESS' }),
      deployment(OURS, 'ACTIVE', { rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker' })
    ])
    expect(judgeDeployment(rolling, OURS)).toEqual({
      state: 'in-progress',
      stage: 'ROLLBACK_IN_PROGRESS'
    })
    const back = svc([
      deployment(OLD, 'PRIMARY', { rolloutState: 'COMPLETED' }),
      deployment(OURS, 'ACTIVE', { rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker' })
    ])
    expect(judgeDeployment(back, OURS)).toEqual({
      state: 'rolled-back',
      reason: `deployment ${OURS} failed: circuit breaker; ECS rolled back to deployment ${OLD}`
    })
  })

  test('replaced by someone else’s deployment without failing: stopped, never "rolled back"', () => {
    const other = 'ecs-svc/2222222222222222222'
    const service = svc([deployment(other, 'PRIMARY', { rolloutState: 'COMPLETED' })], {
      events: [
        { message: `(service web) deployment ${OURS} failed long ago`, createdAt: new Date(0) }
      ]
    })
    const verdict = judgeDeployment(service, OURS)
    expect(verdict.state).toBe('stopped')
    expect('reason' in verdict && verdict.reason).toBe(
      `deployment ${OURS} is no longer the PRIMARY deployment; deployment ${other} is`
    )
  })

  test('a missing or DRAINING service is failed', () => {
    expect(judgeDeployment(undefined, OURS)).toEqual({
      state: 'failed',
      reason: 'the service is no longer found (MISSING)'
    })
    const draining = svc([deployment(OURS, 'PRIMARY', { rolloutState: 'COMPLETED' })], {
      status: 'DRAINING'
    })
    expect(judgeDeployment(draining, OURS).state).toBe('failed')
  })

  test('no rolloutState: one deployment with running == desired is completed, else in progress', () => {
    const one = svc([deployment(OURS, 'PRIMARY', { runningCount: 3, desiredCount: 3 })])
    expect(judgeDeployment(one, OURS)).toEqual({ state: 'completed' })
    const short = svc([deployment(OURS, 'PRIMARY', { runningCount: 2, desiredCount: 3 })])
    expect(judgeDeployment(short, OURS)).toEqual({ state: 'in-progress' })
  })
})

describe('recentEvents', () => {
  test('only events newer than the start (1 s of slack), newest first, at most `limit`', () => {
    const since = new Date('2026-03-01T12:00:00Z')
    const at = (seconds: number): Date => new Date(since.getTime() + seconds * 1000)
    const service = svc([], {
      events: [
        { id: '4', message: 'd', createdAt: at(40) },
        { id: '3', message: 'c', createdAt: at(30) },
        { id: '2', message: 'b', createdAt: at(-0.5) },
        { id: '1', message: 'a', createdAt: at(-86_400) }
      ]
    })
    expect(recentEvents(service, since)).toEqual(['d', 'c', 'b'])
    expect(recentEvents(service, since, 2)).toEqual(['d', 'c'])
  })

  test('a day-old event is never quoted, even when it is the only one', () => {
    const since = new Date('2026-03-01T12:00:00Z')
    const service = svc([], {
      events: [{ message: 'old failure', createdAt: new Date('2026-02-28T12:00:00Z') }]
    })
    expect(recentEvents(service, since)).toEqual([])
    expect(recentEvents(undefined, since)).toEqual([])
  })
})

describe('revisionInForce', () => {
  const current = (...revisions: [number, number][]): Service =>
    svc([], {
      currentServiceRevisions: revisions.map(([n, running]) => ({
        arn: revisionArn('web', n),
        runningTaskCount: running
      }))
    })

  test('a successful deployment: its target revision', () => {
    expect(revisionInForce({ state: 'completed' }, sd('SUCCESSFUL'), undefined)).toBe(
      revisionArn('web', 2)
    )
  })

  test('a rollback: the revision ECS rolled back to, else the only source revision', () => {
    const rolledBack = { state: 'rolled-back', reason: '' } as const
    const withInfo = sd('ROLLBACK_SUCCESSFUL', {
      sourceServiceRevisions: [{ arn: revisionArn('web', 1) }, { arn: revisionArn('web', 5) }],
      rollback: { reason: 'circuit breaker', serviceRevisionArn: revisionArn('web', 1) }
    })
    expect(revisionInForce(rolledBack, withInfo, undefined)).toBe(revisionArn('web', 1))
    expect(revisionInForce(rolledBack, sd('ROLLBACK_SUCCESSFUL'), undefined)).toBe(
      revisionArn('web', 1)
    )
  })

  test('unfinished or stopped: the revision it started from, which still runs in full', () => {
    const stopped = { state: 'stopped', reason: '' } as const
    expect(revisionInForce(stopped, sd('STOPPED'), current([7, 3]))).toBe(revisionArn('web', 1))
    expect(revisionInForce({ state: 'timed-out' }, sd('IN_PROGRESS'), undefined)).toBe(
      revisionArn('web', 1)
    )
  })

  test('otherwise: the service current revision, the busiest when there are several', () => {
    const twoSources = sd('IN_PROGRESS', {
      sourceServiceRevisions: [{ arn: revisionArn('web', 1) }, { arn: revisionArn('web', 5) }]
    })
    expect(revisionInForce({ state: 'timed-out' }, twoSources, current([1, 3], [2, 1]))).toBe(
      revisionArn('web', 1)
    )
    // A tie goes to the followed deployment's target.
    expect(revisionInForce({ state: 'timed-out' }, twoSources, current([1, 2], [2, 2]))).toBe(
      revisionArn('web', 2)
    )
    expect(revisionInForce({ state: 'timed-out' }, undefined, undefined)).toBeUndefined()
  })
})

describe('revisionConfigured', () => {
  const stopped = { state: 'stopped', reason: '' } as const
  const ours = sd('STOPPED')
  const serviceOn = (current: string): Service => svc([], { currentServiceDeployment: current })

  test('stopped without rollback, still the current deployment: its target, the next start', () => {
    expect(
      revisionConfigured(stopped, ours, serviceOn(arnOf('web', 'new')), revisionArn('web', 1))
    ).toBe(revisionArn('web', 2))
  })

  test('nothing when the target serves, a newer deployment is current, or the service is unread', () => {
    expect(
      revisionConfigured(stopped, ours, serviceOn(arnOf('web', 'new')), revisionArn('web', 2))
    ).toBeUndefined()
    expect(
      revisionConfigured(stopped, ours, serviceOn(arnOf('web', 'other')), revisionArn('web', 1))
    ).toBeUndefined()
    expect(revisionConfigured(stopped, ours, undefined, revisionArn('web', 1))).toBeUndefined()
    expect(
      revisionConfigured(stopped, undefined, serviceOn(arnOf('web', 'new')), undefined)
    ).toBeUndefined()
  })

  test('only a stop: success, a rollback, a failed rollback and a time-out configure nothing new', () => {
    const service = serviceOn(arnOf('web', 'new'))
    const verdicts = [
      { state: 'completed' },
      { state: 'rolled-back', reason: '' },
      { state: 'failed', reason: '' },
      { state: 'timed-out' }
    ] as const
    for (const verdict of verdicts)
      expect(revisionConfigured(verdict, ours, service, revisionArn('web', 1))).toBeUndefined()
  })
})

// ---- the watcher ----

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

const TLS_CONFIG: ServiceConnectConfiguration = scConfig(entry('http', tls(CA_ARN, ROLE_ARN)))
const PLAIN_CONFIG: ServiceConnectConfiguration = scConfig(entry('http'))

/**
 * A fake ECS for the watcher. `deployment(arn, round)` and `service(name, round)` script what
 * each read returns in round n (1-based, counted by DescribeServiceDeployments calls, or by
 * DescribeServices calls when no deployment is followed).
 */
function fakeEcs(script: {
  deployment?: (arn: string, round: number) => ServiceDeployment | undefined
  service?: (name: string, round: number) => Service | undefined
  revisions?: Record<string, ServiceConnectConfiguration | undefined>
}): WatcherOptions & {
  calls: { deployments: string[][]; services: string[][]; revisions: string[][] }
} {
  const calls = {
    deployments: [] as string[][],
    services: [] as string[][],
    revisions: [] as string[][]
  }
  const round = (): number => Math.max(calls.deployments.length, 1)
  return {
    calls,
    pollMs: 15_000,
    timeoutMs: 600_000,
    describeServiceDeployments: (arns) => {
      calls.deployments.push([...arns])
      const found = new Map<string, ServiceDeployment>()
      for (const arn of arns) {
        const item = script.deployment?.(arn, calls.deployments.length)
        if (item) found.set(arn, item)
      }
      return Promise.resolve(found)
    },
    describeServices: (names) => {
      calls.services.push([...names])
      const found = new Map<string, Service>()
      for (const name of names) {
        const item = script.service?.(
          name,
          calls.deployments.length ? round() : calls.services.length
        )
        if (item) found.set(name, item)
      }
      return Promise.resolve(found)
    },
    describeServiceRevisions: (arns) => {
      calls.revisions.push([...arns])
      const found = new Map<string, ServiceRevision>()
      for (const arn of arns)
        if (script.revisions && arn in script.revisions) {
          const config = script.revisions[arn]
          found.set(arn, {
            serviceRevisionArn: arn,
            ...(config ? { serviceConnectConfiguration: config } : {})
          })
        }
      return Promise.resolve(found)
    }
  }
}

const byName = (arn: string): string => arn.split('/')[2] ?? ''

describe('RolloutWatcher', () => {
  test('one DescribeServiceDeployments per round for every pending deployment; the revision is read at the end', async () => {
    const time = fakeTime()
    const names = Array.from({ length: 25 }, (_, i) => `svc-${i}`)
    const ecs = fakeEcs({
      deployment: (arn, round) =>
        sd(
          round >= 2 && byName(arn) !== 'svc-0'
            ? 'SUCCESSFUL'
            : round >= 3
              ? 'SUCCESSFUL'
              : 'IN_PROGRESS',
          {
            serviceDeploymentArn: arn,
            targetServiceRevision: { arn: revisionArn(byName(arn), 2) }
          }
        ),
      revisions: Object.fromEntries(names.map((name) => [revisionArn(name, 2), TLS_CONFIG]))
    })
    const rounds: RoundReport[] = []
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      onRound: (report) => rounds.push(report)
    })
    const results = await Promise.all(
      names.map((name) => watcher.watch(name, { arn: arnOf(name, 'new') }))
    )
    expect(results.every((result) => result.outcome.state === 'completed')).toBe(true)
    expect(results[3]?.inForce).toEqual({
      revisionArn: revisionArn('svc-3', 2),
      config: TLS_CONFIG
    })
    expect(ecs.calls.deployments.map((arns) => arns.length)).toEqual([25, 25, 1])
    // A clean success needs no DescribeServices: the target revision is known.
    expect(ecs.calls.services).toEqual([])
    expect(ecs.calls.revisions.map((arns) => arns.length)).toEqual([24, 1])
    // Calls the round made: ceil(25/20) deployment reads, then ceil(24/20) revision reads.
    expect(rounds).toEqual([
      { read: 25, calls: 2, inProgress: 25, timedOut: 0 },
      { read: 25, calls: 4, inProgress: 1, timedOut: 0 },
      { read: 1, calls: 2, inProgress: 0, timedOut: 0 }
    ])
  })

  test('a circuit-breaker rollback: followed to ROLLBACK_SUCCESSFUL, TLS after from the restored revision, only new events', async () => {
    const time = fakeTime()
    const started = new Date(time.now())
    const ecs = fakeEcs({
      deployment: (_arn, round) =>
        round === 1
          ? sd('IN_PROGRESS', { lifecycleStage: 'SCALE_UP' })
          : round === 2
            ? sd('ROLLBACK_IN_PROGRESS')
            : sd('ROLLBACK_SUCCESSFUL', {
                statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
                rollback: { reason: 'circuit breaker', serviceRevisionArn: revisionArn('web', 1) }
              }),
      service: () =>
        svc([], {
          events: [
            {
              message: '(service web) rolling back',
              createdAt: new Date(started.getTime() + 40_000)
            },
            {
              message: '(service web) day-old failure',
              createdAt: new Date(started.getTime() - 86_400_000)
            }
          ]
        }),
      revisions: { [revisionArn('web', 1)]: PLAIN_CONFIG }
    })
    const stages: string[] = []
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      onStage: (name, _deployment, stage) => stages.push(`${name} ${stage}`)
    })
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome).toEqual({
      state: 'rolled-back',
      reason: `deployment ${arnOf('web', 'new')} failed and ECS rolled it back: ECS deployment circuit breaker: tasks failed to start.`
    })
    expect(result.inForce).toEqual({ revisionArn: revisionArn('web', 1), config: PLAIN_CONFIG })
    expect(result.events).toEqual(['(service web) rolling back'])
    expect(stages).toEqual(['web SCALE_UP', 'web ROLLBACK_IN_PROGRESS'])
  })

  test('superseded by another pipeline: names the newer deployment; TLS after is what the service runs', async () => {
    const time = fakeTime()
    const other = arnOf('web', 'other')
    const ecs = fakeEcs({
      deployment: (arn, round) =>
        arn === other
          ? sd(round >= 4 ? 'SUCCESSFUL' : 'IN_PROGRESS', {
              serviceDeploymentArn: other,

              targetServiceRevision: { arn: revisionArn('web', 3) }
            })
          : round === 1
            ? sd('IN_PROGRESS')
            : sd('STOPPED', { statusReason: 'Superseded by a newer deployment' }),
      service: () =>
        svc([], {
          currentServiceDeployment: other,
          currentServiceRevisions: [{ arn: revisionArn('web', 3), runningTaskCount: 2 }]
        }),
      revisions: { [revisionArn('web', 3)]: TLS_CONFIG }
    })
    const watcher = new RolloutWatcher({ ...ecs, ...time })
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome).toEqual({
      state: 'superseded',
      by: other,
      reason: `deployment ${arnOf('web', 'new')} was stopped (STOPPED): Superseded by a newer deployment; superseded by deployment ${other}; deployment ${other} completed`
    })
    expect(result.inForce).toEqual({ revisionArn: revisionArn('web', 3), config: TLS_CONFIG })
    expect(result.configured).toBeUndefined()
    expect(result.followed).toEqual({ arn: other })
    expect(JSON.stringify(result)).not.toContain('rolled back')
  })

  test('stopped with no newer deployment (circuit breaker without rollback): failed in place, the old revision serves, the new one is configured', async () => {
    const time = fakeTime()
    const ours = arnOf('web', 'new')
    const ecs = fakeEcs({
      deployment: () => sd('STOPPED', { statusReason: 'circuit breaker: tasks failed to start' }),
      service: () =>
        svc([], {
          currentServiceDeployment: ours,
          currentServiceRevisions: [{ arn: revisionArn('web', 2), runningTaskCount: 0 }]
        }),
      revisions: { [revisionArn('web', 1)]: PLAIN_CONFIG, [revisionArn('web', 2)]: TLS_CONFIG }
    })
    const result = await new RolloutWatcher({ ...ecs, ...time }).watch('web', { arn: ours })
    expect(result.outcome).toEqual({
      state: 'failed',
      reason: `deployment ${ours} was stopped (STOPPED): circuit breaker: tasks failed to start`
    })
    expect(result.inForce).toEqual({ revisionArn: revisionArn('web', 1), config: PLAIN_CONFIG })
    expect(result.configured).toEqual({ revisionArn: revisionArn('web', 2), config: TLS_CONFIG })
    // Both revisions in the one DescribeServiceRevisions call.
    expect(ecs.calls.revisions).toEqual([[revisionArn('web', 1), revisionArn('web', 2)]])
  })

  test('a wait ends at its deadline, not a poll later, names the stage, and counts it as still in progress', async () => {
    const time = fakeTime()
    const ecs = fakeEcs({
      deployment: () => sd('IN_PROGRESS', { lifecycleStage: 'POST_PRODUCTION_TRAFFIC_SHIFT' }),
      // New tasks already outnumber the old ones; the old revision still runs in full.
      service: () =>
        svc([], {
          currentServiceRevisions: [
            { arn: revisionArn('web', 2), runningTaskCount: 3 },
            { arn: revisionArn('web', 1), runningTaskCount: 1 }
          ]
        }),
      revisions: { [revisionArn('web', 1)]: PLAIN_CONFIG, [revisionArn('web', 2)]: TLS_CONFIG }
    })
    const rounds: RoundReport[] = []
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      pollMs: 100_000,
      timeoutMs: 60_000,
      onRound: (report) => rounds.push(report)
    })
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(time.slept).toEqual([60_000])
    expect(result.outcome).toEqual({
      state: 'timed-out',
      stage: 'POST_PRODUCTION_TRAFFIC_SHIFT',
      reason: `deployment ${arnOf('web', 'new')} was still in progress in stage POST_PRODUCTION_TRAFFIC_SHIFT after 1 minutes; ECS goes on with it`
    })
    expect(rounds).toEqual([{ read: 1, calls: 3, inProgress: 1, timedOut: 1 }])
    expect(result.inForce).toEqual({ revisionArn: revisionArn('web', 1), config: PLAIN_CONFIG })
    expect(result.configured).toBeUndefined()
  })

  test('a lifecycle hook paused in a stage: the time-out names that stage; each stage is logged once', async () => {
    const time = fakeTime()
    const ecs = fakeEcs({
      deployment: (_arn, round) =>
        sd('IN_PROGRESS', {
          lifecycleStage: round < 2 ? 'PRE_SCALE_UP' : 'POST_TEST_TRAFFIC_SHIFT'
        })
    })
    const onStage = jest.fn<(name: string, deployment: string, stage: string) => void>()
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      pollMs: 10_000,
      timeoutMs: 60_000,
      onStage
    })
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome.state === 'timed-out' && result.outcome.stage).toBe(
      'POST_TEST_TRAFFIC_SHIFT'
    )
    expect(onStage.mock.calls).toEqual([
      ['web', arnOf('web', 'new'), 'PRE_SCALE_UP'],
      ['web', arnOf('web', 'new'), 'POST_TEST_TRAFFIC_SHIFT']
    ])
  })

  test('wait-until traffic-shifted: done at BAKE_TIME; a release is still followed to the end', async () => {
    const time = fakeTime()
    const ecs = fakeEcs({
      deployment: (arn, round) =>
        sd(round >= 3 ? 'SUCCESSFUL' : 'IN_PROGRESS', {
          serviceDeploymentArn: arn,
          lifecycleStage: 'BAKE_TIME',
          targetServiceRevision: { arn: revisionArn(byName(arn), 2) }
        }),
      revisions: { [revisionArn('web', 2)]: TLS_CONFIG, [revisionArn('api', 2)]: PLAIN_CONFIG }
    })
    const watcher = new RolloutWatcher({ ...ecs, ...time, until: 'traffic-shifted' })
    const [web, api] = await Promise.all([
      watcher.watch('web', { arn: arnOf('web', 'new') }),
      watcher.watch('api', { arn: arnOf('api', 'new') }, { until: 'completed' })
    ])
    expect(web.outcome).toEqual({ state: 'traffic-shifted' })
    expect(web.inForce?.config).toEqual(TLS_CONFIG)
    expect(api.outcome).toEqual({ state: 'completed' })
    expect(ecs.calls.deployments).toEqual([
      [arnOf('web', 'new'), arnOf('api', 'new')],
      [arnOf('api', 'new')],
      [arnOf('api', 'new')]
    ])
  })

  test('cancelled while sleeping: every watch ends as cancelled at once, with no further read', async () => {
    const controller = new AbortController()
    const time = fakeTime()
    const ecs = fakeEcs({ deployment: (arn) => sd('IN_PROGRESS', { serviceDeploymentArn: arn }) })
    let sleeps = 0
    const sleep = (ms: number): Promise<void> => {
      if (++sleeps === 2) controller.abort()
      return time.sleep(ms)
    }
    const watcher = new RolloutWatcher({ ...ecs, now: time.now, sleep, signal: controller.signal })
    const results = await Promise.all([
      watcher.watch('web', { arn: arnOf('web', 'new') }),
      watcher.watch('api', { arn: arnOf('api', 'new') })
    ])
    expect(results.map((result) => result.outcome.state)).toEqual(['cancelled', 'cancelled'])
    expect(results[1].outcome.state === 'cancelled' && results[1].outcome.reason).toContain(
      arnOf('api', 'new')
    )
    expect(results[0].inForce).toBeUndefined()
    expect(ecs.calls.deployments).toHaveLength(1)
  })

  test('cancelled during a read: the aborted read ends the watch as cancelled, not as a lost round', async () => {
    const controller = new AbortController()
    const time = fakeTime()
    const onError = jest.fn()
    const watcher = new RolloutWatcher({
      ...fakeEcs({}),
      describeServiceDeployments: () => {
        controller.abort()
        return Promise.reject(new CancelledError())
      },
      ...time,
      signal: controller.signal,
      onError
    })
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome.state).toBe('cancelled')
    expect(onError).not.toHaveBeenCalled()
  })

  test('the real sleep is cut short by the signal', async () => {
    const controller = new AbortController()
    const watcher = new RolloutWatcher({
      ...fakeEcs({}),
      pollMs: 3_600_000,
      timeoutMs: 7_200_000,
      signal: controller.signal
    })
    const watching = watcher.watch('web', { arn: arnOf('web', 'new') })
    controller.abort()
    expect((await watching).outcome.state).toBe('cancelled')
  })

  test('a read that throws is one lost round, not a failure; reads that keep failing end at the deadline', async () => {
    const time = fakeTime()
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
    let calls = 0
    const ecs = fakeEcs({
      deployment: () => sd('SUCCESSFUL'),
      revisions: { [revisionArn('web', 2)]: TLS_CONFIG }
    })
    const onError = jest.fn<(error: unknown) => void>()
    const flaky = new RolloutWatcher({
      ...ecs,
      describeServiceDeployments: (arns) =>
        ++calls === 1 ? Promise.reject(throttled) : ecs.describeServiceDeployments(arns),
      ...time,
      onError
    })
    expect((await flaky.watch('web', { arn: arnOf('web', 'new') })).outcome).toEqual({
      state: 'completed'
    })
    expect(onError).toHaveBeenCalledWith(throttled)
    const down = new RolloutWatcher({
      ...ecs,
      describeServiceDeployments: () =>
        Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
      ...time,
      pollMs: 10_000,
      timeoutMs: 30_000
    })
    const result = await down.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome.state).toBe('timed-out')
    expect(result.outcome.state === 'timed-out' && result.outcome.reason).toContain(
      'could not be read'
    )
  })

  test('fallback: a deployments[] id is followed with DescribeServices; TLS after from the PRIMARY deployment', async () => {
    const time = fakeTime()
    const ecs = fakeEcs({
      service: (_name, round) =>
        svc([
          deployment(OURS, 'PRIMARY', {
            rolloutState: round >= 2 ? 'COMPLETED' : 'IN_PROGRESS',
            serviceConnectConfiguration: TLS_CONFIG
          })
        ])
    })
    const result = await new RolloutWatcher({ ...ecs, ...time }).watch('web', { id: OURS })
    expect(result.outcome).toEqual({ state: 'completed' })
    expect(result.inForce).toEqual({ config: TLS_CONFIG })
    expect(ecs.calls.deployments).toEqual([])
  })

  test('each watch has its own deadline, counted from when it started', async () => {
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
      await new Promise((resolve) => setImmediate(resolve))
    }
    const ecs = fakeEcs({ deployment: (arn) => sd('IN_PROGRESS', { serviceDeploymentArn: arn }) })
    const watcher = new RolloutWatcher({
      ...ecs,
      pollMs: 10_000,
      timeoutMs: 30_000,
      now: () => clock,
      sleep
    })
    const settled: string[] = []
    void watcher
      .watch('web', { arn: arnOf('web', 'new') })
      .then((result) => settled.push(`web ${result.outcome.state} at ${clock}`))
    await tick() // 10 s
    void watcher
      .watch('api', { arn: arnOf('api', 'new') })
      .then((result) => settled.push(`api ${result.outcome.state} at ${clock}`))
    await tick() // 20 s
    await tick() // 30 s: web has waited 30 s
    expect(settled).toEqual(['web timed-out at 30000'])
    await tick() // 40 s: api has waited 30 s
    expect(settled).toEqual(['web timed-out at 30000', 'api timed-out at 40000'])
    expect(waiting).toHaveLength(0)
  })

  test('a watch started just after another one finished is still followed', async () => {
    for (let turns = 0; turns < 6; turns++) {
      const time = fakeTime()
      const ecs = fakeEcs({
        deployment: (arn) =>
          sd('SUCCESSFUL', {
            serviceDeploymentArn: arn,
            targetServiceRevision: { arn: revisionArn(byName(arn), 2) }
          }),
        revisions: { [revisionArn('first', 2)]: TLS_CONFIG, [revisionArn('second', 2)]: TLS_CONFIG }
      })
      const watcher = new RolloutWatcher({ ...ecs, ...time, pollMs: 1_000 })
      expect((await watcher.watch('first', { arn: arnOf('first', 'a') })).outcome.state).toBe(
        'completed'
      )
      for (let turn = 0; turn < turns; turn++) await Promise.resolve()
      const second = await Promise.race([
        watcher
          .watch('second', { arn: arnOf('second', 'b') })
          .then((result) => result.outcome.state),
        new Promise((resolve) => {
          setImmediate(() => {
            resolve('pending')
          })
        })
      ])
      expect({ turns, second }).toEqual({ turns, second: 'completed' })
    }
  })
})

describe('RolloutWatcher: errors a retry cannot outlive', () => {
  const awsError = (name: string, message: string): Error =>
    Object.assign(new Error(message), {
      name,
      $fault: 'client',
      $metadata: { httpStatusCode: 400 }
    })
  const expired = awsError(
    'ExpiredTokenException',
    'The security token included in the request is expired'
  )
  const denied = (action: string): Error =>
    awsError(
      'AccessDeniedException',
      `User: arn:aws:sts::123456789012:assumed-role/deployer/gha is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`
    )

  test('expired credentials end every wait at once, as last seen, with the way out', async () => {
    const time = fakeTime()
    const ecs = fakeEcs({
      deployment: (arn) =>
        sd('IN_PROGRESS', {
          serviceDeploymentArn: arn,
          lifecycleStage: 'BAKE_TIME',
          targetServiceRevision: { arn: revisionArn(byName(arn), 2) }
        })
    })
    let reads = 0
    const onError = jest.fn<(error: unknown) => void>()
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      describeServiceDeployments: (arns) =>
        ++reads >= 2 ? Promise.reject(expired) : ecs.describeServiceDeployments(arns),
      onError,
      wayOut: { roleDurationSeconds: 5400 }
    })
    const [web, api] = await Promise.all([
      watcher.watch('web', { arn: arnOf('web', 'new') }),
      watcher.watch('api', { arn: arnOf('api', 'new') })
    ])
    // One read that saw them, one that failed: no polling until the deadline.
    expect(reads).toBe(2)
    expect(time.slept).toHaveLength(2)
    expect(onError).not.toHaveBeenCalled()
    for (const [result, name] of [
      [web, 'web'],
      [api, 'api']
    ] as const) {
      expect(result.outcome).toMatchObject({
        state: 'read-failed',
        cause: 'expired-credentials',
        operation: 'DescribeServiceDeployments',
        lastSeen: {
          deployment: arnOf(name, 'new'),
          status: 'IN_PROGRESS',
          stage: 'BAKE_TIME',
          revision: revisionArn(name, 2)
        }
      })
      const reason = result.outcome.state === 'read-failed' ? result.outcome.reason : ''
      expect(reason).toContain('ExpiredTokenException')
      expect(reason).toContain('role-duration-seconds')
      expect(reason).toContain('5400')
      expect(reason).toContain('ECS goes on with the rollout')
      expect(reason).toContain('mode: verify')
    }
  })

  test('a denied DescribeServices ends the wait with the permission and the policy file', async () => {
    const time = fakeTime()
    const watcher = new RolloutWatcher({
      ...fakeEcs({}),
      ...time,
      describeServices: () => Promise.reject(denied('ecs:DescribeServices'))
    })
    const result = await watcher.watch('web', { id: OURS })
    expect(result.outcome).toMatchObject({ state: 'read-failed', cause: 'access-denied' })
    const out = result.outcome.state === 'read-failed' ? result.outcome.wayOut : ''
    expect(out).toContain('DescribeServices on services web needs ecs:DescribeServices')
    expect(out).toContain(
      'policies/read-only.json, policies/apply.json and policies/discover.json grant it'
    )
  })

  test('without ecs:DescribeServiceDeployments the rollout is followed through DescribeServices to its end, said once', async () => {
    const time = fakeTime()
    let round = 0
    const ecs = fakeEcs({
      service: () =>
        svc(
          [
            deployment(OURS, 'PRIMARY', {
              rolloutState: round >= 3 ? 'COMPLETED' : 'IN_PROGRESS',
              serviceConnectConfiguration: TLS_CONFIG
            })
          ],
          {
            currentServiceDeployment: arnOf('web', 'new'),
            currentServiceRevisions: [{ arn: revisionArn('web', 2), runningTaskCount: 2 }]
          }
        )
    })
    const onServicesOnly = jest.fn()
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      describeServiceDeployments: () => Promise.reject(denied('ecs:DescribeServiceDeployments')),
      describeServiceRevisions: () => Promise.reject(denied('ecs:DescribeServiceRevisions')),
      describeServices: (names) => {
        round++
        return ecs.describeServices(names)
      },
      onServicesOnly
    })
    // The id from UpdateService is not given: the PRIMARY deployment is taken as ours.
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome).toEqual({ state: 'completed' })
    expect(result.viaServices).toBe(true)
    expect(result.inForce).toEqual({ config: TLS_CONFIG })
    expect(onServicesOnly).toHaveBeenCalledTimes(1)
    expect(onServicesOnly.mock.calls[0]?.[0]).toMatchObject({
      operation: 'DescribeServiceDeployments',
      kind: 'access-denied'
    })
    // A later watch needs no second denial to follow the same way.
    const again = await watcher.watch('web', { arn: arnOf('web', 'new') }, { deploymentId: OURS })
    expect(again.outcome).toEqual({ state: 'completed' })
    expect(onServicesOnly).toHaveBeenCalledTimes(1)
  })

  test('only DescribeServiceRevisions denied: the deployment is followed, "after" from the PRIMARY deployment', async () => {
    const time = fakeTime()
    const ecs = fakeEcs({
      deployment: () => sd('SUCCESSFUL'),
      service: () =>
        svc([deployment(OURS, 'PRIMARY', { serviceConnectConfiguration: PLAIN_CONFIG })])
    })
    const onServicesOnly = jest.fn()
    const watcher = new RolloutWatcher({
      ...ecs,
      ...time,
      describeServiceRevisions: () => Promise.reject(denied('ecs:DescribeServiceRevisions')),
      onServicesOnly
    })
    const result = await watcher.watch('web', { arn: arnOf('web', 'new') })
    expect(result.outcome).toEqual({ state: 'completed' })
    expect(result.inForce).toEqual({ config: PLAIN_CONFIG })
    expect(onServicesOnly).toHaveBeenCalledTimes(1)
    expect(ecs.calls.deployments).toHaveLength(1)
  })
})
