import { describe, expect, jest, test } from '@jest/globals'
import type { Service, ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import { applyPlans, type ApplyOptions } from '../../src/act/apply.js'
import type { EcsWriter } from '../../src/aws/ecs.js'
import { errorText, isAccessDenied } from '../../src/util/errors.js'
import type { RolloutWatcher, WatchOptions } from '../../src/act/rollout.js'
import { CancelledError } from '../../src/aws/abort.js'
import { tlsAfterRun } from '../../src/act/in-force.js'
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
import type { Followed, InForce, RolloutOutcome, WatchResult } from '../../src/model/deployment.js'
import type { ServicePlan } from '../../src/model/plan.js'

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

const sdArn = (name: string, id = 'new'): string =>
  `arn:aws:ecs:eu-west-1:123456789012:service-deployment/${CLUSTER}/${name}/${id}`
const REVISION = 'arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/web/9'
/** The revision in force when the TLS is on http, as the plan asked. */
const TLS_CONFIG = scConfig(entry('http', tls(CA_ARN)), entry('admin'))
const TLS_IN_FORCE: InForce = { revisionArn: REVISION, config: TLS_CONFIG }
const OLD_IN_FORCE: InForce = {
  revisionArn: REVISION,
  config: scConfig(entry('http', tls(OTHER_CA_ARN)), entry('admin'))
}

/** What the watcher hands back. */
function result(
  outcome: RolloutOutcome,
  extra: Partial<WatchResult> = {},
  followed: Followed = { arn: sdArn('web') }
): WatchResult {
  return { outcome, followed, events: [], ...extra }
}

/** What UpdateService returns today: the service deployment to follow, beside deployments[]. */
function updatedService(name: string, deploymentId: string): Service {
  return { ...legacyService(name, deploymentId), currentServiceDeployment: sdArn(name) }
}

/** An UpdateService response without a service deployment (the fallback). */
function legacyService(name: string, deploymentId: string): Service {
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

type Watch = (name: string, followed: Followed, options?: WatchOptions) => Promise<WatchResult>

/** A stand-in for the watcher: only `watch` is used by apply. */
function watcher(watch: Watch): {
  watcher: RolloutWatcher
  watch: jest.Mock<Watch>
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
    const { watcher: fake, watch } = watcher(() =>
      Promise.resolve(result({ state: 'completed' }, { inForce: TLS_IN_FORCE }))
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w, watcher: fake }))
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toContain(
      'UpdateService failed: AccessDeniedException: User is not authorized'
    )
    expect(outcome?.error).toContain('keeps its previous Service Connect configuration')
    expect(outcome?.deploymentId).toBeUndefined()
    expect(watch).not.toHaveBeenCalled()
  })

  test('success: sends the merged configuration and follows the service deployment it returns', async () => {
    const plan = changingPlan('web')
    const { writer: w, update } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const { watcher: fake, watch } = watcher(() =>
      Promise.resolve(result({ state: 'completed' }, { inForce: TLS_IN_FORCE }))
    )
    const [outcome] = await applyPlans([plan], options({ writer: w, watcher: fake }))
    expect(update.mock.calls).toEqual([[CLUSTER, 'web', plan.after]])
    expect(watch).toHaveBeenCalledWith('web', { arn: sdArn('web') })
    expect(outcome).toMatchObject({
      name: 'web',
      serviceArn: serviceArn('web'),
      status: 'updated',
      deploymentId: sdArn('web'),
      rollout: 'completed',
      ports: plan.ports,
      inForce: TLS_IN_FORCE
    })
    expect(outcome?.log.join('\n')).toContain('TLS on http')
    expect(outcome?.log.join('\n')).toContain(`service revision ${REVISION}`)
  })

  test('a response without a service deployment: the PRIMARY deployments[] id is followed', async () => {
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(legacyService(name, 'ecs-svc/new'))
    )
    const { watcher: fake, watch } = watcher(() =>
      Promise.resolve(
        result({ state: 'completed' }, { inForce: { config: TLS_CONFIG } }, { id: 'ecs-svc/new' })
      )
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w, watcher: fake }))
    expect(watch.mock.calls[0]?.[1]).toEqual({ id: 'ecs-svc/new' })
    expect(outcome).toMatchObject({ status: 'updated', deploymentId: 'ecs-svc/new' })
  })

  test('TLS after comes from the revision in force, not from the plan', async () => {
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const { watcher: fake } = watcher(() =>
      Promise.resolve(result({ state: 'completed' }, { inForce: OLD_IN_FORCE }))
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w, watcher: fake }))
    // ECS said SUCCESSFUL, but the revision it runs has the old CA: that is what is reported.
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toContain('has not the requested TLS on http')
    expect(outcome && tlsAfterRun(outcome)).toEqual([
      { portName: 'http', tls: { caArn: OTHER_CA_ARN, roleArn: ROLE_ARN } },
      { portName: 'admin' }
    ])
  })

  test.each([
    [TLS_IN_FORCE, 'updated'],
    [OLD_IN_FORCE, 'failed']
  ] as const)(
    'superseded by another deployment: updated only if the revision in force kept the TLS (%#)',
    async (inForce, status) => {
      const { writer: w } = writer((_cluster, name) =>
        Promise.resolve(updatedService(name, 'ecs-svc/new'))
      )
      const reason = `deployment ${sdArn('web')} was stopped (STOPPED); superseded by deployment ${sdArn('web', 'other')}`
      const { watcher: fake } = watcher(() =>
        Promise.resolve(
          result({ state: 'superseded', reason, by: sdArn('web', 'other') }, { inForce })
        )
      )
      const [outcome] = await applyPlans(
        [changingPlan('web')],
        options({ writer: w, watcher: fake })
      )
      expect(outcome).toMatchObject({ status, rollout: 'superseded' })
      expect(outcome?.log).toContain(reason)
      expect(JSON.stringify(outcome)).not.toContain('rolled back')
    }
  )

  test('superseded: the deployment this run started stays the id; the log names the newer one', async () => {
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const { watcher: fake } = watcher(() =>
      Promise.resolve(
        result(
          { state: 'superseded', reason: 'superseded', by: sdArn('web', 'other') },
          { inForce: TLS_IN_FORCE },
          { arn: sdArn('web', 'other') }
        )
      )
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w, watcher: fake }))
    expect(outcome).toMatchObject({ status: 'updated', deploymentId: sdArn('web') })
    expect(outcome?.log).toContain(
      `A newer deployment, ${sdArn('web', 'other')}, replaced it and was followed to its end`
    )
  })

  test('without a watcher the deployment is started and not waited for', async () => {
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w }))
    expect(outcome).toMatchObject({
      status: 'updated',
      deploymentId: sdArn('web'),
      rollout: 'not-waited'
    })
  })

  test.each([
    ['rolled-back', OLD_IN_FORCE],
    ['failed', TLS_IN_FORCE]
  ] as const)(
    'a %s rollout fails the service with the reason and events; TLS after from the revision',
    async (rollout, inForce) => {
      const { writer: w } = writer((_cluster, name) =>
        Promise.resolve(updatedService(name, 'ecs-svc/new'))
      )
      const { watcher: fake } = watcher(() =>
        Promise.resolve(
          result(
            { state: rollout, reason: 'deployment ecs-svc/new failed: circuit breaker' },
            { events: ['e1', 'e2'], inForce }
          )
        )
      )
      const [outcome] = await applyPlans(
        [changingPlan('web')],
        options({ writer: w, watcher: fake })
      )
      expect(outcome).toMatchObject({
        status: 'failed',
        deploymentId: sdArn('web'),
        rollout,
        error: 'deployment ecs-svc/new failed: circuit breaker',
        events: ['e1', 'e2']
      })
      expect(outcome && tlsAfterRun(outcome)[0]?.tls?.caArn).toBe(
        rollout === 'rolled-back' ? OTHER_CA_ARN : CA_ARN
      )
    }
  )

  test('stopped without rollback: failed, serving the old revision, configured with the new one', async () => {
    const { writer: w } = writer((_cluster, name) =>
      Promise.resolve(updatedService(name, 'ecs-svc/new'))
    )
    const configured: InForce = {
      revisionArn: REVISION.replace(/9$/, '10'),
      config: TLS_CONFIG
    }
    const reason = `deployment ${sdArn('web')} was stopped (STOPPED): circuit breaker`
    const { watcher: fake } = watcher(() =>
      Promise.resolve(result({ state: 'failed', reason }, { inForce: OLD_IN_FORCE, configured }))
    )
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w, watcher: fake }))
    expect(outcome).toMatchObject({
      status: 'failed',
      rollout: 'failed',
      error: reason,
      inForce: OLD_IN_FORCE,
      configured
    })
    expect(outcome?.log).toContain(
      `Configured: service revision ${configured.revisionArn ?? ''} (ECS did not roll back; the next deployment starts from it)`
    )
  })

  test.each(['timed-out', 'cancelled'] as const)(
    'a %s rollout fails the service but keeps its deployment id',
    async (state) => {
      const { writer: w } = writer((_cluster, name) =>
        Promise.resolve(updatedService(name, 'ecs-svc/new'))
      )
      const { watcher: fake } = watcher(() =>
        Promise.resolve(result({ state, reason: `still going (${state})` }))
      )
      const [outcome] = await applyPlans(
        [changingPlan('web')],
        options({ writer: w, watcher: fake })
      )
      expect(outcome).toMatchObject({
        status: 'failed',
        rollout: state,
        deploymentId: sdArn('web'),
        error: `still going (${state})`
      })
    }
  )

  test('UpdateService returning no deployment fails the service', async () => {
    const { writer: w } = writer(() => Promise.resolve(undefined))
    const [outcome] = await applyPlans([changingPlan('web')], options({ writer: w }))
    expect(outcome?.status).toBe('failed')
    expect(outcome?.error).toBe('UpdateService returned no deployment to follow')
  })

  test('cancelled while UpdateService is being retried: not started, and no other update is sent', async () => {
    const controller = new AbortController()
    const { writer: w, update } = writer(() => {
      controller.abort()
      return Promise.reject(new CancelledError())
    })
    const outcomes = await applyPlans(
      [changingPlan('a'), changingPlan('b'), changingPlan('c')],
      options({ writer: w, signal: controller.signal, maxConcurrency: 1 })
    )
    expect(update).toHaveBeenCalledTimes(1)
    expect(outcomes.map((outcome) => [outcome.status, outcome.notStarted])).toEqual([
      ['failed', true],
      ['failed', true],
      ['failed', true]
    ])
    expect(outcomes[0]?.error).toMatch(
      /^not started: the run was cancelled before UpdateService returned/
    )
    expect(outcomes[1]?.error).toMatch(
      /^not started: the run was cancelled before this service was updated/
    )
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
            resolve(result({ state: 'completed' }, { inForce: TLS_IN_FORCE }, { arn: sdArn(name) }))
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
      names.map((name) => [name, sdArn(name), 'updated'])
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
      ['a', sdArn('a')],
      ['c', sdArn('c')]
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
