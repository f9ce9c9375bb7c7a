import { errorText } from './util/errors.js'
import type { Inputs } from './inputs/inputs.js'
import { parseAnyInputs, type ReportInputs } from './inputs/report-inputs.js'
import { readInput, reportInputError } from './inputs/runner-env.js'
import { DECLARED_INPUTS, undeclaredInputs } from './inputs/declared.js'

let inputs: Inputs | ReportInputs | undefined
try {
  inputs = parseAnyInputs((name) => readInput(name))
} catch (error) {
  reportInputError(errorText(error))
}
if (inputs) {
  const undeclared = undeclaredInputs(process.env)
  if (undeclared.length > 0)
    inputs.warnings = [
      ...(inputs.warnings ?? []),
      `Ignoring ${undeclared.join(', ')}: action.yml declares no such input (check the spelling of the "with:" keys; declared: ${DECLARED_INPUTS.join(', ')})`
    ]
}
if (inputs) await (await import('./main.js')).run(inputs)
