/**
 * End to end (issue 18): waits that end. Expired credentials or a denied read during the wait
 * end it at once, with the last-seen state and the way out; a role from the 1.x policies is
 * followed through DescribeServices to the end; no warning is printed more than once.
 * Polls and calls are counted on the emulator, never timed.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { type Emulator, type RecordedCall, startEmulator } from '../emulator/index.js'
import { applyInputs, type Fleet, richConfiguration, seedFleet } from '../harness/fleet.js'
import { runAction, type ActionRun } from '../harness/run-action.js'

let emulator: Emulator | undefined

afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

interface ServiceOutput {
  service: string
  status: string
  rollout?: string
  revision: string | null
  error?: string
  waitEnded?: {
    cause: string
    operation: string
    lastSeen: { deployment: string; status?: string; stage?: string; revision?: string }
    wayOut: string
  }
  ports: { portName: string; tls: { caArn: string } | null; changed: boolean }[]
}

const servicesOf = (run: ActionRun): ServiceOutput[] =>
  JSON.parse(run.outputs.services ?? '[]') as ServiceOutput[]

/** Every annotation line (`::warning ...::text`) appears once. */
function expectEachWarningOnce(run: ActionRun): void {
  const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'))
  expect(warnings.length).toBe(new Set(warnings).size)
}

const count = (text: string, part: string): number => text.split(part).length - 1

/** A cluster whose services bake for 30 (real) minutes: a wait that outlives a session. */
async function bakingCluster(names: string[]): Promise<[Emulator, Fleet]> {
  const emu = await startEmulator({ rolloutMs: 300 })
  emulator = emu
  const fleet = await seedFleet(emu, { services: [] })
  for (const name of names)
    emu.addService({
      cluster: fleet.cluster,
      name,
      serviceConnectConfiguration: richConfiguration(name),
      deploymentConfiguration: { bakeTimeInMinutes: 30 }
    })
  return [emu, { ...fleet, services: names }]
}

/** A DescribeServiceDeployments answer that shows a deployment in BAKE_TIME. */
const sawBakeTime = (call: RecordedCall): boolean =>
  call.operation === 'DescribeServiceDeployments' &&
  call.status === 200 &&
  JSON.stringify(call.output).includes('"lifecycleStage":"BAKE_TIME"')

describe('errors a retry cannot outlive end the wait at once', () => {
  test('credentials expire in BAKE_TIME: one failed poll, each service as last seen, the way out in log, summary and outputs; exit 1', async () => {
    const [emu, fleet] = await bakingCluster(['api', 'web'])
    let expiredAt = -1
    emu.afterCall(sawBakeTime, () => {
      emu.expireCredentials()
      expiredAt = emu.calls.length
    })

    const run = await runAction({
      inputs: applyInputs(fleet, { 'wait-for-minutes': '50' }),
      env: emu.env()
    })

    expect(run.code).toBe(1)
    expect(expiredAt).toBeGreaterThan(0)
    // The first poll after the expiry fails, and nothing more is asked of ECS (the SDK does not
    // retry an expired token): the wait ended there, not at wait-for-minutes.
    const ecsAfter = emu.calls.slice(expiredAt).filter((call) => call.service === 'ecs')
    expect(ecsAfter.map((call) => [call.operation, call.errorCode])).toEqual([
      ['DescribeServiceDeployments', 'ExpiredTokenException']
    ])
    // Warned before writing: 50 minutes of waiting is near the 1-hour default session.
    const warned = run.stdout.indexOf('near or past the 60-minute default session')
    expect(warned).toBeGreaterThan(-1)
    expect(warned).toBeLessThan(run.stdout.indexOf('deployment arn:'))
    for (const output of servicesOf(run)) {
      expect(output).toMatchObject({ status: 'failed', rollout: 'read-failed' })
      const deployment = emu.service(fleet.cluster, output.service).currentServiceDeployment
      expect(output.waitEnded).toMatchObject({
        cause: 'expired-credentials',
        operation: 'DescribeServiceDeployments',
        lastSeen: { deployment, status: 'IN_PROGRESS', stage: 'BAKE_TIME' }
      })
      expect(output.waitEnded?.lastSeen.revision).toBe(
        emu.serviceDeployment(deployment ?? '').targetRevisionArn
      )
      expect(output.waitEnded?.wayOut).toContain(
        'set role-duration-seconds of aws-actions/configure-aws-credentials (e.g. 4500)'
      )
      expect(output.error).toContain('ECS goes on with the rollout')
      // ECS does go on: the deployment is still running.
      expect(emu.serviceDeployment(deployment ?? '').status).toBe('IN_PROGRESS')
    }
    expect(run.stdout).toContain('the wait ended: DescribeServiceDeployments failed')
    expect(run.summary).toContain('rollout read-failed')
    expect(run.summary).toContain('role-duration-seconds')
    expect(run.summary).toContain('mode: verify')
    expectEachWarningOnce(run)
  })

  test('access denied mid-wait: the wait ends with the permission, the resource and the policy file', async () => {
    const [emu, fleet] = await bakingCluster(['api'])
    let deniedAt = -1
    emu.afterCall(sawBakeTime, () => {
      emu.denyAccess('ecs')
      deniedAt = emu.calls.length
    })

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    // The denied deployment read switches to DescribeServices, which is denied too: two calls.
    const ecsAfter = emu.calls.slice(deniedAt).filter((call) => call.service === 'ecs')
    expect(ecsAfter.map((call) => [call.operation, call.errorCode])).toEqual([
      ['DescribeServiceDeployments', 'AccessDeniedException'],
      ['DescribeServices', 'AccessDeniedException']
    ])
    const [api] = servicesOf(run)
    expect(api).toMatchObject({
      status: 'failed',
      rollout: 'read-failed',
      waitEnded: { cause: 'access-denied', operation: 'DescribeServices' }
    })
    expect(api?.waitEnded?.wayOut).toContain(
      `DescribeServices on services api needs ecs:DescribeServices: grant it to the caller (policies/read-only.json, policies/apply.json and policies/discover.json grant it)`
    )
    expect(run.summary).toContain('needs ecs:DescribeServices')
    expectEachWarningOnce(run)
  })
})

