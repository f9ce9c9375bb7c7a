/**
 * End to end: the traffic check through the bundled action, against the emulator's CloudWatch
 * (Service Connect metrics from scenario controls) and ECS. Instead of waiting out a real
 * window, a test lets time pass in the emulator once the action has seen the deployment finish
 * (`passTime` right after that answer): the window is then over and, unless delayed, published.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, type RecordedCall, startEmulator } from '../emulator/index.js'
import {
  applyInputs,
  configurationWithTls,
  type Fleet,
  richConfiguration,
  seedFleet
} from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'

const MINUTE = 60_000

let emulator: Emulator
let fleet: Fleet

interface TrafficOutput {
  service: string
  verdict: string
  window?: { start: string; end: string; kind: string; complete: boolean }
  requests: number
  errors: { client: number; target: number }
  failingCallers: { service: string; errors: number }[]
  message: string
  revert?: { action: string; message: string }
}

const trafficOf = (outputs: Record<string, string>): TrafficOutput[] =>
  JSON.parse(outputs.traffic ?? 'null') as TrafficOutput[]

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  fleet = await seedFleet(emulator, { services: ['api'] })
})
afterEach(async () => {
  await emulator.close()
})

/** api's callers: web sends 30 requests a minute to api's http entry (discovery name "api"). */
function seedTraffic(): void {
  emulator.addTraffic({
    cluster: fleet.cluster,
    service: 'api',
    discoveryName: 'api',
    callers: [
      { service: 'web', requestsPerMinute: 30 },
      { service: 'jobs', requestsPerMinute: 10 }
    ]
  })
}

/** web's proxy fails the handshake with api once api runs TLS. */
function failHandshakesFromWeb(): void {
  emulator.failHandshakes({
    cluster: fleet.cluster,
    service: 'api',
    discoveryName: 'api',
    side: 'client',
    caller: 'web',
    perMinute: 4
  })
}

const showed = (status: string) => (call: RecordedCall) =>
  call.operation === 'DescribeServiceDeployments' &&
  call.status === 200 &&
  JSON.stringify(call.output).includes(`"${status}"`)

/** Once the action has seen its rollout (after its UpdateService) reach `status`, `ms` pass. */
function passTimeAfter(status: string, ms = 10 * MINUTE): void {
  emulator.afterCall('UpdateService', () => {
    emulator.afterCall(showed(status), () => {
      emulator.passTime(ms)
    })
  })
}

function apply(extra: Record<string, string> = {}) {
  return runAction({
    inputs: applyInputs(fleet, {
      service: 'api',
      'port-names': 'http',
      'traffic-check': 'warn',
      'traffic-grace-minutes': '0',
      ...extra
    }),
    env: emulator.env()
  })
}

const metricCalls = (): string[] =>
  emulator.calls.filter((call) => call.service === 'cloudwatch').map((call) => call.operation)

