/**
 * The JSON and YAML formats (create-service input, bare Service Connect configuration,
 * CloudFormation JSON/YAML, Terraform plan JSON), each as a format adapter: the file is parsed
 * with a parser that keeps offsets, its format detected (./formats), and TLS changes written
 * back as edits of the members that change, so every other byte of the file stays as it was.
 */
import { basename, extname } from 'node:path'
import type { TlsView } from '../model/plan.js'
import type { FormatAdapter, SourceText, TlsEdit } from './formats/adapter.js'
import { FORMATS, ACCEPTED_FORMATS, detectFormat } from './formats/index.js'
import {
  type FileService,
  type Format,
  isObject,
  type Path,
  type TlsKeys
} from './formats/format.js'
import { parseJson, removeJsonMember, setJsonMember, SyntaxProblem } from './json-syntax.js'
import { splitStyle, type TextStyle } from './text.js'
import { parseYaml, removeYamlMember, setYamlMember } from './yaml-syntax.js'

export class DefinitionError extends Error {
  constructor(path: string, problem: string) {
    super(`Service definition file "${path}": ${problem}`)
    this.name = 'DefinitionError'
  }
}

type Syntax = 'JSON' | 'YAML'

/** A file as read: its text without BOM, how it writes lines, and what it holds. */
export interface ParsedFile {
  syntax: Syntax
  style: TextStyle
  text: string
  format: Format
  services: FileService[]
}

function syntaxOf(path: string, text: string): Syntax {
  if (/\.ya?ml$/i.test(path)) return 'YAML'
  return /^\s*[{[]/.test(text) || /\.json$/i.test(path) ? 'JSON' : 'YAML'
}

function describeTop(top: unknown): string {
  if (Array.isArray(top)) return 'a list'
  if (!isObject(top)) return top === undefined || top === null ? 'nothing' : `a ${typeof top}`
  const keys = Object.keys(top)
  if (keys.length === 0) return 'an empty object'
  const shown = keys.slice(0, 12).map((key) => `"${key}"`)
  return `the keys ${shown.join(', ')}${keys.length > shown.length ? ', ...' : ''}`
}

/** Reads a file's text; throws DefinitionError with line and column for a file it cannot use. */
export function parseDefinition(path: string, raw: string): ParsedFile {
  const { text, style } = splitStyle(raw)
  const syntax = syntaxOf(path, text)
  let top: unknown
  try {
    top = syntax === 'JSON' ? parseJson(text) : parseYaml(text)
  } catch (error) {
    if (error instanceof SyntaxProblem) throw new DefinitionError(path, error.message)
    throw error
  }
  const format = isObject(top) ? detectFormat(top) : undefined
  if (!isObject(top) || !format)
    throw new DefinitionError(
      path,
      `is not a format this action reads. It accepts ${ACCEPTED_FORMATS}; this ${syntax} file has ${describeTop(top)} at its top level`
    )
  const fallbackName = basename(path, extname(path))
  return { syntax, style, text, format, services: format.services(top, fallbackName) }
}

/** A TLS block as `keys` spell it, for an entry that has none yet. */
function blockOf(tls: TlsView, keys: TlsKeys): Record<string, unknown> {
  return {
    [keys.issuer]: { [keys.caArn]: tls.caArn },
    ...(tls.kmsKey ? { [keys.kmsKey]: tls.kmsKey } : {}),
    ...(tls.roleArn ? { [keys.roleArn]: tls.roleArn } : {})
  }
}

/**
 * The text with each edit made member by member: a new TLS block where there was none; else
 * only the CA, key or role that differ is set (or removed), so a kept customer key stays as
 * written and a new role is one changed line.
 */
export function editTls(file: ParsedFile, edits: readonly TlsEdit<Path>[]): string {
  const keys = file.format.keys
  const json = file.syntax === 'JSON'
  const set = (text: string, path: Path, key: string, value: unknown): string =>
    json
      ? setJsonMember(text, path, key, value, file.style)
      : setYamlMember(text, path, key, value, file.style)
  const remove = (text: string, path: Path, key: string): string =>
    json ? removeJsonMember(text, [...path, key]) : removeYamlMember(text, path, key)
  const member = (text: string, path: Path, key: string, value: string | undefined): string =>
    value ? set(text, path, key, value) : remove(text, path, key)
  let text = file.text
  for (const { entry, before, after } of edits) {
    if (!before) {
      text = set(text, entry, keys.tls, blockOf(after, keys))
      continue
    }
    const tls = [...entry, keys.tls]
    if (before.caArn !== after.caArn)
      text = before.caArn
        ? set(text, [...tls, keys.issuer], keys.caArn, after.caArn)
        : set(text, tls, keys.issuer, { [keys.caArn]: after.caArn })
    if ((before.kmsKey ?? '') !== (after.kmsKey ?? ''))
      text = member(text, tls, keys.kmsKey, after.kmsKey)
    if ((before.roleArn ?? '') !== (after.roleArn ?? ''))
      text = member(text, tls, keys.roleArn, after.roleArn)
  }
  return text
}

/** Each JSON/YAML format as an adapter; `parseDefinition` picks the one a file is in. */
function adapterOf(format: Format): FormatAdapter<Path> {
  const parsed = (file: SourceText): ParsedFile => parseDefinition(file.path, file.text)
  return {
    id: format.id,
    label: format.label,
    detect(file) {
      try {
        return parsed(file).format === format
      } catch {
        return false
      }
    },
    read: (file) =>
      Promise.resolve(
        parsed(file).services.map((service) => ({
          name: service.name,
          selectors: service.selectors,
          where: service.where,
          config: service.config,
          ...(service.deploymentController
            ? { deploymentController: service.deploymentController }
            : {}),
          entries: service.entryPaths.map((handle) => ({ handle })),
          ...(service.unreadable !== undefined ? { unreadable: service.unreadable } : {}),
          notes: service.notes
        }))
      ),
    ...(format.writable
      ? { edit: (file: SourceText, edits: TlsEdit<Path>[]) => editTls(parsed(file), edits) }
      : {})
  }
}

export const STRUCTURED_ADAPTERS: ReadonlyMap<string, FormatAdapter<Path>> = new Map(
  FORMATS.map((format) => [format.id, adapterOf(format)])
)

/** What a file of this format holds when it lists no service: for the error that says so. */
export function nothingFound(formatId: string): string {
  return formatId === 'cloudformation'
    ? 'has no AWS::ECS::Service resource with a ServiceConnectConfiguration'
    : formatId === 'terraform-plan'
      ? 'has no aws_ecs_service in resource_changes with a service_connect_configuration after the change'
      : 'has no Service Connect configuration'
}
