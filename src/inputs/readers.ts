/**
 * The primitive readers every input is built from: booleans, numbers, choices, lists and ARNs,
 * and the error they throw, which names the input and what it should be.
 */
import { arnProblem } from '../util/arn.js'
import type { InputName } from './declared.js'
import { isTerraformReference } from '../util/terraform-reference.js'

export class InputError extends Error {
  constructor(
    readonly input: string,
    expected: string
  ) {
    super(`Input "${input}": ${expected}`)
    this.name = 'InputError'
  }
}

/** Reads one input as the runner passes it: trimmed, '' when absent. */
export type InputReader = (name: InputName) => string

const YAML_TRUE = ['true', 'True', 'TRUE']
const YAML_FALSE = ['false', 'False', 'FALSE']

export function readBoolean(read: InputReader, name: InputName, fallback: boolean): boolean {
  const text = read(name)
  if (text === '') return fallback
  if (YAML_TRUE.includes(text)) return true
  if (YAML_FALSE.includes(text)) return false
  throw new InputError(name, `expected a YAML boolean (true or false), got "${text}"`)
}

export interface NumberRule {
  fallback: number
  min: number
  max: number
  integer?: boolean
}

export function readNumber(read: InputReader, name: InputName, rule: NumberRule): number {
  const text = read(name)
  if (text === '') return rule.fallback
  const value = Number(text)
  const kind = rule.integer ? 'a whole number' : 'a number'
  if (
    !/^-?\d+(\.\d+)?$/.test(text) ||
    !Number.isFinite(value) ||
    (rule.integer && !Number.isInteger(value))
  )
    throw new InputError(name, `expected ${kind}, got "${text}"`)
  if (value < rule.min || value > rule.max)
    throw new InputError(name, `expected ${kind} from ${rule.min} to ${rule.max}, got ${text}`)
  return value
}

export function readChoice<T extends string>(
  read: InputReader,
  name: InputName,
  choices: readonly T[],
  fallback: T
): T {
  const text = read(name)
  if (text === '') return fallback
  const choice = choices.find((candidate) => candidate === text)
  if (!choice) throw new InputError(name, `expected one of ${choices.join(', ')}, got "${text}"`)
  return choice
}

/** Splits a list input on newlines and commas, dropping blanks and repeats. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return [...new Set(items)]
}

/** File mode also takes a Terraform reference, compared and written as an expression. */
const REFERENCE_EXAMPLE = 'var.ca_arn, local.tls.role or aws_acmpca_certificate_authority.sc.arn'

export function readArn(
  read: InputReader,
  name: InputName,
  kind: Parameters<typeof arnProblem>[1],
  references = false
): string | undefined {
  const text = read(name)
  if (text === '') return undefined
  if (references && !text.startsWith('arn:') && isTerraformReference(text)) return text
  const problem = arnProblem(text, kind)
  if (problem)
    throw new InputError(
      name,
      `expected an ARN like ${kind.describe}${references ? ` (or, for Terraform files, a reference like ${REFERENCE_EXAMPLE})` : ''}, but ${problem}: "${text}"`
    )
  return text
}
