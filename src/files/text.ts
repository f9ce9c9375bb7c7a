/**
 * Pure helpers about a file's text that every format shares: BOM, line endings, indentation,
 * and turning an offset into "line L, column C" for error messages.
 */

export interface TextStyle {
  /** The byte order mark the file started with ('' when none); kept when the file is written. */
  bom: string
  eol: '\n' | '\r\n'
  /** One level of indentation as the file writes it: spaces or a tab. */
  unit: string
}

const BOM = '\uFEFF'

/** The text without its BOM, and how the file writes line ends and indentation. */
export function splitStyle(raw: string): { text: string; style: TextStyle } {
  const bom = raw.startsWith(BOM) ? BOM : ''
  const text = raw.slice(bom.length)
  const crlf = (text.match(/\r\n/g) ?? []).length
  const lf = (text.match(/\n/g) ?? []).length - crlf
  const indented = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  '
  const unit = indented.startsWith('\t') ? '\t' : indented
  return { text, style: { bom, eol: crlf > lf ? '\r\n' : '\n', unit } }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}

/** The leading whitespace of the line that holds `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? ''
}

/** The offset of the end of the line that holds `offset` (before its \r\n or \n). */
export function lineEnd(text: string, offset: number): number {
  let end = text.indexOf('\n', offset)
  if (end === -1) end = text.length
  if (end > 0 && text[end - 1] === '\r') end--
  return end
}

export function sameLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n')
}
