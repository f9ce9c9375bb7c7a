/**
 * `npm run bench`: measures the bundled action against the local emulator and prints tables.
 * A script, not a test: the figures depend on the machine, so nothing here asserts a limit.
 *
 *  - cold start: `node dist/index.js` with no inputs (to its input error) vs bare `node -e 0`;
 *    time from start to the first AWS request in apply mode; size of dist/.
 *  - apply over 1, 10, 30 and 100 services with a fixed simulated rollout time, plain, under
 *    ECS's documented throttling rates, and with injected faults; the calls each polling round
 *    made (DescribeServiceDeployments, and the revision reads as deployments end), from the
 *    action's own progress lines.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type Emulator, type EmulatorOptions, startEmulator } from '../__tests__/emulator/index.js'
import { applyInputs, seedFleet } from '../__tests__/harness/fleet.js'
import { ACTION_ENTRY, runAction } from '../__tests__/harness/run-action.js'

const ROLLOUT_MS = Number(process.env.BENCH_ROLLOUT_MS ?? 3000)
const POLL_SECONDS = 1
const SIZES = (process.env.BENCH_SIZES ?? '1,10,30,100').split(',').map(Number)

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

async function coldStart(): Promise<void> {
  const action = timeCommand([ACTION_ENTRY], 10)
  const bare = timeCommand(['-e', '0'], 10)
  const firstRequest: number[] = []
  for (let i = 0; i < 5; i++) {
    const emulator = await startEmulator({ rolloutMs: 50 })
    const fleet = await seedFleet(emulator, { services: ['api'] })
    const start = Date.now()
    await runAction({ inputs: applyInputs(fleet), env: emulator.env() })
    firstRequest.push((emulator.calls[0]?.at ?? start) - start)
    await emulator.close()
  }
  const dist = join(ACTION_ENTRY, '..')
  process.stdout.write('## Cold start (median of 10 runs; first request: median of 5)\n\n')
  table(
    ['measure', 'value'],
    [
      ['node dist/index.js, no inputs (to its input error)', `${action.toFixed(0)} ms`],
      ['node -e 0', `${bare.toFixed(0)} ms`],
      ['ratio', `${(action / bare).toFixed(2)}x`],
      ['apply: start to first AWS request', `${median(firstRequest).toFixed(0)} ms`],
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
  }
]

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
await coldStart()
process.stdout.write(
  `## Apply (simulated rollout ${ROLLOUT_MS} ms, poll ${POLL_SECONDS} s, max-concurrency 10)\n\n`
)
const rows: (string | number)[][] = []
for (const scenario of SCENARIOS)
  for (const size of SIZES) rows.push(await applyRun(size, scenario))
table(
  [
    'scenario',
    'services',
    'updated',
    'wall',
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