describe('a role made from the 1.x policies', () => {
  test('in-flight check and rollout followed through DescribeServices to the end, with one warning', async () => {
    const emu = await startEmulator({ rolloutMs: 300 })
    emulator = emu
    const fleet = await seedFleet(emu, { services: ['api', 'web'] })
    // A release in flight on web when the run starts, let go once the watcher follows it.
    const release = emu.startDeployment(fleet.cluster, 'web', { hold: true })
    emu.afterCall(
      'DescribeServices',
      () => {
        emu.resumeDeployment(release)
      },
      { nth: 3 }
    )
    emu.denyServiceDeployments()

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(0)
    for (const output of servicesOf(run)) {
      expect(output).toMatchObject({ status: 'updated', rollout: 'completed' })
      expect(output.ports.map((port) => port.tls?.caArn)).toEqual(
        output.ports.map(() => fleet.caArn)
      )
    }
    // The in-flight check found the release through deployments[] and waited for it.
    expect(run.stdout).toMatch(/web: deployment ecs-svc\/\d+ is in progress .*waiting for it/)
    expect(run.stdout).toMatch(/web: deployment ecs-svc\/\d+ completed; planning from it/)
    // One denied read (the in-flight check's), never retried, never asked again.
    const deploymentReads = emu.calls.filter(
      (call) =>
        call.operation === 'DescribeServiceDeployments' ||
        call.operation === 'DescribeServiceRevisions'
    )
    expect(deploymentReads.map((call) => call.errorCode)).toEqual(['AccessDeniedException'])
    expect(count(run.stdout, 'ecs:DescribeServiceDeployments is denied')).toBe(2) // live line + annotation
    expect(count(run.stdout, 'warning: ecs:DescribeServiceDeployments is denied')).toBe(1)
    expect(count(run.summary, 'ecs:DescribeServiceDeployments is denied')).toBe(1)
    expect(run.stdout).toContain('lifecycle stages and bake time are unknown')
    expectEachWarningOnce(run)
  })
})

describe('warnings said once', () => {
  test('three throttled polls: one live line, one annotation with the count', async () => {
    const emu = await startEmulator({ rolloutMs: 300 })
    emulator = emu
    const fleet = await seedFleet(emu, { services: ['api'] })
    emu.afterCall('UpdateService', () => {
      emu.throttleEvery('DescribeServiceDeployments', 1)
    })
    // Three attempts a poll on the polling client: nine throttled calls are three polls.
    emu.afterCall(
      (call) =>
        call.operation === 'DescribeServiceDeployments' && call.errorCode === 'ThrottlingException',
      () => {
        emu.clearScriptedFaults()
      },
      { nth: 9 }
    )

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(0)
    expect(servicesOf(run)[0]).toMatchObject({ status: 'updated', rollout: 'completed' })
    expect(count(run.stdout, 'Could not read the deployments while waiting')).toBe(2)
    expect(count(run.stdout, 'warning: Could not read the deployments while waiting')).toBe(1)
    expect(run.stdout).toMatch(/::warning.*Could not read the deployments.*\(3 times in this run\)/)
    expect(count(run.summary, 'Could not read the deployments while waiting')).toBe(1)
    expectEachWarningOnce(run)
  })
})
