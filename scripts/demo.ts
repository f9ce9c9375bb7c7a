/**
 * `npm run demo`: the first thing to run. Starts the local AWS emulator with a small sample
 * cluster, then runs the bundled action against it as the runner would: a plan, the apply, and
 * a verify, printing the outputs and the job summaries.
 */
import { startEmulator } from '../__tests__/emulator/index.js'
import { applyInputs, seedFleet } from '../__tests__/harness/fleet.js'
import { type ActionRun, runAction } from '../__tests__/harness/run-action.js'

const rule = (title: string): void => {
  process.stdout.write(
    `\n${'='.repeat(20)} ${title} ${'='.repeat(Math.max(0, 58 - title.length))}\n`
  )
}

function show(title: string, run: ActionRun, outputs: string[]): void {
  rule(`${title}: exit code ${run.code ?? run.signal ?? '?'}`)
  process.stdout.write(run.stdout.replace(/^::(set-output|add-mask)[^\n]*\n/gm, ''))
  rule(`${title}: outputs`)
  for (const name of outputs) {
    const value = run.outputs[name] ?? ''
    const shown =
      name === 'services' || name === 'report'
        ? JSON.stringify(JSON.parse(value || 'null'), null, 2)
        : value
    process.stdout.write(`${name}: ${shown.includes('\n') ? `\n${shown}` : shown}\n`)
  }
  rule(`${title}: job summary`)
  process.stdout.write(`${run.summary}\n`)
}

const emulator = await startEmulator({ rolloutMs: 1500 })
const exitCodes: (number | null)[] = []
try {
  const fleet = await seedFleet(emulator, { services: ['api', 'web', 'worker'] })
  const inputs = applyInputs(fleet)
  const env = emulator.env()
  process.stdout.write(
    `Local AWS emulator at ${emulator.url}: cluster "${fleet.cluster}" with ${fleet.services.join(', ')}, a Private CA, a KMS key and a role.\n`
  )

  const plan = await runAction({ inputs: { ...inputs, mode: 'plan' }, env })
  show('plan', plan, ['changed', 'services'])

  const apply = await runAction({ inputs, env })
  show('apply', apply, [
    'changed',
    'deployment-ids',
    'services',
    'ca-arn',
    'ca-subject',
    'ca-serial-number',
    'ca-not-before',
    'ca-not-after',
    'ca-fingerprint-sha256',
    'ca-status',
    'ca-type',
    'ca-usage-mode',
    'ca-key-algorithm',
    'ca-certificate-file',
    'ca-certificate'
  ])

  const verify = await runAction({
    inputs: { cluster: fleet.cluster, service: '*', mode: 'verify', 'ca-arn': fleet.caArn },
    env
  })
  show('verify', verify, ['compliant', 'report'])

  const counts = new Map<string, number>()
  for (const call of emulator.calls)
    counts.set(call.operation, (counts.get(call.operation) ?? 0) + 1)
  rule('AWS calls the emulator received')
  for (const [operation, count] of counts) process.stdout.write(`${operation}: ${count}\n`)
  exitCodes.push(plan.code, apply.code, verify.code)
} finally {
  await emulator.close()
}
if (exitCodes.some((code) => code !== 0)) {
  process.stderr.write('\nThe demo did not go as expected: see the exit codes above.\n')
  process.exit(1)
}
