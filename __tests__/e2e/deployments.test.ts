/**
 * End to end: deployments as ECS runs them today (issue 8). The bundled action follows service
 * deployments and reports what the service revision ECS runs at the end says, whatever the
 * strategy, a rollback, another pipeline, a release in flight or a retried update.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/index.js'
import type { ExternalDeployment, ServiceSeedInput } from '../emulator/index.js'
import { applyInputs, type Fleet, richConfiguration, seedFleet } from '../harness/fleet.js'
import { runAction, type ActionRun } from '../harness/run-action.js'

let emulator: Emulator | undefined

afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

/** A cluster with CA, key and role, and the services given (rich Service Connect configurations). */
async function cluster(
  services: Omit<ServiceSeedInput, 'cluster'>[],
  options: EmulatorOptions = {}
): Promise<[Emulator, Fleet]> {
  const emu = await startEmulator({ rolloutMs: 300, ...options })
  emulator = emu
  const fleet = await seedFleet(emu, { services: [] })
  for (const service of services)
    emu.addService({
      serviceConnectConfiguration: richConfiguration(service.name),
      ...service,
      cluster: fleet.cluster
    })
  return [emu, { ...fleet, services: services.map((service) => service.name) }]
}

interface TlsOut {
  caArn: string
  kmsKey?: string
  roleArn?: string
}
interface ServiceOutput {
  service: string
  status: string
  deploymentId?: string
  rollout?: string
  revision: string | null
  configured?: { revision: string; ports: { portName: string; tls: TlsOut | null }[] }
  error?: string
  events?: string[]
  ports: { portName: string; tls: TlsOut | null; changed: boolean }[]
  findings?: { severity: string; code: string; message: string }[]
}

const servicesOf = (run: ActionRun): ServiceOutput[] =>
  JSON.parse(run.outputs.services ?? '[]') as ServiceOutput[]

/** The `certificates` output as service name → status. */
const certificateStatuses = (run: ActionRun): Record<string, string> =>
  Object.fromEntries(
    (JSON.parse(run.outputs.certificates ?? '[]') as { service: string; status: string }[]).map(
      (certificate) => [certificate.service, certificate.status]
    )
  )

/** Each port's TLS as the emulator's revision in force has it, in the output's shape. */
function tlsInForce(emu: Emulator, fleet: Fleet, name: string): (TlsOut | null)[] {
  const config = emu.revisionInForce(fleet.cluster, name).serviceConnectConfiguration
  return (config?.services ?? []).map((entry) => {
    const tls = entry.tls
    if (!tls) return null
    return {
      caArn: tls.issuerCertificateAuthority.awsPcaAuthorityArn ?? '',
      ...(tls.kmsKey ? { kmsKey: tls.kmsKey } : {}),
      ...(tls.roleArn ? { roleArn: tls.roleArn } : {})
    }
  })
}

/** The outputs agree with the revision the emulator runs at the end. */
function expectOutputsMatchEcs(emu: Emulator, fleet: Fleet, output: ServiceOutput): void {
  expect(output.revision).toBe(emu.revisionInForce(fleet.cluster, output.service).arn)
  expect(output.ports.map((port) => port.tls)).toEqual(tlsInForce(emu, fleet, output.service))
}

const newTls = (fleet: Fleet): TlsOut => ({
  caArn: fleet.caArn,
  kmsKey: fleet.kmsKey,
  roleArn: fleet.roleArn
})

const DAY = 86_400_000

