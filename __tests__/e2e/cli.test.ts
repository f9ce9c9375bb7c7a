/**
 * End to end through the packed command line: `npm pack`, the tarball installed into an empty
 * folder (it needs no dependency: the bundle is self-contained), then `ecs-sc-tls` run against
 * the emulator. On the same emulator state it must give what the action gives: the same
 * per-service statuses and the same exit code. Its report mode gathers the action's result files.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { configurationWithTls, type Fleet, seedFleet } from '../harness/fleet.js'
import { runAction } from '../harness/run-action.js'
import type { ResultDocument } from '../../src/fleet/result-schema.js'

const ROOT = resolve(import.meta.dirname, '../..')
const FOREIGN_CA =
  'arn:aws:acm-pca:us-east-1:444455556666:certificate-authority/11111111-2222-3333-4444-555555555555'

let installed: string
let bin: string
let emulator: Emulator
let fleet: Fleet
let workspace: string

beforeAll(() => {
  installed = mkdtempSync(join(tmpdir(), 'sc-tls-cli-'))
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', installed], {
    cwd: ROOT,
    encoding: 'utf8'
  }).trim()
  // --offline: nothing may come from the registry; the tarball must be enough.
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(installed, tarball)],
    { cwd: installed, stdio: 'ignore' }
  )
  bin = join(installed, 'node_modules', '.bin', 'ecs-sc-tls')
})
afterAll(() => {
  rmSync(installed, { recursive: true, force: true })
})

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  fleet = await seedFleet(emulator, { services: ['api'] })
  const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
  const configs = {
    payments: configurationWithTls('payments', { http: tls, grpc: tls }),
    web: configurationWithTls('web', { http: tls, grpc: tls }),
    billing: configurationWithTls('billing', { http: { ...tls, caArn: FOREIGN_CA }, grpc: tls })
  }
  for (const [name, serviceConnectConfiguration] of Object.entries(configs))
    emulator.addService({ cluster: fleet.cluster, name, serviceConnectConfiguration })
  workspace = mkdtempSync(join(tmpdir(), 'sc-tls-cli-ws-'))
})
afterEach(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** The installed command, as a shell runs it: only the emulator's AWS settings, no runner. */
function cli(args: string[]): Promise<CliRun> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(INPUT_|GITHUB_|RUNNER_|AWS_|NODE_OPTIONS$)/.test(name)
    )
  )
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, {
      cwd: workspace,
      env: { ...env, ...emulator.env() },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      resolvePromise({ code, stdout, stderr })
    })
  })
}

const statuses = (document: ResultDocument): string[][] =>
  document.outcomes.map((outcome) => [outcome.name, outcome.status])

const verifyInputs = (service: string): Record<string, string> => ({
  cluster: fleet.cluster,
  service,
  'ca-arn': fleet.caArn,
  'role-arn': fleet.roleArn,
  'kms-key': fleet.kmsKey,
  'check-certificates': 'false'
})

const flags = (inputs: Record<string, string>): string[] =>
  Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])

