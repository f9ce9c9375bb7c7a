// Runs the test suite several times under CPU load, to catch tests that depend on timing.
//
//   npm run test:stress                      5 runs, one busy-looping thread per core
//   npm run test:stress -- --runs 10         more runs
//   npm run test:stress -- --load 4          this many load threads (0 = no load)
//   npm run test:stress -- __tests__/e2e     other arguments go to jest (after `--`: all of them)
//
// The load comes from worker threads of this process that spin until told to stop; they also
// stop by themselves at the time limit (--max-minutes, default 60), and die with the process.
// Each run prints one pass/fail line (with the names of failed tests and where the full log
// is); the summary comes last, and the exit code is non-zero if any run failed. The logs are
// kept only when a run failed.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { clearTimeout, setTimeout } from 'node:timers'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'

const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    load: { type: 'string', default: String(availableParallelism()) },
    'max-minutes': { type: 'string', default: '60' }
  },
  allowPositionals: true
})

function count(name, min) {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name}: expected a whole number of at least ${min}, got "${values[name]}"`)
    process.exit(2)
  }
  return value
}
const runs = count('runs', 1)
const loadThreads = count('load', 0)
const maxMinutes = count('max-minutes', 1)
const deadline = Date.now() + maxMinutes * 60_000

// Each thread spins in slices of ~50 ms and checks between slices whether to stop.
const SPIN = `
const { workerData } = require('node:worker_threads')
const stop = new Int32Array(workerData.stop)
while (Atomics.load(stop, 0) === 0 && Date.now() < workerData.deadline) {
  const sliceEnd = Date.now() + 50
  while (Date.now() < sliceEnd) Math.sqrt(Math.random())
}
`
const stopFlag = new SharedArrayBuffer(4)
const workers = Array.from(
  { length: loadThreads },
  () => new Worker(SPIN, { eval: true, workerData: { stop: stopFlag, deadline } })
)
function stopLoad() {
  Atomics.store(new Int32Array(stopFlag), 0, 1)
}

const logs = mkdtempSync(join(tmpdir(), 'sc-tls-stress-'))
let child
process.on('SIGINT', () => {
  stopLoad()
  child?.kill('SIGINT')
  process.exit(130)
})

/** One jest run; resolves with its exit code and the names of the tests that failed. */
function runSuite(index) {
  const log = join(logs, `run-${index}.log`)
  const json = join(logs, `run-${index}.json`)
  return new Promise((resolve) => {
    const out = []
    child = spawn(
      process.execPath,
      ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${json}`, ...positionals],
      {
        env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    child.stdout.on('data', (data) => out.push(data))
    child.stderr.on('data', (data) => out.push(data))
    const killer = setTimeout(() => child.kill('SIGKILL'), Math.max(0, deadline - Date.now()))
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      writeFileSync(log, Buffer.concat(out))
      let failed = []
      let totals
      try {
        const report = JSON.parse(readFileSync(json, 'utf8'))
        totals = `${report.numPassedTests} passed, ${report.numFailedTests} failed`
        failed = report.testResults.flatMap((file) => {
          const tests = file.assertionResults
            .filter((test) => test.status === 'failed')
            .map((test) => `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`)
          // A file that fails before its tests run (syntax, setup) has no failed assertion.
          return tests.length > 0 || file.status !== 'failed'
            ? tests
            : [`${file.name.replace(`${process.cwd()}/`, '')} (${file.message.split('\n')[0]})`]
        })
      } catch {
        totals = signal ? `killed (${signal}) at the time limit` : 'no jest report'
      }
      resolve({ ok: code === 0, code, totals, failed, log })
    })
  })
}

console.log(
  `Stress: ${runs} run(s) of the suite, ${loadThreads} busy thread(s) on ${availableParallelism()} core(s), ` +
    `at most ${maxMinutes} min; logs in ${logs}`
)
const results = []
for (let index = 1; index <= runs; index++) {
  if (Date.now() >= deadline) {
    console.log(`run ${index}/${runs}: not started, the ${maxMinutes}-minute limit was reached`)
    results.push({ ok: false, failed: [] })
    continue
  }
  const started = Date.now()
  const result = await runSuite(index)
  results.push(result)
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(
    `run ${index}/${runs}: ${result.ok ? 'PASS' : 'FAIL'} in ${seconds} s (${result.totals})` +
      (result.ok ? '' : `, log ${result.log}`)
  )
  for (const name of result.failed) console.log(`  failed: ${name}`)
}
stopLoad()
await Promise.all(workers.map((worker) => worker.terminate()))

const passed = results.filter((result) => result.ok).length
console.log(`\nStress summary: ${passed} of ${runs} run(s) passed.`)
const failures = new Map()
for (const name of results.flatMap((result) => result.failed))
  failures.set(name, (failures.get(name) ?? 0) + 1)
for (const [name, times] of failures) console.log(`  ${times}x ${name}`)
// The logs are only worth keeping when something failed.
if (passed === runs) rmSync(logs, { recursive: true, force: true })
process.exit(passed === runs ? 0 : 1)
