/**
 * A small validator over the extracted Smithy shapes. The emulator runs every request through
 * it (so the action cannot send what AWS would refuse), and the emulator's own tests run every
 * response through it (so the emulator cannot drift from the model).
 *
 * Issue kinds split the way AWS front ends split them: a body that does not deserialize into
 * the shape (unknown member, wrong JSON type) is a serialization problem; a value that
 * deserializes but breaks a constraint (required, enum, length, range, pattern) is a
 * validation problem. The caller maps each kind to the service's error code.
 */
import { shapeOf, type MemberModel, type ServiceModel, type Shape } from './model.js'

export type IssueKind =
  'unknown-member' | 'type' | 'required' | 'enum' | 'length' | 'range' | 'pattern' | 'union'

export interface ValidationIssue {
  kind: IssueKind
  /** Dotted member path, e.g. serviceConnectConfiguration.services[0].portName */
  path: string
  message: string
}

const SERIALIZATION_KINDS: ReadonlySet<IssueKind> = new Set(['unknown-member', 'type'])

export function isSerializationIssue(issue: ValidationIssue): boolean {
  return SERIALIZATION_KINDS.has(issue.kind)
}

const regexCache = new Map<string, RegExp>()
function regex(pattern: string): RegExp {
  let re = regexCache.get(pattern)
  if (!re) {
    // Smithy patterns are ECMA-262 and not implicitly anchored.
    try {
      re = new RegExp(pattern, 'u')
    } catch {
      // Some models escape characters that need no escape (Secrets Manager's `\!`, `\=`), which
      // only the non-Unicode ECMA-262 grammar allows.
      re = new RegExp(pattern)
    }
    regexCache.set(pattern, re)
  }
  return re
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value)
}

function join(path: string, member: string): string {
  return path ? `${path}.${member}` : member
}

class Walker {
  readonly issues: ValidationIssue[] = []
  constructor(private readonly model: ServiceModel) {}

  private add(kind: IssueKind, path: string, message: string): void {
    this.issues.push({ kind, path, message })
  }

  private constraint(kind: IssueKind, path: string, value: unknown, text: string): void {
    this.add(kind, path, `Value ${show(value)} at '${path}' failed to satisfy constraint: ${text}`)
  }

  /** Smithy @length and @range share one form: min/max bounds on a measured number. */
  private checkBounds(
    kind: 'length' | 'range',
    path: string,
    value: unknown,
    measured: number,
    bounds: { min?: number; max?: number } | undefined
  ): void {
    if (!bounds) return
    const what = kind === 'length' ? 'length' : 'value'
    if (bounds.min !== undefined && measured < bounds.min)
      this.constraint(
        kind,
        path,
        value,
        `Member must have ${what} greater than or equal to ${bounds.min}`
      )
    if (bounds.max !== undefined && measured > bounds.max)
      this.constraint(
        kind,
        path,
        value,
        `Member must have ${what} less than or equal to ${bounds.max}`
      )
  }

  private checkLength(path: string, value: unknown, size: number, c: Shape | MemberModel): void {
    this.checkBounds('length', path, value, size, c.length)
  }

  private checkRange(path: string, value: number, c: Shape | MemberModel): void {
    this.checkBounds('range', path, value, value, c.range)
  }

  private checkPattern(path: string, value: string, c: Shape | MemberModel): void {
    if (c.pattern && !regex(c.pattern).test(value)) {
      this.constraint(
        'pattern',
        path,
        value,
        `Member must satisfy regular expression pattern: ${c.pattern}`
      )
    }
  }

  private wrongType(path: string, expected: string, value: unknown): void {
    this.add('type', path, `Expected ${expected} at '${path}' but found ${describe(value)}`)
  }