describe('rollbacks and failures, in ECS words', () => {
  test('circuit breaker with rollback: rolled back, TLS after is the restored revision (none), summary agrees', async () => {
    const [emu, fleet] = await cluster([
      {
        name: 'api',
        events: [
          {
            message: '(service api) (deployment ecs-svc/1) deployment failed: an old failure.',
            createdAt: Date.now() - DAY
          }
        ]
      }
    ])
    emu.failNextRollout(fleet.cluster, 'api', 'tasks failed to start')

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'failed', rollout: 'rolled-back' })
    expect(api?.error).toMatch(/failed and ECS rolled it back: .*tasks failed to start/)
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
    expect(api?.ports.map((port) => port.tls)).toEqual([null, null])
    // Only events newer than the update are quoted.
    expect(JSON.stringify(api?.events)).not.toContain('an old failure')
    expect(run.summary).toMatch(/\| api \| http \| none \| none \|/)
  })

  test('circuit breaker without rollback: failed (not "rolled back"); TLS after is the revision still running in full', async () => {
    const [emu, fleet] = await cluster([
      {
        name: 'api',
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } }
      }
    ])
    emu.failNextRollout(fleet.cluster, 'api', 'tasks failed to start')

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'failed', rollout: 'failed' })
    expect(api?.error).toMatch(/was stopped \(STOPPED\)/)
    expect(run.stdout).not.toMatch(/rolled back/i)
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
  })

  test('circuit breaker without rollback: reports what serves (no TLS) and what is configured (TLS), a hint, and verify agrees on the configuration', async () => {
    const [emu, fleet] = await cluster([
      {
        name: 'api',
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } }
      }
    ])
    emu.failNextRollout(fleet.cluster, 'api', 'tasks failed to start')

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'failed', rollout: 'failed' })
    expect(JSON.parse(run.outputs['failed-services'] ?? '[]')).toEqual(['api'])
    // Serving: the revision the old tasks run, as ECS has it, without TLS.
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
    expect(api?.ports.map((port) => port.tls)).toEqual([null, null])
    // Configured: the target of the stopped deployment, with the TLS this run asked for.
    const target = emu.serviceDeployment(api?.deploymentId ?? '').targetRevisionArn
    expect(target).not.toBe(api?.revision)
    expect(api?.configured?.revision).toBe(target)
    expect(api?.configured?.ports.map((port) => port.tls)).toEqual([newTls(fleet), newTls(fleet)])
    const configuredTls = emu
      .serviceRevision(target)
      .serviceConnectConfiguration?.services?.map((entry) => entry.tls?.roleArn)
    expect(configuredTls).toEqual([fleet.roleArn, fleet.roleArn])
    // The summary says both, and what to do.
    expect(run.summary).toMatch(
      /\| api \| http \| none \| serving: none<br>configured: CA `[^`]+`, KMS `[^`]+`, role `[^`]+` \|/
    )
    expect(run.summary).toMatch(
      /- \*\*api\*\*: ECS stopped the deployment without rolling back.*next deployment of this service starts from it/
    )
    expect(run.summary).toMatch(/apply: 1 of 1 service failed/)
    expect(run.stdout).toContain(`Configured: service revision ${target}`)

    // A verify run right after reads the service's configuration: TLS is on there.
    const verify = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'api',
        mode: 'verify',
        'ca-arn': fleet.caArn,
        'check-certificates': 'false'
      },
      env: emu.env()
    })
    const report = JSON.parse(verify.outputs.report ?? '{}') as {
      services: { ports: { tls: TlsOut | null }[] }[]
    }
    expect(report.services[0]?.ports.map((port) => port.tls)).toEqual(
      api?.configured?.ports.map((port) => port.tls)
    )
  })

  test('a rollback that fails is followed to ROLLBACK_FAILED and reported as failed', async () => {
    const [emu, fleet] = await cluster([{ name: 'api' }])
    emu.failNextRollout(fleet.cluster, 'api', 'tasks failed to start')
    emu.failNextRollback(fleet.cluster, 'api')

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'failed', rollout: 'failed' })
    expect(api?.error).toContain("so did ECS's rollback")
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
  })
})

describe('someone else deploys', () => {
  test('another pipeline deploys while the action waits: superseded, named, and TLS (carried over) is on', async () => {
    const [emu, fleet] = await cluster(
      [
        {
          name: 'api',
          events: [
            {
              message: '(service api) (deployment ecs-svc/1) deployment failed: a day-old failure.',
              createdAt: Date.now() - DAY
            }
          ]
        }
      ],
      { rolloutMs: 1500 }
    )
    let other = ''
    emu.afterCall('UpdateService', () => {
      other = emu.startDeployment(fleet.cluster, 'api')
    })

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(other).not.toBe('')
    expect(run.code).toBe(0)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'updated', rollout: 'superseded' })
    expect(run.stdout).toContain(`superseded by deployment ${other}`)
    expect(api?.ports.map((port) => port.tls)).toEqual([newTls(fleet), newTls(fleet)])
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
    expect(run.stdout).not.toMatch(/rolled back|back in place/i)
    expect(run.stdout).not.toContain('a day-old failure')
    // The TLS runs, so its certificate is checked too.
    expect(certificateStatuses(run)).toEqual({ api: 'issued' })
    // The deployment this run started is the one it reports as started.
    expect(JSON.parse(run.outputs['deployment-ids'] ?? '[]')).toEqual([api?.deploymentId])
    expect(api?.deploymentId).not.toBe(other)
  })

  test('a 5xx after ECS applied the update: the SDK retries, the later deployment is followed, no false "superseded"', async () => {
    const [emu, fleet] = await cluster([{ name: 'api' }])
    emu.injectFaults('UpdateService', 1, 'server-after')

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(0)
    expect(emu.callCount('UpdateService')).toBe(2)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'updated', rollout: 'completed' })
    expect(api?.deploymentId).toBe(emu.service(fleet.cluster, 'api').currentServiceDeployment)
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
  })
})

describe('strategies', () => {
  const blueGreen = (bakeTimeInMinutes: number): Omit<ServiceSeedInput, 'cluster'> => ({
    name: 'api',
    deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes }
  })

  test('BLUE_GREEN: each lifecycle stage is logged once, in order, and the rollout completes', async () => {
    const [emu, fleet] = await cluster([{ ...blueGreen(2), progress: 'observe' }])

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(0)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'updated', rollout: 'completed' })
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
    const logged = [...run.stdout.matchAll(/^api: deployment \S+ is in (\S+)$/gm)].map(
      (match) => match[1]
    )
    const seen = emu
      .deploymentTransitions(fleet.cluster, 'api')
      .filter((change) => change.serviceDeploymentArn === api?.deploymentId)
      .flatMap((change) => (change.lifecycleStage ? [change.lifecycleStage] : []))
    // Every stage ECS went through, each logged once, in order.
    expect(logged).toEqual([...new Set(seen)])
    expect(logged).toEqual(
      expect.arrayContaining(['PRODUCTION_TRAFFIC_SHIFT', 'BAKE_TIME', 'CLEAN_UP'])
    )
  })

  test.each(['LINEAR', 'CANARY'] as const)(
    '%s completes and reports the revision in force',
    async (strategy) => {
      const [emu, fleet] = await cluster([
        {
          name: 'api',
          // Few traffic steps, no step bake: every stage is still seen, one per poll.
          deploymentConfiguration: {
            strategy,
            linearConfiguration: { stepPercent: 50, stepBakeTimeInMinutes: 0 },
            canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 0 }
          },
          progress: 'observe'
        }
      ])

      const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

      expect(run.code).toBe(0)
      const [api] = servicesOf(run)
      expect(api).toMatchObject({ status: 'updated', rollout: 'completed' })
      expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
      expect(run.stdout).toMatch(/^api: deployment \S+ is in PRODUCTION_TRAFFIC_SHIFT$/m)
    }
  )

  test('a bake longer than the wait is said before writing; wait-until traffic-shifted ends the wait at BAKE_TIME', async () => {
    const [emu, fleet] = await cluster([blueGreen(600)], { minuteMs: 60_000 })

    const warned = await runAction({
      inputs: applyInputs(fleet, { mode: 'plan', 'wait-for-minutes': '30' }),
      env: emu.env()
    })
    expect(warned.stdout).toMatch(
      /::warning title=Service Connect TLS \(bake-time-exceeds-wait\)::api: the BLUE_GREEN deployment's bake time \(600 minutes\).*wait-until: traffic-shifted/
    )

    const run = await runAction({
      inputs: applyInputs(fleet, { 'wait-until': 'traffic-shifted', 'wait-for-minutes': '30' }),
      env: emu.env()
    })

    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('bake-time-exceeds-wait')
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'updated', rollout: 'traffic-shifted' })
    const deployment = emu.serviceDeployment(api?.deploymentId ?? '')
    expect(deployment.status).toBe('IN_PROGRESS')
    expect(deployment.lifecycleStage).toBe('BAKE_TIME')
    // Production traffic is on the target revision: that is what the outputs report.
    expect(api?.revision).toBe(deployment.targetRevisionArn)
    expect(api?.ports.map((port) => port.tls)).toEqual([newTls(fleet), newTls(fleet)])
    // The new tasks serve production traffic with TLS: ECS issued their certificate, and apply
    // checked it although the deployment has not finished.
    expect(emu.certificateSecrets(fleet.cluster, 'api')).toHaveLength(1)
    expect(certificateStatuses(run)).toEqual({ api: 'issued' })
  })

  test('a paused lifecycle hook, wait-for-minutes 1 and wait-poll-seconds 100: the wait ends at its deadline, names the stage, counts the deployment as in progress', async () => {
    const [emu, fleet] = await cluster([
      {
        name: 'api',
        deploymentConfiguration: {
          strategy: 'BLUE_GREEN',
          lifecycleHooks: [
            {
              hookTargetArn: 'arn:aws:lambda:us-east-1:111122223333:function:check',
              roleArn: 'arn:aws:iam::111122223333:role/hooks',
              lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT']
            }
          ]
        },
        holdLifecycleHooks: true
      }
    ])

    const run = await runAction({
      inputs: applyInputs(fleet, { 'wait-for-minutes': '1', 'wait-poll-seconds': '100' }),
      env: emu.env(),
      // Killed well before a 100 s poll would end: a run that overslept its deadline fails here.
      killAfterMs: 85_000
    })

    expect(run.signal).toBeNull()
    expect(run.code).toBe(1)
    // One read, at the deadline, not after the 100 s poll interval.
    expect(emu.callCount('DescribeServiceDeployments')).toBe(2)
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'failed', rollout: 'timed-out' })
    expect(api?.error).toMatch(/still in progress in stage POST_TEST_TRAFFIC_SHIFT after 1 minutes/)
    expect(emu.serviceDeployment(api?.deploymentId ?? '').lifecycleStage).toBe(
      'POST_TEST_TRAFFIC_SHIFT'
    )
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
    // The last progress line counts it as still in progress, not as finished.
    expect(run.stdout).toMatch(
      /Checked 1 deployment\(s\) in \d+ call\(s\): 0 finished, 1 still in progress \(1 past wait-for-minutes/
    )
  }, 100_000)
})

/**
 * A release someone else started on service api, held in flight until the action has looked at
 * it twice (DescribeServiceDeployments), then let go to finish as `options` says.
 */
function heldRelease(emu: Emulator, cluster: string, options: ExternalDeployment = {}): string {
  const release = emu.startDeployment(cluster, 'api', { ...options, hold: true })
  emu.afterCall(
    (call) => call.operation === 'DescribeServiceDeployments' && call.status === 200,
    () => {
      emu.resumeDeployment(release)
    },
    { nth: 2 }
  )
  return release
}

describe('a release in flight when the run starts', () => {
  test('wait (default): follows it to the end, then plans and writes on top of the completed release', async () => {
    const [emu, fleet] = await cluster([{ name: 'api' }])
    const releaseTd = emu.addTaskDefinition({
      family: 'api-v2',
      portMappings: [
        { name: 'http', containerPort: 8080 },
        { name: 'grpc', containerPort: 9090 }
      ]
    })
    const release = heldRelease(emu, fleet.cluster, { taskDefinition: releaseTd })

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`api: deployment ${release} is in progress`)
    const completedAt = emu
      .deploymentTransitions(fleet.cluster, 'api')
      .find(
        (change) => change.serviceDeploymentArn === release && change.status === 'SUCCESSFUL'
      )?.at
    const [update] = emu.calls.filter((call) => call.operation === 'UpdateService')
    expect(completedAt).toBeDefined()
    expect(update?.at).toBeGreaterThanOrEqual(completedAt ?? Infinity)
    expect(emu.serviceDeployment(release).status).toBe('SUCCESSFUL')
    const [api] = servicesOf(run)
    expect(api).toMatchObject({ status: 'updated', rollout: 'completed' })
    // Planned from the release: the task definition it brought stays.
    expect(emu.revisionInForce(fleet.cluster, 'api').taskDefinition).toBe(releaseTd)
    expectOutputsMatchEcs(emu, fleet, api as ServiceOutput)
    // Read again after the release: the service and its new task definition; the CA, key and
    // role once for the whole run.
    expect(emu.callCount('DescribeTaskDefinition')).toBe(2)
    for (const operation of ['DescribeCertificateAuthority', 'DescribeKey', 'GetRole'])
      expect({ operation, calls: emu.callCount(operation) }).toEqual({ operation, calls: 1 })
  })

  test('wait: a release that rolls back leaves the service alone, naming the deployment, and nothing is written', async () => {
    const [emu, fleet] = await cluster([{ name: 'api' }])
    const release = heldRelease(emu, fleet.cluster, { failure: 'tasks failed to start' })

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    expect(emu.callCount('UpdateService')).toBe(0)
    const [api] = servicesOf(run)
    expect(api?.status).toBe('failed')
    expect(api?.findings?.map((finding) => finding.code)).toContain('release-not-completed')
    expect(run.stdout).toContain(
      `left alone: the deployment that was in progress when the run started (${release})`
    )
  })

  test('fail: an error naming the deployment, before anything is written', async () => {
    const [emu, fleet] = await cluster([{ name: 'api' }, { name: 'web' }])
    const release = emu.startDeployment(fleet.cluster, 'api', { hold: true })

    const run = await runAction({
      inputs: applyInputs(fleet, { service: 'api', 'if-deployment-in-progress': 'fail' }),
      env: emu.env()
    })

    expect(run.code).toBe(1)
    expect(emu.callCount('UpdateService')).toBe(0)
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=Service Connect TLS \\(deployment-in-progress\\)::api: deployment ${release.replace(/[/.]/g, '\\$&')} is still in progress`
      )
    )
  })

  test.each(['plan', 'verify'] as const)(
    '%s reports an unfinished deployment as a notice',
    async (mode) => {
      const [emu, fleet] = await cluster([{ name: 'api' }])
      const release = emu.startDeployment(fleet.cluster, 'api', { hold: true })

      const run = await runAction({ inputs: applyInputs(fleet, { mode }), env: emu.env() })

      expect(emu.callCount('UpdateService')).toBe(0)
      expect(run.stdout).toContain(
        `::notice title=Service Connect TLS (deployment-in-progress)::api: deployment ${release} is still in progress`
      )
    }
  )
})

