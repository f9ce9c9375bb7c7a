/** Releases in flight and bake time: the pure checks, and waiting for releases before planning. */
import { describe, expect, jest, test } from '@jest/globals'
import type { Service, ServiceDeployment } from '@aws-sdk/client-ecs'
import { bakeTimeFinding, inFlightFinding } from '../../src/checks/deployment.js'
import { inFlightOf } from '../../src/read/in-flight.js'
import { waitForReleases } from '../../src/act/releases.js'
import type { RolloutWatcher } from '../../src/act/rollout.js'
import { deployment, entry, okTarget, scConfig, service } from './fixtures.js'
import type { InFlight, WatchResult } from '../../src/model/deployment.js'
import type { World } from '../../src/model/facts.js'

const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/abc'

describe('inFlightOf', () => {
  const withCurrent = (extra: Partial<Service> = {}): Service => ({
    ...service('web', scConfig(entry('http'))),
    currentServiceDeployment: ARN,
    ...extra
  })
  const sd = (status: ServiceDeployment['status'], stage?: string): ServiceDeployment => ({
    serviceDeploymentArn: ARN,
    status,
    ...(stage ? { lifecycleStage: stage as ServiceDeployment['lifecycleStage'] } : {})
  })

  test.each(['PENDING', 'IN_PROGRESS', 'ROLLBACK_IN_PROGRESS'] as const)(
    'a current service deployment %s is in flight',
    (status) => {
      expect(inFlightOf(withCurrent(), sd(status, 'SCALE_UP'))).toEqual({
        followed: { arn: ARN },
        deployment: ARN,
        status,
        stage: 'SCALE_UP'
      })
    }
  )

  test.each(['SUCCESSFUL', 'ROLLBACK_SUCCESSFUL', 'STOPPED'] as const)(
    'a finished one (%s) is not',
    (status) => {
      expect(inFlightOf(withCurrent(), sd(status))).toBeUndefined()
    }
  )

  test('without service deployments: a PRIMARY rollout IN_PROGRESS is in flight', () => {
    const plain = service('web', scConfig(entry('http')))
    expect(inFlightOf(plain, undefined)).toBeUndefined()
    const rolling: Service = {
      ...plain,
      deployments: [deployment('ecs-svc/7', 'PRIMARY', { rolloutState: 'IN_PROGRESS' })]
    }
    expect(inFlightOf(rolling, undefined)).toEqual({
      followed: { id: 'ecs-svc/7' },
      deployment: 'ecs-svc/7',
      status: 'IN_PROGRESS'
    })
  })
})

describe('inFlightFinding', () => {
  const release: InFlight = {
    followed: { arn: ARN },
    deployment: ARN,
    status: 'IN_PROGRESS',
    stage: 'BAKE_TIME'
  }

  test('apply with fail: an error naming the deployment and its stage', () => {
    expect(inFlightFinding('web', release, 'apply', 'fail')).toEqual({
      severity: 'error',
      code: 'deployment-in-progress',
      service: 'web',
      message: `deployment ${ARN} is still in progress (IN_PROGRESS, stage BAKE_TIME); not updated on top of it (if-deployment-in-progress: fail). Run again when it has finished, or use if-deployment-in-progress: wait`
    })
  })

  test.each(['plan', 'verify'] as const)('%s: a notice', (mode) => {
    const finding = inFlightFinding('web', release, mode, 'wait')
    expect(finding.severity).toBe('notice')
    expect(finding.message).toContain('apply waits for it to finish before writing')
  })
})