describe('the packed command line', () => {
  test('installs with no dependency and ships only the command bundle', () => {
    const manifest = JSON.parse(
      readFileSync(
        join(installed, 'node_modules', 'ecs-service-connect-tls-action', 'package.json'),
        'utf8'
      )
    ) as { dependencies?: object; bin: Record<string, string> }
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.bin).toEqual({ 'ecs-sc-tls': 'dist/cli/index.js' })
    const folder = join(installed, 'node_modules', 'ecs-service-connect-tls-action')
    expect(existsSync(join(folder, 'dist', 'cli', 'index.js'))).toBe(true)
    expect(existsSync(join(folder, 'dist', 'index.js'))).toBe(false)
    expect(existsSync(join(folder, 'src'))).toBe(false)
  })

  test.each([
    ['compliant services', 'payments,web', 0],
    ['a noncompliant fleet', 'payments,web,billing,api', 1]
  ])(
    'verify of %s: the same statuses and exit code as the action',
    async (_name, service, code) => {
      const action = await runAction({
        inputs: { mode: 'verify', ...verifyInputs(service), 'result-file': 'action.json' },
        env: { ...emulator.env(), GITHUB_WORKSPACE: workspace }
      })
      const command = await cli(['verify', ...flags(verifyInputs(service)), '--json'])

      expect(action.code).toBe(code)
      expect(command.code).toBe(code)
      const fromAction = JSON.parse(
        readFileSync(join(workspace, 'action.json'), 'utf8')
      ) as ResultDocument
      const fromCli = JSON.parse(command.stdout) as ResultDocument
      expect(statuses(fromCli)).toEqual(statuses(fromAction))
      expect(statuses(fromCli).length).toBe(service.split(',').length)
      expect(fromCli).toMatchObject({
        schema: 'ecs-service-connect-tls/result',
        account: '111122223333',
        region: 'us-east-1',
        cluster: fleet.cluster,
        passed: code === 0
      })
      expect(fromCli.outputs['noncompliant-services']).toBe(
        fromAction.outputs['noncompliant-services']
      )
    }
  )

  test('without --json, the Markdown report on stdout and the log on stderr', async () => {
    const command = await cli(['verify', ...flags(verifyInputs('billing'))])
    expect(command.code).toBe(1)
    expect(command.stdout.split('\n')[0]).toMatch(/^## ECS Service Connect TLS/)
    expect(command.stdout).toContain('| billing |')
    expect(command.stderr).toContain('error: Service Connect TLS is not compliant: billing')
    expect(command.stderr).not.toContain('::')
  })

  test('report gathers the jobs’ result files, with a lost job failing it', async () => {
    for (const [name, service] of [
      ['one', 'payments,web'],
      ['two', 'billing']
    ] as const)
      await runAction({
        inputs: { mode: 'verify', ...verifyInputs(service), 'result-file': `results/${name}.json` },
        env: { ...emulator.env(), GITHUB_WORKSPACE: workspace }
      })
    const entry = (services: string): object => ({
      account: '111122223333',
      region: 'us-east-1',
      cluster: fleet.cluster,
      services
    })
    // A job of the command line that fails (no such cluster) still leaves its result.
    const failed = await cli([
      'verify',
      ...flags({ ...verifyInputs('*'), cluster: 'no-such-cluster' }),
      '--result-file',
      'results/three.json'
    ])
    expect(failed.code).toBe(1)
    emulator.resetCalls()
    const all = await cli(['report', '--result-files', 'results/*.json', '--json'])
    const counted = JSON.parse(all.stdout) as { outputs: Record<string, string> }
    expect(all.code).toBe(1)
    expect(JSON.parse(counted.outputs.counts ?? '')).toMatchObject({
      jobs: 3,
      passed: 1,
      failed: 1,
      noncompliant: 1
    })
    const whole = { include: [entry('payments,web'), entry('billing')] }
    const passedMatrix = { include: [entry('payments,web')] }
    const lost = await cli([
      'report',
      '--result-files',
      'results/one.json',
      '--matrix',
      JSON.stringify(whole),
      '--json'
    ])
    const passed = await cli([
      'report',
      '--result-files',
      'results/one.json',
      '--matrix',
      JSON.stringify(passedMatrix),
      '--report',
      'fleet.md'
    ])

    expect(emulator.calls).toEqual([])
    expect(lost.code).toBe(1)
    const { outputs } = JSON.parse(lost.stdout) as { outputs: Record<string, string> }
    expect(JSON.parse(outputs.counts ?? '')).toMatchObject({ jobs: 2, lost: 1, passed: 1 })
    expect(passed.code).toBe(0)
    expect(readFileSync(join(workspace, 'fleet.md'), 'utf8').split('\n')[0]).toBe(
      '## ✅ Service Connect TLS: fleet report, 1 job: 2 compliant'
    )
  })

  test('an unknown flag is an error naming it, before any AWS call', async () => {
    const command = await cli(['verify', '--cluster', fleet.cluster, '--servce', 'api'])
    expect(command.code).toBe(1)
    expect(command.stderr).toContain('unknown flag --servce')
    expect(emulator.calls).toEqual([])
  })
})
