/**
 * Pure: the command line as the action's inputs. `ecs-sc-tls <mode> --input value ...`: every
 * flag is an input of action.yml under the same name, so parseInputs validates them exactly as
 * it does on a runner. A few flags are the command line's own (`--json`, `--report`, `--help`).
 */
import { DECLARED_INPUTS, type InputName } from '../inputs/declared.js'
import type { InputReader } from '../inputs/inputs.js'

export const COMMANDS = ['apply', 'plan', 'verify', 'discover', 'report'] as const

export interface CliArgs {
  command: string
  /** The inputs given as flags (the mode comes from the command). */
  flags: Map<InputName, string>
  /** Print the result document (or the outputs) as JSON on stdout. */
  json: boolean
  /** Write the Markdown report here; '-' or absent: stdout (unless --json). */
  reportFile?: string
  help: boolean
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const FLAG_INPUTS: readonly string[] = DECLARED_INPUTS.filter((name) => name !== 'mode')

const isInput = (name: string): name is InputName => FLAG_INPUTS.includes(name)

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: '', flags: new Map(), json: false, help: false }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--help' || arg === '-h') {
      args.help = true
      continue
    }
    if (arg === '--json') {
      args.json = true
      continue
    }
    if (!arg.startsWith('--')) {
      if (args.command) throw new UsageError(`unexpected argument "${arg}": flags are --name value`)
      args.command = arg
      continue
    }
    const equals = arg.indexOf('=')
    const name = arg.slice(2, equals < 0 ? undefined : equals)
    let value: string
    if (equals >= 0) value = arg.slice(equals + 1)
    else {
      const next = argv[index + 1]
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`flag --${name} needs a value (--${name} value or --${name}=value)`)
      value = next
      index++
    }
    if (name === 'report') args.reportFile = value
    else if (name === 'mode')
      throw new UsageError('unknown flag --mode: the mode is the command (ecs-sc-tls verify ...)')
    else if (!isInput(name))
      throw new UsageError(
        `unknown flag --${name} (the flags are the action's inputs: ${FLAG_INPUTS.map((input) => `--${input}`).join(', ')}; and --json, --report)`
      )
    else if (args.flags.has(name))
      throw new UsageError(`flag --${name} is given twice; a list takes commas: --${name} a,b`)
    else args.flags.set(name, value)
  }
  if (!args.help && !args.command)
    throw new UsageError(`a command is needed: ${COMMANDS.join(', ')}`)
  if (!args.help && !(COMMANDS as readonly string[]).includes(args.command))
    throw new UsageError(
      `unknown command "${args.command}": expected one of ${COMMANDS.join(', ')}`
    )
  return args
}

/** The flags as the runner would pass them: trimmed, '' when absent; mode from the command. */
export function flagReader(args: CliArgs): InputReader {
  return (name) => (name === 'mode' ? args.command : (args.flags.get(name) ?? '').trim())
}

export const USAGE = `Usage: ecs-sc-tls <${COMMANDS.join('|')}> [--input value ...] [--json] [--report FILE]

Every flag is an input of the GitHub Action, under the same name, e.g.
  ecs-sc-tls verify --cluster prod --service 'api,web' --ca-arn arn:aws:acm-pca:...
  ecs-sc-tls report --result-files 'results/*.json' --matrix "$(cat matrix.json)"

  --json           print the run's result document (report, discover: the outputs) as JSON on stdout
  --report FILE    write the Markdown report to FILE ('-': stdout, the default without --json)

Credentials and Region come from the AWS SDK's usual places (environment, profile, SSO, instance role).
Exit code: 0 when the run passed, 1 when it failed or an input was wrong (as the action's step).`