describe('bakeTimeFinding', () => {
  const baking = (minutes: number, strategy = 'BLUE_GREEN'): Service => ({
    ...service('web'),
    deploymentConfiguration: {
      strategy: strategy as 'BLUE_GREEN',
      bakeTimeInMinutes: minutes
    }
  })
  const wait = (minutes: number, until: 'completed' | 'traffic-shifted' = 'completed') => ({
    enabled: true,
    timeoutMs: minutes * 60_000,
    until
  })

  test('a bake at least as long as the wait is a warning suggesting traffic-shifted', () => {
    const finding = bakeTimeFinding('web', baking(60), wait(30))
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'bake-time-exceeds-wait',
      expected: 'bakeTimeInMinutes < 30',
      found: '60'
    })
    expect(finding?.message).toContain('wait-until: traffic-shifted')
    expect(bakeTimeFinding('web', baking(30), wait(30))).toBeDefined()
  })

  test('no warning for a shorter bake, with traffic-shifted, or without waiting', () => {
    expect(bakeTimeFinding('web', baking(29), wait(30))).toBeUndefined()
    expect(bakeTimeFinding('web', baking(600), wait(30, 'traffic-shifted'))).toBeUndefined()
    expect(bakeTimeFinding('web', baking(600), { ...wait(30), enabled: false })).toBeUndefined()
    expect(bakeTimeFinding('web', service('web'), wait(30))).toBeUndefined()
  })
})

describe('waitForReleases', () => {
  const world = (): World => ({
    targets: [okTarget('web', scConfig(entry('http'))), okTarget('api', scConfig(entry('http')))],
    sharedFindings: [],
    serviceFindings: new Map([
      ['web', []],
      ['api', []]
    ])
  })
  const release = (name: string): InFlight => ({
    followed: { arn: `${ARN}-${name}` },
    deployment: `${ARN}-${name}`,
    status: 'IN_PROGRESS'
  })

  test('completed releases are read again and planned from; one that rolled back is left alone', async () => {
    const results: Record<string, WatchResult> = {
      web: { outcome: { state: 'completed' }, followed: { arn: `${ARN}-web` }, events: [] },
      api: {
        outcome: { state: 'rolled-back', reason: 'circuit breaker' },
        followed: { arn: `${ARN}-api` },
        events: []
      }
    }
    const watch = jest.fn((name: string, _followed: unknown, _options: unknown) =>
      Promise.resolve(results[name] as WatchResult)
    )
    const fresh = okTarget('web', scConfig(entry('http'), entry('grpc')))
    const reread = jest.fn((names: string[]) =>
      Promise.resolve({
        ...world(),
        targets: [fresh],
        serviceFindings: new Map([['web', []]])
      }).then((again) => {
        expect(names).toEqual(['web'])
        return again
      })
    )
    const settled = await waitForReleases(
      world(),
      new Map([
        ['web', release('web')],
        ['api', release('api')]
      ]),
      {
        watcher: { watch } as unknown as RolloutWatcher,
        reread,
        inFlight: () => Promise.resolve(new Map()),
        log: () => undefined
      }
    )
    expect(watch.mock.calls.map((call) => call[2])).toEqual([
      { until: 'completed' },
      { until: 'completed' }
    ])
    expect(settled.targets.find((target) => target.name === 'web')).toBe(fresh)
    expect(settled.serviceFindings.get('web')).toEqual([])
    expect(settled.serviceFindings.get('api')).toEqual([
      {
        severity: 'error',
        code: 'release-not-completed',
        service: 'api',
        message: `left alone: the deployment that was in progress when the run started (${ARN}-api) did not complete: circuit breaker`
      }
    ])
  })

  test('another deployment started while waiting: an error, not a write on top of it', async () => {
    const watch = jest.fn(() =>
      Promise.resolve({
        outcome: { state: 'completed' },
        followed: { arn: `${ARN}-web` },
        events: []
      } as WatchResult)
    )
    const settled = await waitForReleases(world(), new Map([['web', release('web')]]), {
      watcher: { watch } as unknown as RolloutWatcher,
      reread: () => Promise.resolve(world()),
      inFlight: () => Promise.resolve(new Map([['web', release('again')]])),
      log: () => undefined
    })
    expect(settled.serviceFindings.get('web')?.map((finding) => finding.code)).toEqual([
      'deployment-in-progress'
    ])
  })
})
