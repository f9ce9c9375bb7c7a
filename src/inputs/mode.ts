/** The `mode` input: which of the run modes this step is. */
import { InputError, type InputReader } from './readers.js'

export const MODES = ['apply', 'plan', 'verify', 'discover'] as const
export type Mode = (typeof MODES)[number]

export function readMode(read: InputReader): Mode {
  const text = read('mode') || 'apply'
  const mode = MODES.find((candidate) => candidate === text)
  if (!mode) throw new InputError('mode', `expected one of ${MODES.join(', ')}, got "${text}"`)
  return mode
}
