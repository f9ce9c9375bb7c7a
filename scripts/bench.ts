/**
 * `npm run bench`: measures the bundled action against the local emulator and prints tables.
 * A script, not a test: the figures depend on the machine, so nothing here asserts a limit.
 *
 *  - cold start: `node dist/index.js` with no inputs (to its input error) vs bare `node -e 0`;
 *    time from start to the first AWS response in apply mode and the bundle loaded before it.
 *  - apply over 1, 10, 30 and 100 services with a fixed simulated rollout time, plain, under
 *    ECS's documented throttling rates, and with injected faults; the calls each polling round
 *    made (DescribeServiceDeployments, and the revision reads as deployments end), from the
 *    action's own progress lines.
 *  - the traffic check (verify, traffic-check: warn) over 200 TLS services with two callers
 *    each: the ListMetrics and GetMetricData calls of one polling round (apply makes the same
 *    read every round), and the most queries one GetMetricData carried.
 *  - scale (scripts/bench-scale.ts): discover over 3 Regions x 20 clusters x 100 services and
 *    verify of 2,000 services, under ECS throttling: calls, wall time against the throttling
 *    floor, peak memory.
 *
 * BENCH_PARTS (default cold,apply,traffic,scale) picks the parts to run.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Emulator, type EmulatorOptions, startEmulator } from '../__tests__/emulator/index.js'
import {
  applyInputs,
  configurationWithTls,
  type Fleet,
  seedFleet
} from '../__tests__/harness/fleet.js'
import {
  ACTION_ENTRY,
  inputEnv,
  removeRunFolders,
  runAction
} from '../__tests__/harness/run-action.js'

const SCRIPTS = dirname(fileURLToPath(import.meta.url))
const ROLLOUT_MS = Number(process.env.BENCH_ROLLOUT_MS ?? 3000)
const POLL_SECONDS = 1
const PARTS = new Set((process.env.BENCH_PARTS ?? 'cold,apply,traffic,scale').split(','))
const SIZES = (process.env.BENCH_SIZES ?? '1,10,30,100').split(',').filter(Boolean).map(Number)

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function timeCommand(args: string[], runs: number): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return median(times)
}

function table(headers: string[], rows: (string | number)[][]): void {
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...rows.map((row) => String(row[index]).length))
  )
  const line = (cells: (string | number)[]): string =>
    `| ${cells.map((cell, index) => String(cell).padEnd(widths[index] ?? 0)).join(' | ')} |`
  process.stdout.write(
    `${line(headers)}\n|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|\n`
  )
  for (const row of rows) process.stdout.write(`${line(row)}\n`)
  process.stdout.write('\n')
}

function folderBytes(path: string): number {
  return readdirSync(path).reduce((sum, entry) => sum + statSync(join(path, entry)).size, 0)
}

/** Bytes of dist/ the action had loaded by `until` (epoch ms), from a load-trace file. */
function bytesLoadedBy(traceFile: string, until: number): number {
  return readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(' '))
    .filter(([at]) => Number(at) <= until)
    .reduce((sum, [, bytes]) => sum + Number(bytes), 0)
}

/**
 * Spawns `entry` with `env` (and PATH) and no output, as `node -e 0` is timed, against a fresh
 * emulator seeded with one service; returns the time to the emulator's first answer. The
 * emulator answers at once (no simulated latency), so this is the program's own start-up cost.
 * With `trace`, also the bundle bytes loaded before that answer (the trace hook slows loading,
 * so those runs are not timed).
 */
