/**
 * End to end: what the bundle loads before ECS answers the first request. Start-up time is paid
 * on every step; the benchmark prints it, and this test holds the structure that makes it short:
 * before the first answer only the entry, the pipeline up to the read and the ECS client load;
 * the other AWS clients, the later stages and `@actions/core` load after it.
 *
 * scripts/load-trace.mjs records each file of dist/ as it is loaded. The emulator delays every
 * answer by LATENCY_MS, so the action cannot have the first answer before that request's arrival
 * plus LATENCY_MS: anything traced earlier was loaded before the answer, with no race to lose.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { applyInputs, configurationWithTls, type Fleet, seedFleet } from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'

const LOAD_TRACE = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/load-trace.mjs')
const LATENCY_MS = 250
/**
 * Bytes of dist/ loaded before the first answer: 0.44 MB at the time of writing (README,
 * "Performance"). The budget leaves room for SDK updates, not for another client or stage.
 */
const BUDGET_BYTES = 600_000

/** A string only that part of the bundle contains (its service's protocol name, for clients). */
const MARKERS = {
  ecs: 'AmazonEC2ContainerServiceV20141113',
  kms: 'TrentService',
  acmPca: 'ACMPrivateCA',
  iam: '2010-05-08',
  secretsManager: 'secretsmanager',
  cloudWatch: 'GraniteServiceVersion20100801',
  actionsCore: 'GITHUB_STEP_SUMMARY'
}

let emulator: Emulator
let fleet: Fleet
let traceDir: string

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200, latencyMs: LATENCY_MS })
  fleet = await seedFleet(emulator, { services: ['api'] })
  traceDir = mkdtempSync(join(tmpdir(), 'sc-tls-trace-'))
})
afterEach(async () => {
  await emulator.close()
  rmSync(traceDir, { recursive: true, force: true })
})

interface Loaded {
  at: number
  bytes: number
  text: string
}

function readTrace(file: string): Loaded[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [at = '', bytes = '', path = ''] = line.split(' ')
      return { at: Number(at), bytes: Number(bytes), text: readFileSync(path, 'utf8') }
    })
}

const having = (files: Loaded[], marker: string): Loaded[] =>
  files.filter((file) => file.text.includes(marker))

test('apply loads only the entry, the read and the ECS client before ECS answers', async () => {
  const trace = join(traceDir, 'trace')
  const run = await runAction({
    inputs: applyInputs(fleet),
    env: {
      ...emulator.env(),
      LOAD_TRACE_FILE: trace,
      NODE_OPTIONS: `--import ${LOAD_TRACE}`
    }
  })
  expect(run.code).toBe(0)
  const first = emulator.calls[0]
  expect(first?.operation).toBe('DescribeServices')
  const answered = (first?.at ?? 0) + LATENCY_MS
  const loaded = readTrace(trace)
  const before = loaded.filter((file) => file.at < answered)
  const after = loaded.filter((file) => file.at >= answered)

  expect(having(before, MARKERS.ecs)).not.toHaveLength(0)
  // traffic-check is off in harness runs: CloudWatch is not loaded at all.
  expect(having(loaded, MARKERS.cloudWatch)).toHaveLength(0)
  for (const marker of [
    MARKERS.kms,
    MARKERS.acmPca,
    MARKERS.iam,
    MARKERS.secretsManager,
    MARKERS.actionsCore
  ]) {
    // Each of these did load in this run (the markers are real), but only after the answer.
    expect({ marker, before: having(before, marker).length }).toEqual({ marker, before: 0 })
    expect(having(after, marker)).not.toHaveLength(0)
  }
  const bytes = before.reduce((sum, file) => sum + file.bytes, 0)
  expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES)
})

test('verify with traffic-check loads the CloudWatch client only after ECS answered', async () => {
  const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
  emulator.addService({
    cluster: fleet.cluster,
    name: 'payments',
    serviceConnectConfiguration: configurationWithTls('payments', { http: tls })
  })
  const trace = join(traceDir, 'trace')
  const run = await runAction({
    inputs: {
      cluster: fleet.cluster,
      service: 'payments',
      mode: 'verify',
      'port-names': 'http',
      'traffic-check': 'warn'
    },
    env: {
      ...emulator.env(),
      LOAD_TRACE_FILE: trace,
      NODE_OPTIONS: `--import ${LOAD_TRACE}`
    }
  })
  expect(run.code).toBe(0)
  const answered = (emulator.calls[0]?.at ?? 0) + LATENCY_MS
  const loaded = readTrace(trace)
  expect(
    having(
      loaded.filter((file) => file.at < answered),
      MARKERS.cloudWatch
    )
  ).toHaveLength(0)
  expect(having(loaded, MARKERS.cloudWatch)).not.toHaveLength(0)
  expect(emulator.calls.some((call) => call.operation === 'ListMetrics')).toBe(true)
})
