/**
 * Pure helpers over the tree-sitter HCL syntax tree: blocks and attributes of a body, members
 * of an object expression, literal values, references. Offsets are JavaScript string indices
 * (web-tree-sitter reports them so), which is what the edits splice.
 */
import type { Node } from './parser.js'

/** A value Terraform would see without evaluating anything. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

/** The named children of a node, comments left out. */
export const named = (node: Node): Node[] =>
  node.namedChildren.filter((child) => child.type !== 'comment')

/** One member of a block body or of an object expression, with where it is. */
export interface Member {
  kind: 'attribute' | 'block'
  name: string
  /** Block labels, unquoted. */
  labels: string[]
  node: Node
  /** The attribute's expression node (absent for a block). */
  value?: Node
  /** For a block, or an attribute whose value is an object: its braces and members. */
  inner?: Container
}

/** A `{ ... }` that holds members: a block's body or an object expression. */
export interface Container {
  kind: 'block' | 'object'
  /** Offset of `{` and of `}`. */
  open: number
  close: number
  members: Member[]
}

/** The text of a string literal's label or key, unquoted and unescaped. */
function labelText(node: Node): string {
  return node.type === 'string_lit' ? unescape(templateText(node) ?? '') : node.text
}

/** Members of a body node (attributes and blocks). */
function bodyMembers(body: Node | undefined): Member[] {
  if (!body) return []
  return named(body).flatMap((item): Member[] => {
    const parts = named(item)
    const name = parts[0]?.text ?? ''
    if (item.type === 'attribute') {
      const value = parts[1]
      const inner = value ? objectOf(value) : undefined
      return [
        {
          kind: 'attribute',
          name,
          labels: [],
          node: item,
          ...(value ? { value } : {}),
          ...(inner ? { inner } : {})
        }
      ]
    }
    if (item.type !== 'block') return []
    const labels = parts
      .slice(1)
      .filter((part) => part.type === 'string_lit' || part.type === 'identifier')
    return [
      {
        kind: 'block',
        name,
        labels: labels.map(labelText),
        node: item,
        inner: blockContainer(item)
      }
    ]
  })
}

function blockContainer(block: Node): Container {
  const parts = named(block)
  const start = parts.find((part) => part.type === 'block_start')
  const end = parts.find((part) => part.type === 'block_end')
  const body = parts.find((part) => part.type === 'body')
  return {
    kind: 'block',
    open: start?.startIndex ?? block.startIndex,
    close: end?.startIndex ?? block.endIndex - 1,
    members: bodyMembers(body)
  }
}

/** The object expression an expression is, if it is one. */
export function objectOf(expression: Node): Container | undefined {
  const object = unwrapExpression(expression)
  if (object?.type !== 'object') return undefined
  const parts = named(object)
  const start = parts.find((part) => part.type === 'object_start')
  const end = parts.find((part) => part.type === 'object_end')
  const members = parts
    .filter((part) => part.type === 'object_elem')
    .flatMap((elem): Member[] => {
      const [key, value] = named(elem)
      if (!key || !value) return []
      const name = keyName(key)
      if (name === undefined) return []
      const inner = objectOf(value)
      return [
        { kind: 'attribute', name, labels: [], node: elem, value, ...(inner ? { inner } : {}) }
      ]
    })
  return {
    kind: 'object',
    open: start?.startIndex ?? object.startIndex,
    close: end?.startIndex ?? object.endIndex - 1,
    members
  }
}

/** An object key: a bare name, or a string without interpolation. */
function keyName(key: Node): string | undefined {
  const inner = unwrapExpression(key)
  if (!inner) return undefined
  if (inner.type === 'variable_expr') return inner.text
  const value = literalOf(key)
  return typeof value === 'string' ? value : undefined
}

/** The top-level members of a file. */
export function fileMembers(root: Node): Member[] {
  return bodyMembers(named(root).find((child) => child.type === 'body'))
}

export function blockMembers(block: Member): Member[] {
  return block.inner?.members ?? []
}

/** The single meaningful child of an `expression` (or `collection_value`/`literal_value`). */
function unwrapExpression(node: Node): Node | undefined {
  let current: Node | undefined = node
  while (
    current &&
    (current.type === 'expression' ||
      current.type === 'collection_value' ||
      current.type === 'literal_value') &&
    named(current).length === 1
  )
    current = named(current)[0]
  return current
}

/** HCL string escapes (HCL native syntax spec, "Template Literals"). */
export function unescape(raw: string): string {
  return raw.replace(
    /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g,
    (match: string, escape: string | undefined) => {
      if (match === '$${') return '${'
      if (match === '%%{') return '%{'
      const code = escape ?? ''
      if (code === 'n') return '\n'
      if (code === 'r') return '\r'
      if (code === 't') return '\t'
      if (code === '"' || code === '\\') return code
      if (/^[uU]/.test(code)) return String.fromCodePoint(parseInt(code.slice(1), 16))
      return match
    }
  )
}