describe('apply', () => {
  test('a clean rollout reports tls-ok with the window it covers', async () => {
    seedTraffic()
    passTimeAfter('SUCCESSFUL')
    const run = await apply()
    expect(run.code).toBe(0)
    const [report] = trafficOf(run.outputs)
    expect(report).toMatchObject({
      service: 'api',
      verdict: 'tls-ok',
      errors: { client: 0, target: 0 },
      window: { kind: 'after-rollout', complete: true }
    })
    // 40 a minute over the five minutes after the rollout (the window rounds out to six).
    expect(report?.requests).toBeGreaterThanOrEqual(200)
    expect(run.summary).toContain('| Traffic |')
    expect(run.summary).toContain('✅ tls-ok')
    expect(run.stdout).toMatch(
      /Traffic round 1: 1 service\(s\) read in 4 ListMetrics and 1 GetMetricData call\(s\)/
    )
  })

  test("late data: polls until the window's last minute is published, then decides", async () => {
    seedTraffic()
    passTimeAfter('SUCCESSFUL')
    // The window ended about four minutes ago; its last minute arrives only after the first read.
    emulator.delayMetrics(6 * MINUTE)
    emulator.afterCall('GetMetricData', () => {
      emulator.delayMetrics(0)
    })
    const run = await apply({ 'traffic-grace-minutes': '30' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("0 decided, 1 waiting for the window's last minute")
    expect(run.stdout).toMatch(/Traffic round 2: .* 1 decided, 0 waiting/)
    expect(trafficOf(run.outputs)[0]).toMatchObject({
      verdict: 'tls-ok',
      window: { complete: true }
    })
  })

  test('the grace limit passes first: the verdict says the last minute was not published', async () => {
    seedTraffic()
    passTimeAfter('SUCCESSFUL')
    emulator.delayMetrics(6 * MINUTE)
    const run = await apply({ 'traffic-grace-minutes': '0' })
    expect(run.code).toBe(0)
    expect(metricCalls().filter((op) => op === 'GetMetricData')).toHaveLength(1)
    const [report] = trafficOf(run.outputs)
    expect(report).toMatchObject({ verdict: 'tls-ok', window: { complete: false } })
    expect(report?.message).toContain('its last minute was not published yet')
  })

  test('no traffic: no-traffic, the step passes with a warning saying TLS is not proven', async () => {
    passTimeAfter('SUCCESSFUL')
    const run = await apply()
    expect(run.code).toBe(0)
    expect(trafficOf(run.outputs)[0]).toMatchObject({ verdict: 'no-traffic' })
    expect(run.stdout).toMatch(/::warning.*no requests seen in .*TLS on live traffic is not proven/)
    expect(run.stdout).toContain('no metrics found for discovery name api')
  })

  test('handshake failures after the rollout fail the step, with counts and the callers named', async () => {
    seedTraffic()
    failHandshakesFromWeb()
    passTimeAfter('SUCCESSFUL')
    const run = await apply({ 'traffic-check': 'fail' })
    expect(run.code).toBe(1)
    const [report] = trafficOf(run.outputs)
    expect(report?.verdict).toBe('tls-errors')
    expect(report?.failingCallers.map((c) => c.service)).toEqual(['web'])
    expect(report?.errors.client).toBeGreaterThan(0)
    expect(run.stdout).toMatch(
      /::error.*TLS handshakes fail on live traffic: \d+ failed TLS handshakes .*client side \d+ \(web: \d+\)/
    )
    expect(JSON.parse(run.outputs['failed-services'] ?? '[]')).toEqual(['api'])
    // Nothing reverted without on-tls-errors: revert.
    expect(emulator.mutatingCalls().map((call) => call.operation)).toEqual(['UpdateService'])
  })

  test('a caller without CloudWatch permissions gets "not checked", naming the permissions', async () => {
    seedTraffic()
    passTimeAfter('SUCCESSFUL')
    emulator.denyAccess('cloudwatch')
    const run = await apply()
    expect(run.code).toBe(0)
    const [report] = trafficOf(run.outputs)
    expect(report?.verdict).toBe('not-checked')
    expect(report?.message).toContain('cloudwatch:GetMetricData and cloudwatch:ListMetrics')
    expect(report?.message).toContain('policies/read-only.json')
    expect(run.summary).toContain('⚠️ not checked')
  })

  test('traffic-check off: no CloudWatch call at all', async () => {
    seedTraffic()
    const run = await apply({ 'traffic-check': 'off' })
    expect(run.code).toBe(0)
    expect(metricCalls()).toEqual([])
    expect(trafficOf(run.outputs)).toEqual([])
  })
})

describe('on-tls-errors: revert', () => {
  const revertInputs = { 'traffic-check': 'fail', 'on-tls-errors': 'revert' }

  test('after the rollout completed: UpdateService with exactly the configuration read before', async () => {
    seedTraffic()
    failHandshakesFromWeb()
    passTimeAfter('SUCCESSFUL')
    const run = await apply(revertInputs)
    expect(run.code).toBe(1)
    const [report] = trafficOf(run.outputs)
    expect(report?.revert?.action).toBe('reverted')
    const updates = emulator.mutatingCalls()
    expect(updates.map((call) => call.operation)).toEqual(['UpdateService', 'UpdateService'])
    const sent = updates[1]?.input as { serviceConnectConfiguration?: unknown }
    expect(sent.serviceConnectConfiguration).toEqual(richConfiguration('api'))
    expect(emulator.revisionInForce(fleet.cluster, 'api').serviceConnectConfiguration).toEqual(
      richConfiguration('api')
    )
    expect(run.summary).toContain('revert: reverted')
  })

  test('while the deployment still bakes: StopServiceDeployment ROLLBACK puts the previous revision back', async () => {
    emulator.addService({
      cluster: fleet.cluster,
      name: 'api-bg',
      serviceConnectConfiguration: richConfiguration('api-bg'),
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 30 }
    })
    emulator.addTraffic({
      cluster: fleet.cluster,
      service: 'api-bg',
      discoveryName: 'api-bg',
      callers: [{ service: 'web', requestsPerMinute: 30 }]
    })
    emulator.failHandshakes({
      cluster: fleet.cluster,
      service: 'api-bg',
      discoveryName: 'api-bg',
      side: 'target',
      perMinute: 3
    })
    // Three minutes of the thirty-minute bake pass once the action has seen it begin.
    passTimeAfter('BAKE_TIME', 3 * MINUTE)
    const run = await apply({
      ...revertInputs,
      service: 'api-bg',
      'wait-until': 'traffic-shifted'
    })
    expect(run.code).toBe(1)
    const [report] = trafficOf(run.outputs)
    expect(report).toMatchObject({ verdict: 'tls-errors', window: { kind: 'bake' } })
    expect(report?.errors.target).toBeGreaterThan(0)
    expect(report?.revert?.action).toBe('rolled-back')
    const writes = emulator.mutatingCalls()
    expect(writes.map((call) => call.operation)).toEqual(['UpdateService', 'StopServiceDeployment'])
    expect(writes[1]?.input).toMatchObject({ stopType: 'ROLLBACK' })
    expect(emulator.revisionInForce(fleet.cluster, 'api-bg').serviceConnectConfiguration).toEqual(
      richConfiguration('api-bg')
    )
  })

  test('a service that changed since the action read it is not reverted, and the report says so', async () => {
    seedTraffic()
    failHandshakesFromWeb()
    passTimeAfter('SUCCESSFUL')
    // Someone else deploys once the action has read the metrics.
    emulator.afterCall('GetMetricData', () => {
      emulator.startDeployment(fleet.cluster, 'api')
    })
    const run = await apply(revertInputs)
    expect(run.code).toBe(1)
    const [report] = trafficOf(run.outputs)
    expect(report?.revert?.action).toBe('refused')
    expect(report?.revert?.message).toContain('the service changed since the action read it')
    expect(emulator.mutatingCalls().map((call) => call.operation)).toEqual(['UpdateService'])
  })
})

describe('verify', () => {
  function seedTlsApi(name: string): void {
    const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
    emulator.addService({
      cluster: fleet.cluster,
      name,
      serviceConnectConfiguration: configurationWithTls(name, { http: tls })
    })
  }

  const verify = (service: string, extra: Record<string, string> = {}) =>
    runAction({
      inputs: {
        cluster: fleet.cluster,
        service,
        mode: 'verify',
        'ca-arn': fleet.caArn,
        'port-names': 'http',
        'traffic-check': 'warn',
        ...extra
      },
      env: emulator.env()
    })

  test('the Traffic column and the traffic output; traffic-check: fail makes TLS errors noncompliant', async () => {
    seedTlsApi('payments')
    emulator.addTraffic({
      cluster: fleet.cluster,
      service: 'payments',
      discoveryName: 'payments',
      callers: [{ service: 'web', requestsPerMinute: 20 }]
    })
    emulator.failHandshakes({
      cluster: fleet.cluster,
      service: 'payments',
      discoveryName: 'payments',
      side: 'client',
      caller: 'web',
      perMinute: 2
    })
    emulator.passTime(10 * MINUTE)

    const warned = await verify('payments')
    expect(warned.code).toBe(0)
    expect(warned.outputs.compliant).toBe('true')
    expect(trafficOf(warned.outputs)[0]).toMatchObject({
      verdict: 'tls-errors',
      window: { kind: 'recent' },
      failingCallers: [{ service: 'web', errors: 10 }]
    })
    expect(warned.summary).toMatch(/\| Traffic \|/)
    expect(warned.summary).toContain('❌ tls-errors (client 10: web; target 0)')

    const failed = await verify('payments', { 'traffic-check': 'fail' })
    expect(failed.code).toBe(1)
    expect(failed.outputs.compliant).toBe('false')
    expect(JSON.parse(failed.outputs['noncompliant-services'] ?? '[]')).toEqual(['payments'])
  })
})