async function timeToFirstAnswer(
  entry: string,
  env: (fleet: Fleet) => Record<string, string>,
  trace?: string
): Promise<{ ms: number; bytes?: number }> {
  const emulator = await startEmulator({ rolloutMs: 50 })
  const fleet = await seedFleet(emulator, { services: ['api'] })
  const runnerTemp = mkdtempSync(join(tmpdir(), 'sc-tls-bench-run-'))
  const traced = trace
    ? { LOAD_TRACE_FILE: trace, NODE_OPTIONS: `--import ${join(SCRIPTS, 'load-trace.mjs')}` }
    : {}
  const start = Date.now()
  // Asynchronous: the emulator answers from this same process.
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_NO_WARNINGS: '1',
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: join(runnerTemp, 'output'),
      GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
      ...emulator.env(),
      ...env(fleet),
      ...traced
    },
    stdio: 'ignore'
  })
  await new Promise((resolve) => child.on('close', resolve))
  await emulator.close()
  rmSync(runnerTemp, { recursive: true, force: true })
  const answered = emulator.calls[0]?.at ?? start
  return {
    ms: answered - start,
    ...(trace ? { bytes: bytesLoadedBy(trace, answered) } : {})
  }
}

/**
 * The action in apply mode: one service, with CA, key and role; no traffic check, which would
 * watch a real window after the rollout (start-up is what is measured here).
 */
const firstResponse = (trace?: string): Promise<{ ms: number; bytes?: number }> =>
  timeToFirstAnswer(
    ACTION_ENTRY,
    (fleet) => inputEnv({ ...applyInputs(fleet), 'traffic-check': 'off' }),
    trace
  )

/** The SDK alone (scripts/sdk-floor.ts, built by scripts/package.mjs as the action is) to its first answer. */
async function sdkFloor(runs: number): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'sc-tls-bench-floor-'))
  execFileSync(process.execPath, [join(SCRIPTS, 'package.mjs'), join(SCRIPTS, 'sdk-floor.ts'), out])
  const times: number[] = []
  for (let i = 0; i < runs; i++)
    times.push((await timeToFirstAnswer(join(out, 'index.js'), () => ({}))).ms)
  rmSync(out, { recursive: true, force: true })
  return median(times)
}

async function coldStart(): Promise<void> {
  const action = timeCommand([ACTION_ENTRY], 10)
  const bare = timeCommand(['-e', '0'], 10)
  const first: number[] = []
  for (let i = 0; i < 10; i++) first.push((await firstResponse()).ms)
  const floor = await sdkFloor(10)
  const traceDir = mkdtempSync(join(tmpdir(), 'sc-tls-bench-'))
  const loaded = (await firstResponse(join(traceDir, 'trace'))).bytes ?? 0
  rmSync(traceDir, { recursive: true, force: true })
  const dist = join(ACTION_ENTRY, '..')
  process.stdout.write('## Cold start (median of 10 runs)\n\n')
  table(
    ['measure', 'value'],
    [
      ['node -e 0', `${bare.toFixed(0)} ms`],
      [
        'node dist/index.js, no inputs (to its input error)',
        `${action.toFixed(0)} ms (${(action / bare).toFixed(2)}x)`
      ],
      [
        'apply: start to first AWS response',
        `${median(first).toFixed(0)} ms (${(median(first) / bare).toFixed(2)}x)`
      ],
      ['bundle loaded before that response', `${(loaded / 1e6).toFixed(2)} MB`],
      [
        'SDK floor: an ECS client alone, one DescribeServices (scripts/sdk-floor.ts)',
        `${floor.toFixed(0)} ms (${(floor / bare).toFixed(2)}x)`
      ],
      ['dist/index.js (loaded at start)', `${(statSync(ACTION_ENTRY).size / 1024).toFixed(0)} kB`],
      [
        'dist/ total (JavaScript chunks, licences excluded)',
        `${((folderBytes(dist) - statSync(join(dist, 'licenses.txt')).size) / 1e6).toFixed(2)} MB`
      ]
    ]
  )
}

interface Scenario {
  name: string
  options: EmulatorOptions
  faults?: (emulator: Emulator) => void
}