describe('cancellation and deadlines', () => {
  test('SIGTERM while UpdateService is throttled: no update after the signal, report written, exit within 3 s', async () => {
    const names = ['svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-5', 'svc-6']
    // Long rollouts: the watcher keeps logging progress, which is when the test looks.
    const [emu, fleet] = await cluster(
      names.map((name) => ({ name })),
      { rolloutMs: 60_000 }
    )
    // The first update goes through; every later one is throttled (the SDK keeps retrying).
    emu.afterCall('UpdateService', () => {
      emu.injectFaults('UpdateService', Infinity, 'throttle')
    })
    let signalledAt = 0

    const run = await runAction({
      inputs: applyInputs(fleet, { 'max-concurrency': '1' }),
      env: emu.env(),
      onStdout: (_stdout, child) => {
        const throttled = emu.calls.filter(
          (call) => call.operation === 'UpdateService' && call.status === 400
        ).length
        if (!signalledAt && throttled >= 2) {
          signalledAt = Date.now()
          child.kill('SIGTERM')
        }
      }
    })
    const exitedAt = Date.now()

    expect(signalledAt).toBeGreaterThan(0)
    expect(run.code).toBe(1)
    expect(exitedAt - signalledAt).toBeLessThan(3000)
    // Nothing reached ECS's UpdateService after the signal, not even a retry.
    expect(
      emu.calls.filter((call) => call.operation === 'UpdateService' && call.at > signalledAt)
    ).toEqual([])
    const services = servicesOf(run)
    expect(services).toHaveLength(6)
    const accepted = emu.calls.filter(
      (call) => call.operation === 'UpdateService' && call.status === 200
    )
    expect(accepted).toHaveLength(1)
    const running = services.filter((service) => service.deploymentId)
    expect(running).toHaveLength(1)
    expect(running[0]?.rollout).toBe('cancelled')
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::The run was cancelled\\..*${running[0]?.service ?? ''}: deployment \\S+ still running`
      )
    )
    const notStarted = services.filter((service) => !service.deploymentId)
    expect(notStarted).toHaveLength(5)
    for (const service of notStarted) expect(service.error).toMatch(/^not started: /)
    expect(run.summary).toContain('The run was cancelled')
  })
})
