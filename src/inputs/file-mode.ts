/**
 * File mode's inputs: the service definition files to merge into or verify, where the result
 * goes, and the live-service inputs it ignores.
 */
import { InputError, type InputReader } from './readers.js'

export interface ServiceDefinitionInputs {
  /** Paths and glob patterns, relative to the workspace. */
  patterns: string[]
  output?: string
  /** apply: write the merged files over the originals. */
  inPlace: boolean
}

/**
 * With patterns: the files and a warning for any ignored live input. Without: undefined, after
 * refusing the inputs that only file mode uses.
 */
export function readServiceDefinition(
  read: InputReader,
  patterns: string[],
  inPlace: boolean
): { files: ServiceDefinitionInputs; warning?: string } | undefined {
  if (patterns.length === 0) {
    if (read('service-definition-output'))
      throw new InputError(
        'service-definition-output',
        'only used together with "service-definition"'
      )
    if (inPlace) throw new InputError('in-place', 'only used together with "service-definition"')
    return undefined
  }
  const ignored = (['cluster', 'service'] as const).filter((name) => read(name) !== '')
  const warning =
    ignored.length > 0
      ? `Input ${ignored.map((name) => `"${name}"`).join(' and ')} ${ignored.length > 1 ? 'are' : 'is'} ignored: with "service-definition" the action reads and writes only that file, never a live service`
      : undefined
  const output = read('service-definition-output')
  if (inPlace && output)
    throw new InputError(
      'in-place',
      'true writes the merged files over the originals; leave "service-definition-output" empty with it'
    )
  return {
    files: { patterns, inPlace, ...(output ? { output } : {}) },
    ...(warning ? { warning } : {})
  }
}
