/**
 * TLS edits of a .tf file as text splices: a missing `tls` is added as the last member of its
 * `service` (laid out as `terraform fmt` does: two spaces a level, `=` aligned among adjacent
 * one-line attributes); an existing one has only the attributes that differ changed, added or
 * removed. Every other byte, line endings included, is kept.
 */
import type { TlsEdit } from '../formats/adapter.js'
import { splitStyle } from '../text.js'
import { renderValue } from './expression.js'
import type { Container, Member } from './hcl.js'
import type { TfHandle } from './read.js'
import type { TlsView } from '../../model/plan.js'

interface Splice {
  start: number
  end: number
  text: string
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1

const indentAt = (text: string, offset: number): string =>
  /^[ \t]*/.exec(text.slice(lineStart(text, offset)))?.[0] ?? ''

/** Whether only whitespace is before `offset` on its line. */
const firstOnLine = (text: string, offset: number): boolean =>
  text.slice(lineStart(text, offset), offset).trim() === ''

/** The offset just after the line ending that follows `offset`. */
function afterLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end + 1
}

/** The indent of members of `container`: an existing member's, else one level in. */
function memberIndent(text: string, container: Container): string {
  const first = container.members[0]
  if (first && firstOnLine(text, first.node.startIndex))
    return indentAt(text, first.node.startIndex)
  return `${indentAt(text, container.open)}  `
}

/** A one-line attribute's `=` column (from its line start), for alignment. */
function equalsColumn(text: string, member: Member | undefined): number | undefined {
  if (member?.kind !== 'attribute' || !member.value) return undefined
  if (!firstOnLine(text, member.node.startIndex)) return undefined
  if (text.slice(member.node.startIndex, member.node.endIndex).includes('\n')) return undefined
  if (member.inner) return undefined
  const start = lineStart(text, member.node.startIndex)
  const equals = text.indexOf('=', member.node.startIndex + member.name.length)
  return equals === -1 ? undefined : equals - start
}

/** `name = value` padded to the neighbour's `=` column when that column is wider. */
function attributeLine(indent: string, name: string, value: string, align?: number): string {
  const pad = Math.max(1, (align ?? 0) - indent.length - name.length)
  return `${indent}${name}${' '.repeat(pad)}= ${renderValue(value)}`
}

/** The lines of a whole `tls` member. */
function tlsLines(form: TfHandle['form'], tls: TlsView, indent: string): string[] {
  const open = form === 'block' ? ' {' : ' = {'
  const attrs: [string, string][] = [
    ...(tls.kmsKey ? [['kms_key', tls.kmsKey] as [string, string]] : []),
    ...(tls.roleArn ? [['role_arn', tls.roleArn] as [string, string]] : [])
  ]
  const width = Math.max(0, ...attrs.map(([name]) => name.length))
  return [
    `${indent}tls${open}`,
    `${indent}  issuer_cert_authority${open}`,
    `${indent}    aws_pca_authority_arn = ${renderValue(tls.caArn)}`,
    `${indent}  }`,
    ...attrs.map(([name, value]) =>
      attributeLine(`${indent}  `, name, value, indent.length + 2 + width + 1)
    ),
    `${indent}}`
  ]
}

/** Lines inserted before the line that holds `container`'s closing brace. */
function appendLines(text: string, container: Container, lines: string[], eol: string): Splice {
  if (!firstOnLine(text, container.close))
    throw new Error('a one-line block or object cannot take new lines')
  const at = lineStart(text, container.close)
  return { start: at, end: at, text: lines.map((line) => `${line}${eol}`).join('') }
}

/**
 * `service { port_name = "x" }` with a tls block: HCL's one-line block holds one attribute at
 * most, so the block is laid out on lines, its attribute first, then the tls block.
 */
function expandBlock(text: string, container: Container, tls: TlsView, eol: string): Splice {
  const outer = indentAt(text, container.open)
  const inner = `${outer}  `
  const lines = [
    ...container.members.map((member) => `${inner}${member.node.text}`),
    ...tlsLines('block', tls, inner)
  ]
  return {
    start: container.open,
    end: container.close + 1,
    text: `{${eol}${lines.join(eol)}${eol}${outer}}`
  }
}

/** A member added to a one-line object: `{ a = 1 }` becomes `{ a = 1, tls = { ... } }`. */
function appendInline(text: string, container: Container, member: string): Splice {
  const last = container.members[container.members.length - 1]
  const at = last ? last.node.endIndex : container.open + 1
  const comma = last && !/^\s*,/.test(text.slice(at, container.close)) ? ', ' : ' '
  return { start: at, end: at, text: `${comma}${member}` }
}

function inlineTls(tls: TlsView): string {
  const parts = [
    `issuer_cert_authority = { aws_pca_authority_arn = ${renderValue(tls.caArn)} }`,
    ...(tls.kmsKey ? [`kms_key = ${renderValue(tls.kmsKey)}`] : []),
    ...(tls.roleArn ? [`role_arn = ${renderValue(tls.roleArn)}`] : [])
  ]
  return `tls = { ${parts.join(', ')} }`
}

const oneLine = (text: string, container: Container): boolean =>
  !text.slice(container.open, container.close).includes('\n')

function findMember(container: Container | undefined, name: string): Member | undefined {
  return container?.members.find((member) => member.name === name)
}

