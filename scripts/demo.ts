/**
 * `npm run demo`: the first thing to run. Starts the local AWS emulator with a small sample
 * cluster, then runs the bundled action against it as the runner would: a plan, the apply, and
 * a verify. By default it prints what happened to each service and the outputs that matter, and
 * copies the job summaries to .tmp/demo/; `--verbose` prints every log line, output and summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startEmulator } from '../__tests__/emulator/index.js'
import { applyInputs, DEMO_FLEET, seedFleet } from '../__tests__/harness/fleet.js'
import { type ActionRun, removeRunFolders, runAction } from '../__tests__/harness/run-action.js'

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } })
const verbose = values.verbose
const out = (text = ''): boolean => process.stdout.write(`${text}\n`)
const SUMMARIES = resolve('.tmp', 'demo')

interface ServiceEntry {
  service: string
  status: string
  deploymentId?: string
  rollout?: string
  ports: { portName: string; changed?: boolean }[]
}

function showVerbose(title: string, run: ActionRun): void {
  out(`\n==================== ${title}: exit code ${run.code ?? run.signal ?? '?'}`)
  process.stdout.write(run.stdout.replace(/^::(set-output|add-mask)[^\n]*\n/gm, ''))
  out(`==================== ${title}: outputs`)
  for (const [name, value] of Object.entries(run.outputs))
    out(`${name}: ${value.includes('\n') ? `\n${value}` : value}`)
  out(`==================== ${title}: job summary`)
  out(run.summary)
}

/** A few lines per run: the verdict, each service, the outputs that matter, the summary file. */
function show(step: number, title: string, run: ActionRun, outputs: string[]): void {
  const file = join(SUMMARIES, `${title}.md`)
  writeFileSync(file, run.summary)
  if (verbose) {
    showVerbose(title, run)
    return
  }
  const verdict = (run.summary.split('\n')[0] ?? '').replace(/^## ECS Service Connect TLS /, '')
  out(`\n${step}. ${title} (exit code ${run.code ?? run.signal ?? '?'}): ${verdict}`)
  for (const entry of JSON.parse(run.outputs.services ?? '[]') as ServiceEntry[]) {
    const ports = entry.ports.map((port) => port.portName).join(', ')
    const deployment = entry.deploymentId
      ? `, deployment ${entry.deploymentId} (${entry.rollout ?? ''})`
      : ''
    out(`   ${entry.service}: ${entry.status} [${ports}]${deployment}`)
  }
  for (const name of outputs) out(`   ${name} = ${run.outputs[name] ?? ''}`)
  out(`   job summary: ${file}`)
}

const emulator = await startEmulator({ rolloutMs: 1500 })
const exitCodes: (number | null)[] = []
try {
  mkdirSync(SUMMARIES, { recursive: true })
  const fleet = await seedFleet(emulator, DEMO_FLEET)
  const inputs = applyInputs(fleet)
  const env = emulator.env()
  out(
    `Local AWS emulator at ${emulator.url}: cluster "${fleet.cluster}" with ${fleet.services.join(', ')}, a Private CA, a KMS key and a role.`
  )

  const plan = await runAction({ inputs: { ...inputs, mode: 'plan' }, env })
  show(1, 'plan', plan, ['changed', 'updated-services'])

  const apply = await runAction({ inputs, env })
  show(2, 'apply', apply, ['changed', 'updated-services', 'failed-services', 'ca-subject'])

  const verify = await runAction({
    inputs: { cluster: fleet.cluster, service: '*', mode: 'verify', 'ca-arn': fleet.caArn },
    env
  })
  show(3, 'verify', verify, ['compliant', 'noncompliant-services'])

  const counts = new Map<string, number>()
  for (const call of emulator.calls)
    counts.set(call.operation, (counts.get(call.operation) ?? 0) + 1)
  const calls = [...counts].map(([operation, count]) => `${operation} ${count}`).join(', ')
  out(`\nAWS calls the emulator received: ${calls}.`)
  exitCodes.push(plan.code, apply.code, verify.code)
  const updated = JSON.parse(apply.outputs['updated-services'] ?? '[]') as string[]
  if (exitCodes.every((code) => code === 0))
    out(
      `Done: the plan changed nothing, the apply turned on TLS for ${updated.length} service(s) (${updated.join(', ')}), and verify found every service compliant. Summaries: ${SUMMARIES}`
    )
} finally {
  await emulator.close()
  removeRunFolders()
}
if (exitCodes.some((code) => code !== 0)) {
  process.stderr.write(
    `\nThe demo did not go as expected: exit codes (plan, apply, verify) ${exitCodes.join(', ')}; see the summaries in ${SUMMARIES} or run with --verbose.\n`
  )
  process.exit(1)
}
