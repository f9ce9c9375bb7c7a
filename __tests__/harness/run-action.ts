/**
 * Runs the bundled action the way the GitHub runner does: `node dist/index.js` with inputs in
 * INPUT_* variables (hyphens kept, upper-cased), and GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
 * RUNNER_TEMP pointing at files of a fresh temporary folder.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ACTION_ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/index.js')

export interface ActionRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

export interface RunOptions {
  /**
   * The `with:` inputs. `traffic-check` defaults to `off` here (the action's default is warn):
   * a run that meets no seeded traffic would otherwise watch a real five-minute window after
   * every rollout. Traffic tests set it.
   */
  inputs: Record<string, string>
  /** Extra environment: the emulator's endpoint and credentials, GITHUB_* for PR runs. */
  env?: Record<string, string>
  /**
   * Killed (SIGKILL) after this long, so a hung run fails its test instead of the whole suite;
   * default 150 s. Only a guard against hangs: far above what any run needs on a busy machine,
   * and below Jest's testTimeout (jest.config.js), so a hang shows up with the run's output.
   */
  killAfterMs?: number
  /** Called with all standard output so far, each time more arrives (e.g. to send a signal). */
  onStdout?: (stdout: string, child: { kill: (signal: NodeJS.Signals) => boolean }) => void
}

/** Parses the runner's file command format: `name=value` or `name<<DELIMITER` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

/** Environment variables from the parent that would leak into the action and change it. */
const DROPPED = /^(INPUT_|GITHUB_|RUNNER_|AWS_|NODE_OPTIONS$)/

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

/** Every run's RUNNER_TEMP, kept until removeRunFolders() (tests read files in them). */
const runFolders = new Set<string>()

/** Removes the temporary folders of every run so far; jest calls it after each test file. */
export function removeRunFolders(): void {
  for (const folder of runFolders) rmSync(folder, { recursive: true, force: true })
  runFolders.clear()
}

export function runAction(options: RunOptions): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'sc-tls-run-'))
  runFolders.add(runnerTemp)
  const outputFile = join(runnerTemp, 'github_output')
  const summaryFile = join(runnerTemp, 'step_summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !DROPPED.test(name))
  )
  const env: Record<string, string | undefined> = {
    ...inherited,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...inputEnv({ 'traffic-check': 'off', ...options.inputs }),
    ...options.env
  }
  return new Promise((resolvePromise, reject) => {
    // Asynchronous on purpose: the emulator usually runs in this same process.
    const child = spawn(process.execPath, [ACTION_ENTRY], {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => {
      stdout += data.toString()
      options.onStdout?.(stdout, child)
    })
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    child.on('error', reject)
    const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 150_000)
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        runnerTemp
      })
    })
  })
}
