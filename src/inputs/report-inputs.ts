/**
 * mode: report reads result files, not services: its inputs are their own type, so the run
 * modes' `Inputs` (and every stage that takes them) never meet a mode that has no cluster.
 * parseAnyInputs is what the entries call: report mode here, the run modes in parseInputs.
 */
import {
  type Inputs,
  InputError,
  type InputReader,
  MODES,
  parseInputs,
  splitList
} from './inputs.js'
import { type MatrixEntry, parseMatrix } from './matrix.js'

export interface ReportInputs {
  mode: 'report'
  /** The result files to gather: glob patterns, relative to the workspace. */
  patterns: string[]
  /** The discover matrix given back: every entry must have left a result. */
  matrix?: MatrixEntry[]
  githubToken?: string
  warnings?: string[]
}

/** Every mode the action takes. */
export const ALL_MODES = [...MODES, 'report'] as const

export function parseReportInputs(read: InputReader): ReportInputs {
  const patterns = splitList(read('result-files'))
  if (patterns.length === 0)
    throw new InputError(
      'result-files',
      'required in report mode: a glob of the result files to gather, e.g. results/**/*.json'
    )
  const unused = (['cluster', 'service', 'service-definition', 'result-file'] as const).filter(
    (name) => read(name) !== ''
  )
  if (unused.length > 0)
    throw new InputError(
      unused[0] ?? 'mode',
      'not used with mode: report, which reads only the result files (result-files, matrix)'
    )
  const token = read('github-token')
  const matrix = read('matrix')
  return {
    mode: 'report',
    patterns,
    ...(matrix
      ? { matrix: parseMatrix(matrix, (expected) => new InputError('matrix', expected)) }
      : {}),
    ...(token ? { githubToken: token } : {})
  }
}

export function parseAnyInputs(read: InputReader): Inputs | ReportInputs {
  const mode = read('mode')
  if (mode === 'report') return parseReportInputs(read)
  if (mode !== '' && !(MODES as readonly string[]).includes(mode))
    throw new InputError('mode', `expected one of ${ALL_MODES.join(', ')}, got "${mode}"`)
  return parseInputs(read)
}