  /** Validates `value` (never null/undefined here) against shape `name`; `member` adds member-level constraints. */
  visit(name: string, value: unknown, path: string, member?: MemberModel): void {
    const shape = shapeOf(this.model, name)
    switch (shape.type) {
      case 'structure':
      case 'union':
        this.structure(name, shape.type, shape.members, value, path)
        return
      case 'list': {
        if (!Array.isArray(value)) {
          this.wrongType(path, 'a list', value)
          return
        }
        const items: unknown[] = value
        this.checkLength(path, value, items.length, shape)
        items.forEach((item, i) => {
          const at = `${path}[${i}]`
          if (item === null || item === undefined) this.wrongType(at, 'a list member', item)
          else this.visit(shape.member, item, at)
        })
        return
      }
      case 'map': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          this.wrongType(path, 'a map', value)
          return
        }
        const entries = Object.entries(value as Record<string, unknown>)
        this.checkLength(path, value, entries.length, shape)
        for (const [k, v] of entries) {
          this.visit(shape.key, k, `${path}.${k}(key)`)
          if (v === null || v === undefined) this.wrongType(`${path}.${k}`, 'a map value', v)
          else this.visit(shape.value, v, `${path}.${k}`)
        }
        return
      }
      case 'enum':
        if (typeof value !== 'string') {
          this.wrongType(path, 'a string', value)
          return
        }
        if (!shape.values.includes(value)) {
          this.constraint(
            'enum',
            path,
            value,
            `Member must satisfy enum value set: [${shape.values.join(', ')}]`
          )
        }
        return
      case 'intEnum':
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          this.wrongType(path, 'an integer', value)
          return
        }
        if (!shape.values.includes(value)) {
          this.constraint(
            'enum',
            path,
            value,
            `Member must satisfy enum value set: [${shape.values.join(', ')}]`
          )
        }
        return
      case 'string':
        if (typeof value !== 'string') {
          this.wrongType(path, 'a string', value)
          return
        }
        // Smithy counts Unicode scalar values, not UTF-16 units.
        this.checkLength(path, value, Array.from(value).length, member?.length ? member : shape)
        this.checkPattern(path, value, member?.pattern ? member : shape)
        return
      case 'blob':
        if (typeof value !== 'string') {
          this.wrongType(path, 'a base64 string', value)
          return
        }
        return
      case 'boolean':
        if (typeof value !== 'boolean') this.wrongType(path, 'a boolean', value)
        return
      case 'byte':
      case 'short':
      case 'integer':
      case 'long':
      case 'bigInteger':
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          this.wrongType(path, 'an integer', value)
          return
        }
        this.checkRange(path, value, member?.range ? member : shape)
        return
      case 'float':
      case 'double':
      case 'bigDecimal':
        // awsJson spells non-finite numbers as strings.
        if (typeof value === 'string' && ['NaN', 'Infinity', '-Infinity'].includes(value)) return
        if (typeof value !== 'number') {
          this.wrongType(path, 'a number', value)
          return
        }
        this.checkRange(path, value, member?.range ? member : shape)
        return
      case 'timestamp':
        // awsJson default timestamp format is epoch seconds (a JSON number).
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          this.wrongType(path, 'a timestamp in epoch seconds', value)
        }
        return
      case 'document':
        return
    }
  }

  private structure(
    name: string,
    type: 'structure' | 'union',
    members: Record<string, MemberModel>,
    value: unknown,
    path: string
  ): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.wrongType(path || name, 'a structure', value)
      return
    }
    const record = value as Record<string, unknown>
    let set = 0
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(members, key)) {
        this.add(
          'unknown-member',
          join(path, key),
          `Unknown member '${key}' at '${path || name}': ${name} has no such member`
        )
      }
    }
    for (const [memberName, member] of Object.entries(members)) {
      const v = record[memberName]
      const at = join(path, memberName)
      // awsJson treats an explicit null like an absent member.
      if (v === undefined || v === null) {
        if (member.required) this.constraint('required', at, null, 'Member must not be null')
        continue
      }
      set++
      this.visit(member.target, v, at, member)
    }
    if (type === 'union' && set !== 1) {
      this.add(
        'union',
        path || name,
        `Exactly one member of union ${name} must be set, found ${set}`
      )
    }
  }
}

/** Validates a JSON value against a shape of the model; returns every issue found. */
export function validateShape(
  model: ServiceModel,
  shape: string,
  value: unknown
): ValidationIssue[] {
  const walker = new Walker(model)
  if (value === null || value === undefined) {
    walker.visit(shape, {}, '')
  } else {
    walker.visit(shape, value, '')
  }
  return walker.issues
}

/** Coral-style summary: "2 validation errors detected: ...; ..." */
export function summarize(issues: ValidationIssue[]): string {
  const n = issues.length
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${issues.map((i) => i.message).join('; ')}`
}