/** Replace one attribute's value, or remove the attribute (its whole line when alone on it). */
function setAttribute(text: string, member: Member, value: string | undefined): Splice {
  const node = member.value ?? member.node
  if (value !== undefined)
    return { start: node.startIndex, end: node.endIndex, text: renderValue(value) }
  const start = member.node.startIndex
  const end = member.node.endIndex
  const alone = firstOnLine(text, start) && text.slice(end, afterLine(text, end)).trim() === ''
  return alone
    ? { start: lineStart(text, start), end: afterLine(text, end), text: '' }
    : { start, end, text: '' }
}

/** A new attribute line in `container`: before `before` if given, else as its last member. */
function addAttribute(
  text: string,
  container: Container,
  name: string,
  value: string,
  eol: string,
  before?: Member
): Splice {
  if (oneLine(text, container))
    return appendInline(text, container, `${name} = ${renderValue(value)}`)
  const indent = memberIndent(text, container)
  const neighbour = before ?? container.members[container.members.length - 1]
  const line = attributeLine(indent, name, value, equalsColumn(text, neighbour))
  if (before && firstOnLine(text, before.node.startIndex)) {
    const at = lineStart(text, before.node.startIndex)
    return { start: at, end: at, text: `${line}${eol}` }
  }
  return appendLines(text, container, [line], eol)
}

function editOne(text: string, edit: TlsEdit<TfHandle>, eol: string): Splice[] {
  const { entry, after } = edit
  if (entry.readOnly) throw new Error(entry.readOnly)
  const form = entry.form
  const tls = entry.tls?.inner
  if (!entry.tls || !tls) {
    if (oneLine(text, entry.service)) {
      if (form === 'block') return [expandBlock(text, entry.service, after, eol)]
      return [appendInline(text, entry.service, inlineTls(after))]
    }
    return [
      appendLines(
        text,
        entry.service,
        tlsLines(form, after, memberIndent(text, entry.service)),
        eol
      )
    ]
  }
  if (oneLine(text, tls)) {
    // A one-line tls: rewritten whole (block syntax has no one-line form for nested blocks).
    // For `tls = { ... }` only the object is replaced: the name and its `=` spacing stay.
    const member = entry.tls.node
    const value = form === 'object' ? entry.tls.value : undefined
    const target = value ?? member
    const lines = tlsLines(form, after, indentAt(text, member.startIndex)).join(eol).trimStart()
    const replacement =
      form === 'object' && oneLine(text, entry.service)
        ? inlineTls(after).slice('tls = '.length)
        : value
          ? lines.slice('tls = '.length)
          : lines
    return [{ start: target.startIndex, end: target.endIndex, text: replacement }]
  }
  const before = edit.before
  const splices: Splice[] = []
  const issuer = findMember(tls, 'issuer_cert_authority')
  const ca = findMember(issuer?.inner, 'aws_pca_authority_arn')
  if (before?.caArn !== after.caArn || !ca) {
    if (ca) splices.push(setAttribute(text, ca, after.caArn))
    else if (issuer?.inner)
      splices.push(addAttribute(text, issuer.inner, 'aws_pca_authority_arn', after.caArn, eol))
    else if (oneLine(text, tls))
      splices.push(
        appendInline(
          text,
          tls,
          `issuer_cert_authority = { aws_pca_authority_arn = ${renderValue(after.caArn)} }`
        )
      )
    else {
      // A new issuer block goes first, where terraform fmt output of a full block has it.
      const indent = memberIndent(text, tls)
      const open = form === 'block' ? ' {' : ' = {'
      const at = afterLine(text, tls.open)
      const lines = [
        `${indent}issuer_cert_authority${open}`,
        `${indent}  aws_pca_authority_arn = ${renderValue(after.caArn)}`,
        `${indent}}`
      ]
      splices.push({ start: at, end: at, text: lines.map((line) => `${line}${eol}`).join('') })
    }
  }
  const kms = findMember(tls, 'kms_key')
  const role = findMember(tls, 'role_arn')
  if (!kms && !role && after.kmsKey && after.roleArn && !oneLine(text, tls)) {
    // Both new: one group, `=` aligned as terraform fmt aligns adjacent attributes.
    const indent = memberIndent(text, tls)
    const align = indent.length + 'role_arn'.length + 1
    splices.push(
      appendLines(
        text,
        tls,
        [
          attributeLine(indent, 'kms_key', after.kmsKey, align),
          attributeLine(indent, 'role_arn', after.roleArn, align)
        ],
        eol
      )
    )
    return splices
  }
  if ((before?.kmsKey ?? '') !== (after.kmsKey ?? '') || (after.kmsKey && !kms)) {
    if (kms) splices.push(setAttribute(text, kms, after.kmsKey))
    else if (after.kmsKey) splices.push(addAttribute(text, tls, 'kms_key', after.kmsKey, eol, role))
  }
  if ((before?.roleArn ?? '') !== (after.roleArn ?? '') || (after.roleArn && !role)) {
    if (role) splices.push(setAttribute(text, role, after.roleArn))
    else if (after.roleArn) splices.push(addAttribute(text, tls, 'role_arn', after.roleArn, eol))
  }
  return splices
}

/** The text with every edit applied; splices go from the end so offsets stay valid. */
export function applyEdits(text: string, edits: TlsEdit<TfHandle>[]): string {
  const eol = splitStyle(text).style.eol
  const splices = edits.flatMap((edit) => editOne(text, edit, eol))
  // Two inserts at one offset keep their order: the later-listed goes after.
  const ordered = splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => b.splice.start - a.splice.start || b.index - a.index)
  let result = text
  for (const { splice } of ordered)
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end)
  return result
}
