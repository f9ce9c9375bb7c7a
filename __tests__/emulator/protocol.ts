/**
 * Wire-level pieces shared by the emulated services: the error type handlers throw, how an
 * error code maps to an HTTP status, and the awsQuery (IAM) XML encoding.
 */
import type { ServiceKey, ServiceModel, Shape } from './model.js'
import { shapeOf } from './model.js'

/** Everything a handler needs to know about the request besides its input. */
export interface RequestContext {
  service: ServiceKey
  operation: string
  /** Region from the SigV4 credential scope (falls back to the emulator's region). */
  region: string
  accountId: string
  /** Request time, ms since the epoch. */
  now: number
}

/** An AWS error response. `status` is only used when the model does not say otherwise. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = code
  }
}

/**
 * HTTP status for an error code: the model's httpError when the error is modelled, 500 for a
 * modelled server fault, else what the thrower asked for (default 400, the awsJson default).
 */
export function errorStatus(model: ServiceModel, error: AwsError): number {
  const shape = Object.hasOwn(model.shapes, error.code) ? model.shapes[error.code] : undefined
  if (shape?.type === 'structure' && shape.error) {
    if (model.protocol === 'awsQuery' && shape.awsQueryError) {
      return shape.awsQueryError.httpResponseCode
    }
    if (shape.httpError) return shape.httpError
    if (shape.error === 'server') return 500
  }
  return error.status ?? 400
}

/** awsQuery wire code for an error: the awsQueryError code when the model has one (NoSuchEntityException -> NoSuchEntity). */
export function queryErrorCode(model: ServiceModel, code: string): string {
  const shape = Object.hasOwn(model.shapes, code) ? model.shapes[code] : undefined
  return shape?.type === 'structure' && shape.awsQueryError ? shape.awsQueryError.code : code
}

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Serializes a value as awsQuery XML by walking the model shape: structure members become
 * elements, lists are wrapped in <member> elements (awsQuery lists are not flattened),
 * timestamps are ISO 8601 (the awsQuery default format).
 */
export function toQueryXml(model: ServiceModel, shapeName: string, value: unknown): string {
  const shape: Shape = shapeOf(model, shapeName)
  switch (shape.type) {
    case 'structure':
    case 'union': {
      const record = value as Record<string, unknown>
      let out = ''
      for (const [name, member] of Object.entries(shape.members)) {
        const v = record[name]
        if (v === undefined || v === null) continue
        out += `<${name}>${toQueryXml(model, member.target, v)}</${name}>`
      }
      return out
    }
    case 'list':
      return (value as unknown[])
        .map((item) => `<member>${toQueryXml(model, shape.member, item)}</member>`)
        .join('')
    case 'map':
      return Object.entries(value as Record<string, unknown>)
        .map(
          ([k, v]) =>
            `<entry><key>${xmlEscape(k)}</key><value>${toQueryXml(model, shape.value, v)}</value></entry>`
        )
        .join('')
    case 'timestamp':
      return new Date((value as number) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    default:
      return xmlEscape(String(value))
  }
}

/**
 * Turns flat awsQuery parameters (all strings) into a JSON-like input for the validator,
 * using the model to parse numbers and booleans. Only flat (scalar) members are needed by the
 * IAM operations the action calls; nested keys are kept as strings and caught as unknown.
 */
export function queryParamsToInput(
  model: ServiceModel,
  shapeName: string,
  params: URLSearchParams
): Record<string, unknown> {
  const shape = shapeOf(model, shapeName)
  const input: Record<string, unknown> = {}
  for (const [key, raw] of params) {
    if (key === 'Action' || key === 'Version') continue
    const member = shape.type === 'structure' ? shape.members[key] : undefined
    const target = member ? shapeOf(model, member.target).type : 'string'
    if (target === 'integer' || target === 'long') {
      input[key] = /^-?\d+$/.test(raw) ? Number(raw) : raw
    } else if (target === 'boolean') {
      input[key] = raw === 'true' ? true : raw === 'false' ? false : raw
    } else {
      input[key] = raw
    }
  }
  return input
}

/** An operation implementation; `input` has already passed model validation. */
export type Handler = (input: Record<string, unknown>, ctx: RequestContext) => unknown

/** Wraps a handler written against its input type; the cast is safe because input was validated. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- I names the validated input shape
export function handler<I>(fn: (input: I, ctx: RequestContext) => unknown): Handler {
  return (input, ctx) => fn(input as I, ctx)
}

/** ms since the epoch -> awsJson timestamp (epoch seconds, fractional). */
export const epochSeconds = (ms: number): number => ms / 1000