const SCENARIOS: Scenario[] = [
  { name: 'plain', options: {} },
  { name: 'ECS throttling', options: { throttle: true } },
  {
    name: 'faults',
    options: {},
    faults: (emulator) => {
      emulator.injectFaults('DescribeServiceDeployments', 3, 'server')
      emulator.injectFaults('UpdateService', 3, 'throttle')
    }
  },
  {
    // Issue 18: half of the deployment reads throttled (every other call, retries included).
    name: 'half of DescribeServiceDeployments throttled',
    options: {},
    faults: (emulator) => {
      emulator.throttleEvery('DescribeServiceDeployments', 2)
    }
  },
  {
    name: 'burst: 10 DescribeServiceDeployments throttled in a row',
    options: {},
    faults: (emulator) => {
      emulator.injectFaults('DescribeServiceDeployments', 10, 'throttle')
    }
  }
]

/** BENCH_SCENARIOS=plain,half... picks scenarios by name prefix; BENCH_COLD=0 skips the cold start. */
const PICKED = (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean)
const picked = (scenario: Scenario): boolean =>
  PICKED.length === 0 || PICKED.some((prefix) => scenario.name.startsWith(prefix))

/** Wall time of the plain run per size, for the ratio column. */
const plainWall = new Map<number, number>()

async function applyRun(size: number, scenario: Scenario): Promise<(string | number)[]> {
  const emulator = await startEmulator({ rolloutMs: ROLLOUT_MS, ...scenario.options })
  const services = Array.from(
    { length: size },
    (_, index) => `svc-${String(index + 1).padStart(3, '0')}`
  )
  const fleet = await seedFleet(emulator, { services })
  scenario.faults?.(emulator)
  const start = Date.now()
  const run = await runAction({
    inputs: applyInputs(fleet, { 'wait-poll-seconds': String(POLL_SECONDS) }),
    env: emulator.env(),
    killAfterMs: 600_000
  })
  const wall = Date.now() - start
  if (scenario.name === 'plain') plainWall.set(size, wall)
  const plain = plainWall.get(size)
  await emulator.close()
  const calls = emulator.calls
  const progress = [...run.stdout.matchAll(/^Checked (\d+) deployment\(s\) in (\d+) call\(s\)/gm)]
  const rounds = progress.length
  const roundCalls = progress.reduce((sum, match) => sum + Number(match[2]), 0)
  const peak = Math.max(0, ...progress.map((match) => Number(match[1])))
  const largest = Math.max(
    0,
    ...calls
      .filter((call) => call.operation === 'DescribeServiceDeployments')
      .map(
        (call) =>
          (call.input as { serviceDeploymentArns?: string[] }).serviceDeploymentArns?.length ?? 0
      )
  )
  const updates = calls.filter((call) => call.operation === 'UpdateService').length
  const retries = calls.filter((call) => call.status >= 400).length
  const updated = (JSON.parse(run.outputs.services ?? '[]') as { status: string }[]).filter(
    (service) => service.status === 'updated'
  ).length
  return [
    scenario.name,
    size,
    `${updated}/${size}`,
    `${(wall / 1000).toFixed(2)} s`,
    plain ? `${(wall / plain).toFixed(2)}x` : '-',
    (wall / ROLLOUT_MS).toFixed(2),
    rounds,
    rounds ? (roundCalls / rounds).toFixed(1) : '-',
    Math.ceil(peak / 20),
    largest,
    updates,
    retries
  ]
}

process.stdout.write(
  `# Benchmark (${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch})\n\n`
)
if (PARTS.has('cold') && process.env.BENCH_COLD !== '0') await coldStart()
if (PARTS.has('apply')) await applyTable()

async function scaleTable(): Promise<void> {
  const { discoverScale, verifyScale } = await import('./bench-scale.js')
  const measured = [await discoverScale(), await verifyScale()]
  for (const row of measured) process.stderr.write(`${row.name}: ${row.phases}\n`)
  const rows = measured.map((row) => [
    row.name,
    row.code === 0 ? 'passed' : `exit ${row.code ?? 'killed'}`,
    row.calls,
    row.retries,
    `${(row.wallMs / 1000).toFixed(2)} s`,
    `${(row.floor.ms / 1000).toFixed(2)} s: ${row.floor.bucket}`,
    row.floor.ms > 0 ? (row.wallMs / row.floor.ms).toFixed(2) : '-',
    `${(row.cpuMs / 1000).toFixed(2)} s`,
    `${(row.peakBytes / 1e6).toFixed(0)} MB`
  ])
  process.stdout.write('## Scale (ECS throttling on)\n\n')
  table(
    [
      'run',
      'result',
      'calls (answered)',
      'throttled',
      'wall',
      'floor (slowest bucket)',
      'wall / floor',
      'action CPU',
      'peak RSS'
    ],
    rows
  )
}

