/**
 * JSON files: parsed with `jsonc-parser`, which keeps every node's offset, and changed with
 * its `modify` / `applyEdits`, so only the bytes of the member that is set change. The new
 * member is laid out the way its object is: on its own lines with the file's indentation, or
 * on the same line when the object is written inline.
 */
import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode
} from 'jsonc-parser'
import type { Path } from './formats/format.js'
import { indentAt, lineAndColumn, sameLine, type TextStyle } from './text.js'

export class SyntaxProblem extends Error {}

export function parseJson(text: string): unknown {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  const [first] = errors
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset)
    throw new SyntaxProblem(
      `not valid JSON: ${printParseErrorCode(first.error)} at line ${line}, column ${column}`
    )
  }
  return root ? (getNodeValue(root) as unknown) : undefined
}

function inline(value: unknown, spaced: boolean): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return JSON.stringify(value)
  const members = Object.entries(value).map(
    ([key, member]) => `${JSON.stringify(key)}:${spaced ? ' ' : ''}${inline(member, spaced)}`
  )
  return spaced ? `{ ${members.join(', ')} }` : `{${members.join(',')}}`
}

function block(value: unknown, indent: string, style: TextStyle): string {
  return JSON.stringify(value, null, style.unit).split('\n').join(`${style.eol}${indent}`)
}

/** The text with `key` set to `value` in the object at `path`; nothing else changes. */
export function setJsonMember(
  text: string,
  path: Path,
  key: string,
  value: unknown,
  style: TextStyle
): string {
  const root = parseTree(text)
  const object: Node | undefined = root ? findNodeAtLocation(root, path) : undefined
  if (!root || object?.type !== 'object')
    throw new Error(`no JSON object at ${path.join('.') || 'the top'}`)
  // No formatting options: jsonc-parser would reformat the whole line around the change
  // (expanding inline arrays); the value is laid out below instead.
  const [edit, ...more] = modify(text, [...path, key], value, {})
  if (!edit || more.length > 0) throw new Error(`cannot set ${key} at ${path.join('.')}`)
  const objectInline = sameLine(text, object.offset, object.offset + object.length)
  const spaced = /^\{\s/.test(text.slice(object.offset))
  const existing = findNodeAtLocation(root, [...path, key])
  let content: string
  if (existing) {
    content = objectInline
      ? inline(value, spaced)
      : block(value, indentAt(text, existing.offset), style)
  } else {
    const comma = edit.content.startsWith(',') ? ',' : ''
    const firstMember = object.children?.[0]
    const indent = firstMember
      ? indentAt(text, firstMember.offset)
      : `${indentAt(text, object.offset)}${style.unit}`
    content = objectInline
      ? `${comma} ${JSON.stringify(key)}:${spaced ? ' ' : ''}${inline(value, spaced)}`
      : `${comma}${style.eol}${indent}${JSON.stringify(key)}: ${block(value, indent, style)}`
  }
  return applyEdits(text, [{ ...edit, content }])
}

/** The text without the member at `path` (its key and value, and the comma it needs no more). */
export function removeJsonMember(text: string, path: Path): string {
  const root = parseTree(text)
  if (!root || !findNodeAtLocation(root, path)) return text
  return applyEdits(text, modify(text, path, undefined, {}))
}
