/**
 * The scale part of `npm run bench`: discover over 3 Regions x 20 clusters x 100 services, and
 * verify of 2,000 services in one cluster, both under the emulator's ECS throttling. For each:
 * the calls made by operation, the wall time against the floor the throttling buckets allow,
 * and the action's peak memory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ECS_RATE_LIMITS,
  type Emulator,
  type RateLimit,
  startEmulator
} from '../__tests__/emulator/index.js'
import { runAction } from '../__tests__/harness/run-action.js'

const SCRIPTS = dirname(fileURLToPath(import.meta.url))
const ROLE = 'arn:aws:iam::111122223333:role/ecsInfrastructureRoleForServiceConnectTLS'

/**
 * The least time `calls` requests can take through one token bucket: the first `burst` pass at
 * once, every later one waits for a token at `perSecond`.
 */
export function bucketFloorMs(calls: number, limit: RateLimit): number {
  return (Math.max(0, calls - limit.burst) / limit.perSecond) * 1000
}

/**
 * The floor of a run: the slowest bucket. Each account and Region has its own buckets, so the
 * calls are counted per scope (from the call's ARNs there is one scope per Region here).
 */
export function floorMs(callsByScope: Map<string, Map<string, number>>): {
  ms: number
  bucket: string
} {
  let worst = { ms: 0, bucket: '(none)' }
  for (const [scope, operations] of callsByScope)
    for (const [operation, calls] of operations) {
      const limit = ECS_RATE_LIMITS[operation]
      if (!limit) continue
      const ms = bucketFloorMs(calls, limit)
      if (ms > worst.ms)
        worst = {
          ms,
          bucket: `${operation} in ${scope} (${calls} calls, ${limit.burst} burst, ${limit.perSecond}/s)`
        }
    }
  return worst
}

export interface ScaleRow {
  name: string
  calls: string
  retries: number
  wallMs: number
  floor: { ms: number; bucket: string }
  peakBytes: number
  /** The action's own CPU time (user + system): what the machine's load cannot inflate. */
  cpuMs: number
  code: number | null
  /** Each operation's first and last call, seconds from the start. */
  phases: string
}

async function measure(
  name: string,
  emulator: Emulator,
  inputs: Record<string, string>,
  scopeOf: (region: string) => string
): Promise<ScaleRow> {
  const folder = mkdtempSync(join(tmpdir(), 'sc-tls-bench-mem-'))
  const peakFile = join(folder, 'peak')
  const start = Date.now()
  const run = await runAction({
    inputs,
    env: {
      ...emulator.env(),
      PEAK_MEMORY_FILE: peakFile,
      NODE_OPTIONS: `--import ${join(SCRIPTS, 'peak-memory.mjs')}`
    },
    killAfterMs: 600_000
  })
  const wallMs = Date.now() - start
  const { peakBytes, cpuMs } = JSON.parse(readFileSync(peakFile, 'utf8')) as {
    peakBytes: number
    cpuMs: number
  }
  rmSync(folder, { recursive: true, force: true })
  if (run.code !== 0) process.stderr.write(run.stdout.slice(-3000))
  const ok = emulator.calls.filter((call) => call.status < 400)
  // Where the time went: each operation's first and last arrival, from the start of the run.
  const spans = new Map<string, [number, number]>()
  for (const call of emulator.calls) {
    const span = spans.get(call.operation) ?? [call.at - start, call.at - start]
    spans.set(call.operation, [
      Math.min(span[0], call.at - start),
      Math.max(span[1], call.at - start)
    ])
  }
  const phases = [...spans]
    .map(
      ([operation, [first, last]]) =>
        `${operation} ${(first / 1000).toFixed(2)}-${(last / 1000).toFixed(2)} s`
    )
    .join(', ')
  const byOperation = new Map<string, number>()
  for (const call of ok) byOperation.set(call.operation, (byOperation.get(call.operation) ?? 0) + 1)
  const byScope = new Map<string, Map<string, number>>()
  for (const call of emulator.calls) {
    if (call.status >= 400) continue
    // ECS buckets are per account and Region.
    const scope = scopeOf(`${call.accountId}/${call.region}`)
    const operations = byScope.get(scope) ?? new Map<string, number>()
    operations.set(call.operation, (operations.get(call.operation) ?? 0) + 1)
    byScope.set(scope, operations)
  }
  return {
    name,
    calls: [...byOperation].map(([operation, count]) => `${operation} ${count}`).join(', '),
    retries: emulator.calls.length - ok.length,
    wallMs,
    floor: floorMs(byScope),
    peakBytes,
    cpuMs,
    code: run.code,
    phases
  }
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']

export async function discoverScale(): Promise<ScaleRow> {
  const emulator = await startEmulator({ throttle: process.env.BENCH_THROTTLE !== '0' })
  for (const region of REGIONS)
    for (let c = 1; c <= 20; c++)
      emulator.addServices({ cluster: `cluster-${String(c).padStart(2, '0')}`, count: 100, region })
  try {
    return await measure(
      'discover: 3 Regions x 20 clusters x 100 services',
      emulator,
      { mode: 'discover', regions: REGIONS.join(',') },
      (scope) => scope
    )
  } finally {
    await emulator.close()
  }
}

export async function verifyScale(): Promise<ScaleRow> {
  const emulator = await startEmulator({ throttle: process.env.BENCH_THROTTLE !== '0' })
  const CA = (await emulator.addCertificateAuthority()).arn
  const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: CA }, roleArn: ROLE }
  emulator.addServices({
    cluster: 'big',
    count: 2000,
    serviceConnectConfiguration: () => ({ enabled: true, services: [{ portName: 'http', tls }] })
  })
  try {
    return await measure(
      'verify: 2,000 services in one cluster',
      emulator,
      { mode: 'verify', cluster: 'big', service: '*', 'ca-arn': CA },
      (scope) => scope
    )
  } finally {
    await emulator.close()
  }
}
