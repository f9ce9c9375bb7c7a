/**
 * What a Terraform module pins without running anything: variable defaults, `terraform.tfvars`
 * and `*.auto.tfvars` (HCL or JSON), and locals that are literals (or references to those).
 * Precedence as Terraform applies it to a root module (Terraform docs, "Input Variables",
 * variable definition precedence): default < terraform.tfvars < terraform.tfvars.json <
 * *.auto.tfvars(.json) in lexical order. Values given with -var or TF_VAR_ are not in the
 * repository and so are not known here.
 */
import { basename } from 'node:path'
import type { SourceText } from '../formats/adapter.js'
import { fileMembers, literalOf, type Member, referenceOf, type Step, type Value } from './hcl.js'
import type { Node } from './parser.js'

export interface Parsed {
  path: string
  root: Node
}

export type Resolved = { ok: true; value: Value } | { ok: false; why: string }

export interface Scope {
  /** The value of an expression, or why it has none offline. */
  resolve(expression: Node): Resolved
}

const isTfvars = (path: string): boolean =>
  /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(path)

/** Files in Terraform's order of precedence, lowest first. */
function tfvarsOrder(paths: string[]): string[] {
  const rank = (path: string): number =>
    basename(path) === 'terraform.tfvars' ? 0 : basename(path) === 'terraform.tfvars.json' ? 1 : 2
  return [...paths].sort((a, b) => rank(a) - rank(b) || (basename(a) < basename(b) ? -1 : 1))
}

function step(value: Value | undefined, key: Step): Value | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined
  return Object.hasOwn(value, String(key)) ? value[String(key)] : undefined
}

const dotted = (steps: Step[]): string =>
  steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')

/**
 * A scope over the parsed .tf files of one folder and its tfvars texts. `parse` parses one HCL
 * text (for .tfvars files).
 */
export function buildScope(
  tf: Parsed[],
  tfvars: { path: string; text: string; root?: Node }[]
): Scope {
  const defaults = new Map<string, Node | undefined>()
  const locals = new Map<string, Node>()
  for (const file of tf)
    for (const member of fileMembers(file.root)) {
      if (member.kind !== 'block') continue
      if (member.name === 'variable' && member.labels[0] !== undefined)
        defaults.set(member.labels[0], attribute(member, 'default'))
      if (member.name === 'locals')
        for (const local of member.inner?.members ?? [])
          if (local.kind === 'attribute' && local.value) locals.set(local.name, local.value)
    }
  const assigned = new Map<string, { value: Value | undefined; from: string }>()
  for (const file of tfvarsOrder(tfvars.map((f) => f.path)).map(
    (path) => tfvars.find((f) => f.path === path) as { path: string; text: string; root?: Node }
  )) {
    if (file.path.endsWith('.json')) {
      try {
        const json: unknown = JSON.parse(file.text)
        if (json && typeof json === 'object' && !Array.isArray(json))
          for (const [name, value] of Object.entries(json as Record<string, Value>))
            assigned.set(name, { value, from: file.path })
      } catch {
        // An unreadable tfvars file pins nothing; Terraform itself would stop on it.
      }
      continue
    }
    for (const member of file.root ? fileMembers(file.root) : [])
      if (member.kind === 'attribute' && member.value)
        assigned.set(member.name, { value: literalOf(member.value), from: file.path })
  }

  const resolveSteps = (steps: Step[], depth: number): Resolved => {
    const [head, name, ...rest] = steps
    const what = dotted(steps)
    if (depth > 20) return { ok: false, why: `${what} refers to itself` }
    let base: Resolved
    if (head === 'var' && typeof name === 'string') {
      const given = assigned.get(name)
      if (given)
        base =
          given.value === undefined
            ? { ok: false, why: `var.${name} is set in ${given.from} by an expression` }
            : { ok: true, value: given.value }
      else if (!defaults.has(name))
        base = { ok: false, why: `var.${name} is not declared in this folder` }
      else {
        const node = defaults.get(name)
        const value = node ? literalOf(node) : undefined
        base =
          value === undefined || value === null
            ? {
                ok: false,
                why: `var.${name} has ${node ? 'a default that is not a literal' : 'no default'} and no value in terraform.tfvars or *.auto.tfvars`
              }
            : { ok: true, value }
      }
    } else if (head === 'local' && typeof name === 'string') {
      const node = locals.get(name)
      base = node
        ? resolveNode(node, depth + 1)
        : { ok: false, why: `local.${name} is not defined in this folder` }
    } else
      return {
        ok: false,
        why: `${what} is known only to Terraform (${head === 'data' ? 'a data source' : head === 'module' ? "another module's output" : 'an attribute of a managed resource'})`
      }
    if (!base.ok) return base
    let value: Value | undefined = base.value
    for (const key of rest) value = step(value, key)
    return value === undefined
      ? { ok: false, why: `${what} has no such member in the value it refers to` }
      : { ok: true, value }
  }

  const resolveNode = (node: Node, depth: number): Resolved => {
    const literal = literalOf(node)
    if (literal !== undefined) return { ok: true, value: literal }
    const steps = referenceOf(node)
    if (steps) return resolveSteps(steps, depth)
    return { ok: false, why: `${node.text.replace(/\s+/g, ' ').trim()} is computed by Terraform` }
  }

  return { resolve: (expression) => resolveNode(expression, 0) }
}

function attribute(block: Member, name: string): Node | undefined {
  return block.inner?.members.find((m) => m.kind === 'attribute' && m.name === name)?.value
}

/** The other files of the folder that a scope reads. */
export function scopeFiles(others: SourceText[]): { tf: SourceText[]; tfvars: SourceText[] } {
  return {
    tf: others.filter((file) => /\.tf$/i.test(file.path)),
    tfvars: others.filter((file) => isTfvars(file.path))
  }
}
