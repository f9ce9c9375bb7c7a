/**
 * The two pieces of the runner contract needed before @actions/core is loaded: reading an
 * input and reporting an input error. Keeping them tiny lets a bad input fail the step without
 * loading the toolkit or any AWS code (startup time is paid on every step).
 */
import { envNameOf } from './declared.js'

/** As the runner sets them: INPUT_<NAME> with spaces as underscores, upper-cased, hyphens kept. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[envNameOf(name)] ?? '').trim()
}

/** The workflow command's data escaping: %, CR and LF. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function reportInputError(message: string): void {
  process.stdout.write(`::error::${escapeCommandData(message)}\n`)
  process.exitCode = 1
}