async function applyTable(): Promise<void> {
  process.stdout.write(
    `## Apply (simulated rollout ${ROLLOUT_MS} ms, poll ${POLL_SECONDS} s, max-concurrency 10)\n\n`
  )
  const rows: (string | number)[][] = []
  for (const scenario of SCENARIOS.filter(picked))
    for (const size of SIZES) rows.push(await applyRun(size, scenario))
  table(
    [
      'scenario',
      'services',
      'updated',
      'wall',
      'wall / plain',
      'wall / rollout',
      'poll rounds',
      'calls / round',
      'ceil(pending/20)',
      'max ARNs / call',
      'UpdateService calls',
      'retries seen'
    ],
    rows
  )
}

const TRAFFIC_SERVICES = Number(process.env.BENCH_TRAFFIC_SERVICES ?? 200)

/** One traffic round over many services: how many metric calls it takes. */
async function trafficRound(size: number): Promise<(string | number)[]> {
  const emulator = await startEmulator({})
  const fleet = await seedFleet(emulator, { services: [] })
  const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
  for (let index = 1; index <= size; index++) {
    const name = `svc-${String(index).padStart(3, '0')}`
    emulator.addService({
      cluster: fleet.cluster,
      name,
      serviceConnectConfiguration: configurationWithTls(name, { http: tls })
    })
    emulator.addTraffic({
      cluster: fleet.cluster,
      service: name,
      discoveryName: name,
      callers: [
        { service: 'web', requestsPerMinute: 20 },
        { service: 'jobs', requestsPerMinute: 5 }
      ]
    })
  }
  // The last window is over and published.
  emulator.passTime(10 * 60_000)
  const start = Date.now()
  const run = await runAction({
    inputs: {
      cluster: fleet.cluster,
      service: '*',
      mode: 'verify',
      'port-names': 'http',
      'check-certificates': 'false',
      'traffic-check': 'warn'
    },
    env: emulator.env(),
    killAfterMs: 600_000
  })
  const wall = Date.now() - start
  await emulator.close()
  const round =
    /^Traffic round 1: (\d+) service\(s\) read in (\d+) ListMetrics and (\d+) GetMetricData/m.exec(
      run.stdout
    )
  const queries = Math.max(
    0,
    ...emulator.calls
      .filter((call) => call.operation === 'GetMetricData')
      .map(
        (call) => (call.input as { MetricDataQueries?: unknown[] }).MetricDataQueries?.length ?? 0
      )
  )
  const verdicts = (JSON.parse(run.outputs.traffic ?? '[]') as { verdict: string }[]).filter(
    (report) => report.verdict === 'tls-ok'
  ).length
  return [
    size,
    round?.[1] ?? '-',
    `${verdicts}/${size}`,
    round?.[2] ?? '-',
    round?.[3] ?? '-',
    queries,
    `${(wall / 1000).toFixed(2)} s`
  ]
}

if (PARTS.has('traffic')) {
  process.stdout.write('\n## Traffic check (verify, two callers a service, one round)\n\n')
  table(
    [
      'services',
      'read',
      'tls-ok',
      'ListMetrics / round',
      'GetMetricData / round',
      'max queries / call',
      'wall'
    ],
    [await trafficRound(TRAFFIC_SERVICES)]
  )
}
if (PARTS.has('scale')) await scaleTable()

// The apply runs above leave their RUNNER_TEMP folders for inspection while running; not after.
removeRunFolders()
