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
  /** The access key id the request was signed with (SigV4 credential scope). */
  accessKeyId?: string
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

/** awsQuery parameters as a tree: `A.member.1.B=x` becomes A -> member -> 1 -> B = x. */
interface QueryNode {
  value?: string
  children: Map<string, QueryNode>
}

function queryTree(params: URLSearchParams): QueryNode {
  const root: QueryNode = { children: new Map() }
  for (const [key, raw] of params) {
    if (key === 'Action' || key === 'Version') continue
    let node = root
    for (const part of key.split('.')) {
      let next = node.children.get(part)
      if (!next) node.children.set(part, (next = { children: new Map() }))
      node = next
    }
    node.value = raw
  }
  return root
}

/** Children keyed 1, 2, ... in numeric order (awsQuery list and map indexes start at 1). */
const indexed = (node: QueryNode | undefined): QueryNode[] =>
  [...(node?.children ?? new Map<string, QueryNode>())]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, child]) => child)

function decodeQuery(model: ServiceModel, shapeName: string, node: QueryNode): unknown {
  const shape = shapeOf(model, shapeName)
  switch (shape.type) {
    case 'structure':
    case 'union': {
      const out: Record<string, unknown> = {}
      for (const [key, child] of node.children) {
        const member = shape.members[key]
        // Unknown members stay raw strings, for the validator to reject.
        out[key] = member ? decodeQuery(model, member.target, child) : (child.value ?? '')
      }
      return out
    }
    case 'list':
      // An empty list is sent as `Name=` (aws-sdk-js-v3 awsQuery serializer).
      return indexed(node.children.get('member')).map((child) =>
        decodeQuery(model, shape.member, child)
      )
    case 'map':
      return Object.fromEntries(
        indexed(node.children.get('entry')).map((entry) => [
          entry.children.get('key')?.value ?? '',
          decodeQuery(model, shape.value, entry.children.get('value') ?? { children: new Map() })
        ])
      )
    case 'integer':
    case 'long':
      return /^-?\d+$/.test(node.value ?? '') ? Number(node.value) : node.value
    case 'boolean':
      return node.value === 'true' ? true : node.value === 'false' ? false : node.value
    default:
      return node.value ?? ''
  }
}

/**
 * Turns awsQuery parameters (all strings, nested members and lists as dotted keys such as
 * `ContextEntries.member.1.ContextKeyValues.member.1`) into a JSON-like input for the
 * validator, using the model to parse numbers and booleans and to rebuild lists.
 */
export function queryParamsToInput(
  model: ServiceModel,
  shapeName: string,
  params: URLSearchParams
): Record<string, unknown> {
  return decodeQuery(model, shapeName, queryTree(params)) as Record<string, unknown>
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