/** The raw literal text of a quoted template with no interpolation or directive. */
function templateText(node: Node): string | undefined {
  let text = ''
  for (const part of named(node)) {
    if (part.type === 'quoted_template_start' || part.type === 'quoted_template_end') continue
    if (part.type !== 'template_literal') return undefined
    text += part.text
  }
  return text
}

/** A value that needs no evaluation (literals, and objects/tuples of them), else undefined. */
export function literalOf(expression: Node): Value | undefined {
  const node = unwrapExpression(expression)
  if (!node) return undefined
  switch (node.type) {
    case 'numeric_lit':
      return Number(node.text)
    case 'bool_lit':
      return node.text === 'true'
    case 'null_lit':
      return null
    case 'string_lit':
    case 'quoted_template': {
      const raw = templateText(node)
      return raw === undefined ? undefined : unescape(raw)
    }
    case 'template_expr': {
      const template = named(node)[0]
      return template ? literalOf(template) : undefined
    }
    case 'heredoc_template':
      return heredocText(node)
    case 'tuple': {
      const items: Value[] = []
      for (const item of named(node).filter((part) => part.type === 'expression')) {
        const value = literalOf(item)
        if (value === undefined) return undefined
        items.push(value)
      }
      return items
    }
    case 'object': {
      const object = objectOf(node)
      if (!object) return undefined
      const result: Record<string, Value> = {}
      for (const member of object.members) {
        const value = member.value ? literalOf(member.value) : undefined
        if (value === undefined) return undefined
        result[member.name] = value
      }
      // An element whose key is not a plain name (an expression key) makes it not literal.
      return object.members.length === named(node).filter((p) => p.type === 'object_elem').length
        ? result
        : undefined
    }
    default:
      return undefined
  }
}

/** A heredoc without interpolation: its lines, `<<-` heredocs with the common indent removed. */
function heredocText(node: Node): string | undefined {
  const parts = named(node)
  if (
    parts.some(
      (part) => part.type === 'template_interpolation' || part.type === 'template_directive'
    )
  )
    return undefined
  const literal = parts
    .filter((part) => part.type === 'template_literal')
    .map((part) => part.text)
    .join('')
  if (!node.text.startsWith('<<-')) return literal
  const lines = literal.split('\n')
  const indent = Math.min(
    ...lines
      .filter((line) => line.trim() !== '')
      .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0)
  )
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n')
}

/** One step of a reference: `.name` or `[key]` with a literal key. */
export type Step = string | number

/**
 * A reference (`var.x`, `local.tls.role`, `aws_acmpca_certificate_authority.sc.arn`,
 * `local.x["k"]`) as its steps, or undefined for anything else. `"${var.x}"` is the same
 * reference (Terraform unwraps a template that is one interpolation).
 */
export function referenceOf(expression: Node): Step[] | undefined {
  const node = unwrapExpression(expression)
  if (!node) return undefined
  if (node.type === 'template_expr' || node.type === 'quoted_template') {
    const template = node.type === 'template_expr' ? named(node)[0] : node
    const parts = template ? named(template) : []
    const inner = parts.filter(
      (part) => part.type !== 'quoted_template_start' && part.type !== 'quoted_template_end'
    )
    const only = inner[0]
    if (inner.length !== 1 || only?.type !== 'template_interpolation') return undefined
    const body = named(only).find((part) => part.type === 'expression')
    return body ? referenceOf(body) : undefined
  }
  if (node.type !== 'expression') return undefined
  const [head, ...rest] = named(node)
  if (head?.type !== 'variable_expr') return undefined
  const steps: Step[] = [head.text]
  for (const step of rest) {
    if (step.type === 'get_attr') steps.push(named(step)[0]?.text ?? '')
    else if (step.type === 'index') {
      const key = named(named(step)[0] ?? step).find((part) => part.type === 'expression')
      const value = key ? literalOf(key) : undefined
      if (typeof value !== 'string' && typeof value !== 'number') return undefined
      steps.push(value)
    } else return undefined
  }
  return steps
}

/** Whether an expression calls a function, or is a `for`, a condition or an operation. */
export function isComputed(expression: Node): boolean {
  const node = unwrapExpression(expression)
  if (!node) return false
  if (['function_call', 'for_expr', 'conditional', 'operation', 'splat'].includes(node.type))
    return true
  return (
    node.descendantsOfType(['function_call', 'for_tuple_expr', 'for_object_expr', 'conditional'])
      .length > 0
  )
}

/** The source text of an expression with runs of whitespace made one space. */
export const expressionText = (expression: Node): string =>
  expression.text.replace(/\s+/g, ' ').trim()

/** The first syntax error in the tree, as a 0-based offset, or undefined. */
export function firstError(root: Node): { offset: number; missing?: string } | undefined {
  if (!root.hasError) return undefined
  const visit = (node: Node): { offset: number; missing?: string } | undefined => {
    if (node.isMissing) return { offset: node.startIndex, missing: node.type }
    if (node.type === 'ERROR') return { offset: node.startIndex }
    for (const child of node.children) {
      if (child.hasError || child.isMissing) {
        const found = visit(child)
        if (found) return found
      }
    }
    return undefined
  }
  return visit(root) ?? { offset: root.startIndex }
}
