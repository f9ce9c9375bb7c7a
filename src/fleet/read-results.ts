/**
 * Pure: a result file's text checked against the result schema (result-schema.ts). Anything
 * else is an error that names the file: a file that is not ours, or of another version, is
 * never taken for a passing job.
 */
import {
  RESULT_SCHEMA,
  RESULT_VERSION,
  type ResultDocument,
  type ResultStatus
} from './result-schema.js'

const STATUSES: readonly ResultStatus[] = [
  'updated',
  'unchanged',
  'failed',
  'would-update',
  'compliant',
  'noncompliant'
]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document in `text`, or the reason it is not one, starting with the file's name. */
export function parseResult(
  text: string,
  file: string
): { document: ResultDocument } | { error: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { error: `${file}: not JSON, so not a result file of this action` }
  }
  if (!isRecord(parsed) || parsed.schema !== RESULT_SCHEMA)
    return {
      error: `${file}: not a result file of this action (expected "schema": "${RESULT_SCHEMA}")`
    }
  if (parsed.version !== RESULT_VERSION)
    return {
      error: `${file}: version ${JSON.stringify(parsed.version)} of the result schema; this version of the action reads version ${RESULT_VERSION} (run the jobs and the report with the same action version)`
    }
  const problem = shapeProblem(parsed)
  if (problem)
    return {
      error: `${file}: does not follow version ${RESULT_VERSION} of the result schema: ${problem}`
    }
  return { document: parsed as unknown as ResultDocument }
}

/** The first field report mode relies on that is missing or of the wrong type. */
function shapeProblem(document: Record<string, unknown>): string | undefined {
  const nullableString = (name: string): boolean =>
    document[name] === null || typeof document[name] === 'string'
  for (const name of ['account', 'region'])
    if (!nullableString(name)) return `"${name}" must be a string or null`
  for (const name of ['cluster', 'services', 'mode', 'at'])
    if (typeof document[name] !== 'string') return `"${name}" must be a string`
  if (typeof document.passed !== 'boolean') return '"passed" must be true or false'
  if (!Array.isArray(document.outcomes)) return '"outcomes" must be an array'
  if (!Array.isArray(document.findings)) return '"findings" must be an array'
  for (const [index, outcome] of document.outcomes.entries()) {
    if (!isRecord(outcome) || typeof outcome.name !== 'string')
      return `"outcomes[${index}].name" must be a string`
    if (!STATUSES.includes(outcome.status as ResultStatus))
      return `"outcomes[${index}].status" must be one of ${STATUSES.join(', ')}`
    if (!Array.isArray(outcome.findings)) return `"outcomes[${index}].findings" must be an array`
  }
  return undefined
}
