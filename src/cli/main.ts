/**
 * The command-line entry (`ecs-sc-tls`, package.json "bin"): the action's pipeline with the
 * flags as its inputs and an Output that writes to stderr and files instead of the runner.
 * Bundled on its own into dist/cli/ (scripts/package.mjs).
 */
import { errorText } from '../util/errors.js'
import { parseAnyInputs } from '../inputs/report-inputs.js'
import { flagReader, parseArgs, USAGE, UsageError } from './args.js'
import { createCliOutput } from './cli-output.js'

async function main(argv: readonly string[]): Promise<void> {
  let args
  try {
    args = parseArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`ecs-sc-tls: ${error.message}\n\n${USAGE}\n`)
    process.exitCode = 1
    return
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  let inputs
  try {
    inputs = parseAnyInputs(flagReader(args))
  } catch (error) {
    // Input errors name the input; on the command line that is the flag of the same name.
    process.stderr.write(`ecs-sc-tls: ${errorText(error)}\n`)
    process.exitCode = 1
    return
  }
  const output = createCliOutput({
    json: args.json,
    ...(args.reportFile !== undefined ? { reportFile: args.reportFile } : {})
  })
  const { run } = await import('../main.js')
  await run(inputs, () => Promise.resolve(output))
  // report and discover leave no result document: --json prints their outputs instead.
  if (args.json && !output.printedResult)
    process.stdout.write(
      `${JSON.stringify({ outputs: Object.fromEntries(output.outputs) }, null, 2)}\n`
    )
}

await main(process.argv.slice(2))
