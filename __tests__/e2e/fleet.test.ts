/**
 * End to end: fleets. `service: '*'`, many services under ECS-like throttling, one failure among
 * successes, and cancellation while waiting.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/index.js'
import { applyInputs, type Fleet, richConfiguration, seedFleet } from '../harness/fleet.js'
import { manualClock } from '../emulator/testing.js'
import { runAction } from '../harness/run-action.js'

let emulator: Emulator | undefined

async function fleetOf(count: number, options: EmulatorOptions = {}): Promise<[Emulator, Fleet]> {
  emulator = await startEmulator({ rolloutMs: 300, ...options })
  const services = Array.from(
    { length: count },
    (_, index) => `svc-${String(index + 1).padStart(3, '0')}`
  )
  return [emulator, await seedFleet(emulator, { services })]
}

afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

interface ServiceOutput {
  service: string
  status: string
  rollout?: string
  error?: string
}
const servicesOf = (outputs: Record<string, string>): ServiceOutput[] =>
  JSON.parse(outputs.services ?? '[]') as ServiceOutput[]

describe('fleets', () => {
  test("service '*' selects every active service that uses Service Connect", async () => {
    const [emu, fleet] = await fleetOf(3)
    emu.addService({ cluster: fleet.cluster, name: 'legacy' })
    emu.addService({
      cluster: fleet.cluster,
      name: 'retired',
      status: 'DRAINING',
      serviceConnectConfiguration: richConfiguration('retired')
    })

    const run = await runAction({ inputs: applyInputs(fleet, { service: '*' }), env: emu.env() })

    expect(run.code).toBe(0)
    expect(servicesOf(run.outputs).map((service) => [service.service, service.status])).toEqual([
      ['svc-001', 'updated'],
      ['svc-002', 'updated'],
      ['svc-003', 'updated']
    ])
    expect(emu.callCount('ListServices')).toBe(1)
    // The five listed services are described once, in one call, before the first update.
    const beforeUpdates = emu.calls.slice(
      0,
      emu.calls.findIndex((call) => call.operation === 'UpdateService')
    )
    expect(beforeUpdates.filter((call) => call.operation === 'DescribeServices')).toHaveLength(1)

    const verify = await runAction({
      inputs: { cluster: fleet.cluster, service: '*', mode: 'verify', 'ca-arn': fleet.caArn },
      env: emu.env()
    })
    expect(verify.code).toBe(0)
    expect(servicesOf(verify.outputs)).toHaveLength(3)
  })

  test('30 services under throttling are all updated, with batched polling', async () => {
    // Tighter than ECS's real limits, so a short test meets the token buckets.
    const [emu, fleet] = await fleetOf(30, {
      rolloutMs: 1500,
      throttle: {
        UpdateService: { burst: 5, perSecond: 5 },
        DescribeServices: { burst: 10, perSecond: 10 }
      }
    })
    // Whether the buckets run dry depends on how fast this machine sends the calls; these
    // throttles come whatever the speed, so the retry path is always taken.
    emu.injectFaults('UpdateService', 3, 'throttle')

    const run = await runAction({ inputs: applyInputs(fleet, { service: '*' }), env: emu.env() })

    expect(run.code).toBe(0)
    const services = servicesOf(run.outputs)
    expect(services).toHaveLength(30)
    expect(
      services.every((service) => service.status === 'updated' && service.rollout === 'completed')
    ).toBe(true)
    const throttled = emu.calls.filter(
      (call) => call.operation === 'UpdateService' && call.errorCode === 'ThrottlingException'
    )
    expect(throttled.length).toBeGreaterThanOrEqual(3)
    const updates = emu.calls.filter(
      (call) => call.operation === 'UpdateService' && call.status === 200
    )
    expect(new Set(updates.map((call) => (call.input as { service: string }).service)).size).toBe(
      30
    )
    const describes = emu.calls.filter((call) => call.operation === 'DescribeServices')
    const largest = Math.max(
      ...describes.map((call) => (call.input as { services: string[] }).services.length)
    )
    expect(largest).toBeLessThanOrEqual(10)
    expect(run.stdout).toMatch(/Checked 30 deployment\(s\)|Checked \d+ deployment\(s\)/)
  })

  test('one failed rollout among successes fails the step, the others still complete', async () => {
    const [emu, fleet] = await fleetOf(5)
    emu.failNextRollout(fleet.cluster, 'svc-003', 'tasks failed to start')

    const run = await runAction({ inputs: applyInputs(fleet), env: emu.env() })

    expect(run.code).toBe(1)
    expect(servicesOf(run.outputs).map((service) => [service.service, service.status])).toEqual([
      ['svc-001', 'updated'],
      ['svc-002', 'updated'],
      ['svc-003', 'failed'],
      ['svc-004', 'updated'],
      ['svc-005', 'updated']
    ])
    expect(run.stdout).toMatch(/::error::1 of 5 service\(s\) failed: svc-003/)
    expect(run.summary).toContain('❌ failed')
  })

  test('cancellation while waiting reports the deployments still in progress and exits non-zero', async () => {
    // The emulator's clock stands still: the rollouts are in progress however long the run takes.
    const [emu, fleet] = await fleetOf(3, { clock: manualClock().now })
    let signalled = false

    const run = await runAction({
      inputs: applyInputs(fleet),
      env: emu.env(),
      onStdout: (stdout, child) => {
        if (!signalled && stdout.includes('still in progress')) {
          signalled = true
          child.kill('SIGTERM')
        }
      }
    })

    expect(signalled).toBe(true)
    expect(run.code).toBe(1)
    const services = servicesOf(run.outputs)
    expect(services.map((service) => service.rollout)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled'
    ])
    for (const service of services)
      expect(service.error).toMatch(
        /^the run was cancelled while deployment arn:aws:ecs:[^ ]+:service-deployment\/\S+ was still running/
      )
    expect(run.summary).toContain('The run was cancelled')
    expect(run.summary).toContain('rollout cancelled')
    expect(emu.mutatingCalls()).toHaveLength(3)
  })
})
