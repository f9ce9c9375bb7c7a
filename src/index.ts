import { type Inputs, parseInputs } from './inputs.js'
import { readInput, reportInputError } from './runner-env.js'

let inputs: Inputs | undefined
try {
  inputs = parseInputs((name) => readInput(name))
} catch (error) {
  reportInputError(error instanceof Error ? error.message : String(error))
}
if (inputs) await (await import('./main.js')).run(inputs)
