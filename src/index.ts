import { errorText } from './errors.js'
import { type Inputs, parseInputs } from './inputs/inputs.js'
import { readInput, reportInputError } from './inputs/runner-env.js'

let inputs: Inputs | undefined
try {
  inputs = parseInputs((name) => readInput(name))
} catch (error) {
  reportInputError(errorText(error))
}
if (inputs) await (await import('./main.js')).run(inputs)
