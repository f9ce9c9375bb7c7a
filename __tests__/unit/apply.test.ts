import { describe, expect, jest, test } from '@jest/globals'
import type { Service, ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import { applyPlans, type ApplyOptions } from '../../src/act/apply.js'
import type { EcsWriter } from '../../src/aws/ecs.js'
import { errorText, isAccessDenied } from '../../src/errors.js'
import type { ServicePlan } from '../../src/plan/plan.js'
import type { RolloutOutcome, RolloutWatcher } from '../../src/act/rollout.js'
import {
  CA_ARN,
  CLUSTER,
  deployment,
  entry,
  OTHER_CA_ARN,
  ROLE_ARN,
  scConfig,
  serviceArn,
  tls
} from './fixtures.js'

type Update = EcsWriter['updateServiceConnect']

const NEW_TLS = { caArn: CA_ARN, roleArn: ROLE_ARN }

function changingPlan(name: string): ServicePlan {
  return {
    name,
    serviceArn: serviceArn(name),
    ports: [
      {
        portName: 'http',
        before: { caArn: OTHER_CA_ARN, roleArn: ROLE_ARN },
        after: NEW_TLS,
        changed: true
      },
      { portName: 'admin', changed: false }
    ],
    before: scConfig(entry('http', tls(OTHER_CA_ARN)), entry('admin')),
    after: scConfig(entry('http', tls(CA_ARN)), entry('admin')),
    changed: true
  }
}

function unchangedPlan(name: string): ServicePlan {
  const config = scConfig(entry('http', tls(CA_ARN)))
  return {
    name,
    serviceArn: serviceArn(name),
    ports: [{ portName: 'http', before: NEW_TLS, after: NEW_TLS, changed: false }],
    before: config,
    after: config,
    changed: false
  }
}

/** What UpdateService returns: the service with the new deployment PRIMARY. */
function updatedService(name: string, deploymentId: string): Service {
  return {
    serviceName: name,
    serviceArn: serviceArn(name),
    status: 'ACTIVE',
    deployments: [
      deployment('ecs-svc/old', 'ACTIVE'),
      deployment(deploymentId, 'PRIMARY', { rolloutState: 'IN_PROGRESS', runningCount: 0 })
    ]
  }
}

function writer(update: Update): { writer: EcsWriter; update: jest.Mock<Update> } {
  const mock = jest.fn<Update>(update)
  return { writer: { updateServiceConnect: mock }, update: mock }
}

/** A stand-in for the watcher: only `watch` is used by apply. */
function watcher(watch: (name: string, deploymentId: string) => Promise<RolloutOutcome>): {
  watcher: RolloutWatcher
  watch: jest.Mock<(name: string, deploymentId: string) => Promise<RolloutOutcome>>
} {
  const mock = jest.fn(watch)
  return { watcher: { watch: mock } as unknown as RolloutWatcher, watch: mock }
}

const options = (extra: Partial<ApplyOptions> & Pick<ApplyOptions, 'writer'>): ApplyOptions => ({
  cluster: CLUSTER,
  maxConcurrency: 10,
  ...extra
})

describe('applyPlans', () => {
  test('an unchanged plan writes nothing and starts no deployment', async () => {
    const { writer: w, update } = writer(() => Promise.reject(new Error('must not be called')))
    const [outcome] = await applyPlans([unchangedPlan('web')], options({ writer: w }))
    expect(update).not.toHaveBeenCalled()
    expect(outcome?.status).toBe('unchanged')
    expect(outcome?.deploymentId).toBeUndefined()
    expect(outcome?.ports).toEqual(unchangedPlan('web').ports)
  })

  test('a plan with an error fails without writing', async () => {
    const { writer: w, update } = writer(() => Promise.reject(new Error('must not be called')))
    const plan: ServicePlan = {
      name: 'web',
      error: 'service "web" does not use Service Connect',
      ports: [],
      changed: false
    }
    const [outcome] = await applyPlans([plan], options({ writer: w }))
    expect(update).not.toHaveBeenCalled()
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toBe('service "web" does not use Service Connect. Nothing was written.')
  })

  test('a failed UpdateService fails the service and says the previous configuration is kept', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform iam:PassRole'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 }
    })
    const { writer: w } = writer(() => Promise.reject(denied))
    const { watcher: fake, watch } = watcher(() => Promise.resolve({ state: 'completed' }))
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w, watcher: fake }))
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toContain(
      'UpdateService failed: AccessDeniedException: User is not authorized'
    )
    expect(outcome?.error).toContain('keeps its previous Service Connect configuration')
    expect(outcome?.deploymentId).toBeUndefined()
    expect(watch).not.toHaveBeenCalled()
  })

  test('success: sends the merged configuration and follows the PRIMARY deployment it returns', async () => {
    const plan = changingPlan('web')
    const { writer: w, update } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const { watcher: fake, watch } = watcher(() => Promise.resolve({ state: 'completed' }))
    const [outcome] = await applyPlans([plan], options({ writer: w, watcher: fake }))
    expect(update.mock.calls).toEqual([[CLUSTER, 'web', plan.after]])
    expect(watch).toHaveBeenCalledWith('web', 'ecs-svc/new')
    expect(outcome).toMatchObject({
      name: 'web',
      serviceArn: serviceArn('web'),
      status: 'updated',
      deploymentId: 'ecs-svc/new',
      rollout: 'completed',
      ports: plan.ports
    })
    expect(outcome?.log.join('\n')).toContain('TLS on http')
  })

  test('without a watcher the deployment is started and not waited for', async () => {
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w }))
    expect(outcome).toMatchObject({
      status: 'updated',
      deploymentId: 'ecs-svc/new',
      rollout: 'not-waited'
    })
  })

  test.each([
    [true, 'rolled-back'],
    [false, 'failed']
  ] as const)(
    'a failed rollout (rolled back: %s) fails the service with the reason and events',
    async (rolledBack, rollout) => {
      const { writer: w } = writer((_cluster, name) =>
        Promise.resolve(updatedService(name, 'ecs-svc/new'))
      )
      const { watcher: fake } = watcher(() =>
        Promise.resolve({
          state: 'failed',
          reason: 'deployment ecs-svc/new failed: circuit breaker',
          rolledBack,
          events: ['e1', 'e2']
        })
      )
      const [outcome] = await applyPlans(
        [changingPlan('web')],
        options({ writer: w, watcher: fake })
      )
      expect(outcome).toMatchObject({
        status: 'failed',
        deploymentId: 'ecs-svc/new',
        rollout,
        error: 'deployment ecs-svc/new failed: circuit breaker',
        events: ['e1', 'e2']
      })
    }
  )

  test.each(['timed-out', 'cancelled'] as const)(
    'a %s rollout fails the service but keeps its deployment id',
    async (state) => {
      const { writer: w } = writer((_cluster, name) =>
        Promise.resolve(updatedService(name, 'ecs-svc/new'))
      )
      const { watcher: fake } = watcher(() =>
        Promise.resolve({ state, reason: `still going (${state})` })
      )
      const [outcome] = await applyPlans(
        [changingPlan('web')],
        options({ writer: w, watcher: fake })
      )
      expect(outcome).toMatchObject({
        status: 'failed',
        rollout: state,
        deploymentId: 'ecs-svc/new',
        error: `still going (${state})`
      })
    }
  )

  test('UpdateService returning no PRIMARY deployment fails the service', async () => {
    const { writer: w } = writer(() => Promise.resolve(undefined))
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w }))
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toContain('no PRIMARY deployment')
  })

  test('an aborted run updates nothing more', async () => {
    const controller = new AbortController()
    controller.abort()
    const { writer: w, update } = writer(() => Promise.reject(new Error('must not be called')))
    const [outcome] = await applyPlans(
      [changingPlan('web')],
      options({ writer: w, signal: controller.signal })
    )
    expect(update).not.toHaveBeenCalled()
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toContain('cancelled before this service was updated')
  })

  test('maxConcurrency bounds the UpdateService calls in flight; waiting holds no slot; order kept', async () => {
    const names = ['s1', 's2', 's3', 's4', 's5', 's6', 's7']
    const updates = new Map<string, () => void>()
    const finish = new Map<string, () => void>()
    let inFlight = 0
    let maxInFlight = 0
    const { writer: w } = writer(
      (_cluster, name) =>
        new Promise((resolve) => {
          inFlight++
          maxInFlight = Math.max(maxInFlight, inFlight)
          updates.set(name, () => {
            inFlight--
            resolve(updatedService(name, `ecs-svc/${name}`))
          })
        })
    )
    const { watcher: fake } = watcher(
      (name) =>
        new Promise((resolve) => {
          finish.set(name, () => {
            resolve({ state: 'completed' })
          })
        })
    )
    const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
    const run = applyPlans(
      names.map(changingPlan),
      options({ writer: w, watcher: fake, maxConcurrency: 3 })
    )
    await flush()
    expect([...updates.keys()]).toEqual(['s1', 's2', 's3'])
    for (const name of names) {
      updates.get(name)?.()
      await flush()
      expect(inFlight).toBeLessThanOrEqual(3)
    }
    // Every rollout is being watched while none has finished: the waits overlap.
    expect([...finish.keys()].sort()).toEqual([...names].sort())
    for (const name of ['s2', 's1', 's3', 's5', 's4', 's6', 's7']) finish.get(name)?.()
    const outcomes = await run
    expect(maxInFlight).toBe(3)
    expect(outcomes.map((outcome) => [outcome.name, outcome.deploymentId, outcome.status])).toEqual(
      names.map((name) => [name, `ecs-svc/${name}`, 'updated'])
    )
  })

  test('onStarted hears of each deployment as it starts, and only of those', async () => {
    const started: [string, string][] = []
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, `ecs-svc/${name}`))
    )
    await applyPlans([changingPlan('a'), unchangedPlan('b'), changingPlan('c')], {
      ...options({ writer: w }),
      onStarted: (service, deploymentId) => started.push([service, deploymentId])
    })
    expect(started).toEqual([
      ['a', 'ecs-svc/a'],
      ['c', 'ecs-svc/c']
    ])
  })

  test('a mix: each plan gets its own outcome, in order', async () => {
    const sent: [string, ServiceConnectConfiguration][] = []
    const { writer: w } = writer((_cluster, name, configuration) => {
      sent.push([name, configuration])
      return Promise.resolve(updatedService(name, `ecs-svc/${name}`))
    })
    const plans: ServicePlan[] = [
      unchangedPlan('a'),
      changingPlan('b'),
      { name: 'c', error: 'missing', ports: [], changed: false },
      changingPlan('d')
    ]
    const outcomes = await applyPlans(plans, options({ writer: w, maxConcurrency: 2 }))
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'unchanged',
      'updated',
      'failed',
      'updated'
    ])
    expect(sent.map(([name]) => name)).toEqual(['b', 'd'])
  })
})

describe('errorText and isAccessDenied', () => {
  test('AWS errors show their code; plain errors only their message', () => {
    const aws = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: {}
    })
    expect(errorText(aws)).toBe('ThrottlingException: Rate exceeded')
    expect(errorText(new TypeError('x is undefined'))).toBe('x is undefined')
    expect(errorText('plain text')).toBe('plain text')
  })

  test('recognises the access-denied codes only', () => {
    const named = (name: string): Error => Object.assign(new Error('no'), { name })
    expect(isAccessDenied(named('AccessDeniedException'))).toBe(true)
    expect(isAccessDenied(named('AccessDenied'))).toBe(true)
    expect(isAccessDenied(named('UnauthorizedOperation'))).toBe(true)
    expect(isAccessDenied(named('AccessDeniedExceptionX'))).toBe(false)
    expect(isAccessDenied(named('ThrottlingException'))).toBe(false)
    expect(isAccessDenied('AccessDeniedException')).toBe(false)
  })
})
