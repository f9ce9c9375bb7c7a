/**
 * YAML files (CloudFormation templates): parsed with the `yaml` package, whose nodes carry
 * their source ranges. A new member is inserted as text at the end of its map, at the column
 * of that map's keys; re-serialising the parsed document would rewrite most lines of a real
 * template, so it is never done. Short-form intrinsic tags (`!Ref`, `!GetAtt`, ...) are read
 * as their long form (`{"Ref": ...}`) and left in the file as written.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  stringify,
  type Document
} from 'yaml'
import type { Path } from './formats/format.js'
import { SyntaxProblem } from './json-syntax.js'
import { lineEnd, type TextStyle } from './text.js'

function parse(text: string, lineCounter?: LineCounter): Document.Parsed {
  return parseDocument(text, lineCounter ? { lineCounter } : {})
}

/** Plain data, each local tag (`!Ref x`) as its CloudFormation long form (`{"Ref": "x"}`). */
function toValue(node: unknown, doc: Document.Parsed): unknown {
  let value: unknown
  if (isAlias(node)) return toValue(node.resolve(doc), doc)
  if (isMap(node)) {
    value = Object.fromEntries(
      node.items.map((pair) => [
        String(isScalar(pair.key) ? pair.key.value : pair.key),
        toValue(pair.value, doc)
      ])
    )
  } else if (isSeq(node)) value = node.items.map((item) => toValue(item, doc))
  else if (isScalar(node)) value = node.value
  else value = null
  const tag = isMap(node) || isSeq(node) || isScalar(node) ? node.tag : undefined
  if (tag?.startsWith('!') && !tag.startsWith('!!')) {
    const name = tag.slice(1)
    return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: value }
  }
  return value
}

export function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter()
  const doc = parse(text, lineCounter)
  const [first] = doc.errors
  if (first) {
    const at = first.linePos?.[0]
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    throw new SyntaxProblem(`not valid YAML: ${message}${where}`)
  }
  return toValue(doc.contents, doc)
}

type Range = [number, number, number]

/** Where the line that ends a pair ends. */
function pairEnd(text: string, pair: Pair): number {
  const node = (pair.value ?? pair.key) as { range?: Range | null }
  let end = node.range?.[1] ?? 0
  // A block collection's range takes in the newline after its last line.
  if (end > 0 && text[end - 1] === '\n') end -= 1
  return lineEnd(text, end)
}

function rangeOf(node: unknown): Range {
  const range = (node as { range?: Range | null }).range
  if (!range) throw new Error('a YAML node without a source range')
  return range
}

/** The text with `key` set to `value` in the map at `path`; nothing else changes. */
export function setYamlMember(
  text: string,
  path: Path,
  key: string,
  value: unknown,
  style: TextStyle
): string {
  const doc = parse(text)
  const map = doc.getIn(path, true) as Node | undefined
  if (!isMap(map) || map.items.length === 0)
    throw new Error(`no YAML map at ${path.join('.') || 'the top'}`)
  const existing = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
  const last = map.items[map.items.length - 1] as Pair
  const splice = (from: number, to: number, content: string): string =>
    `${text.slice(0, from)}${content}${text.slice(to)}`
  if (map.flow) {
    const flow = `${key}: ${stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}`
    if (existing) return splice(rangeOf(existing.key)[0], rangeOf(existing.value)[1], flow)
    const end = rangeOf(last.value ?? last.key)[1]
    return splice(end, end, `, ${flow}`)
  }
  const firstKey = rangeOf(map.items[0]?.key)[0]
  const column = firstKey - (text.lastIndexOf('\n', firstKey - 1) + 1)
  const indent = ' '.repeat(column)
  const lines = stringify({ [key]: value }, { indent: style.unit.length || 2, lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .join(`${style.eol}${indent}`)
  if (existing) return splice(rangeOf(existing.key)[0], pairEnd(text, existing), lines)
  const end = pairEnd(text, last)
  return splice(end, end, `${style.eol}${indent}${lines}`)
}

/** The text without `key` in the map at `path` (its whole lines in a block map); nothing else changes. */
export function removeYamlMember(text: string, path: Path, key: string): string {
  const doc = parse(text)
  const map = doc.getIn(path, true) as Node | undefined
  if (!isMap(map)) return text
  const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key)
  const pair = map.items[index]
  if (!pair) return text
  const from = rangeOf(pair.key)[0]
  if (map.flow) {
    const to = rangeOf(pair.value ?? pair.key)[1]
    // Take the comma before it, or the one after it when it is the first member.
    const before = text.slice(0, from).search(/,\s*$/)
    if (index > 0 && before !== -1) return `${text.slice(0, before)}${text.slice(to)}`
    const after = /^\s*,\s*/.exec(text.slice(to))?.[0].length ?? 0
    return `${text.slice(0, from)}${text.slice(to + after)}`
  }
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  const end = pairEnd(text, pair)
  const next = text.indexOf('\n', end)
  return `${text.slice(0, lineStart)}${next === -1 ? '' : text.slice(next + 1)}`
}
