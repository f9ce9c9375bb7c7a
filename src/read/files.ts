/**
 * File mode's read: the files `service-definition` names, each read by the adapter of its
 * format into the same facts a live read produces (services as DescribeServices would show
 * them, ports, current TLS). No AWS call; nothing is judged here.
 */
import type { Service } from '@aws-sdk/client-ecs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Inputs } from '../inputs/inputs.js'
import type { Facts, Target } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import { errorText } from '../util/errors.js'
import {
  type AdaptedService,
  type FormatAdapter,
  FormatError,
  type SourceText
} from '../files/formats/adapter.js'
import { displayPath, expandSources, type Sources } from '../files/sources.js'
import { DefinitionError, parseDefinition, STRUCTURED_ADAPTERS } from '../files/structured.js'
import { splitStyle } from '../files/text.js'
import { resolveTarget } from './target.js'

/** One file as read: its adapter and services, or why it cannot be used. */
export interface FileRead {
  /** The absolute path. */
  path: string
  /** The path as reported: relative to the workspace when inside it. */
  display: string
  /** The text without its byte order mark, under its display path. */
  source: SourceText
  bom: string
  adapter?: FormatAdapter
  services: AdaptedService<unknown>[]
  /** Why the file cannot be used (unreadable, not valid, not a format this action reads). */
  problem?: string
}

/** The other files of a file's folder that a format may resolve values from. */
function neighbours(path: string, base: string): () => Promise<SourceText[]> {
  return async () => {
    const folder = dirname(path)
    const names = (await readdir(folder)).filter(
      (name) => /\.(tf|tfvars)$/i.test(name) && join(folder, name) !== path
    )
    return Promise.all(
      names.map(async (name) => ({
        path: displayPath(join(folder, name), base),
        text: await readFile(join(folder, name), 'utf8')
      }))
    )
  }
}

/** The adapter for a file: by extension for Terraform sources, else by the JSON/YAML it holds. */
function adapterFor(source: SourceText): Promise<FormatAdapter> {
  const format = parseDefinition(source.path, source.text).format
  const adapter = STRUCTURED_ADAPTERS.get(format.id)
  if (!adapter) throw new DefinitionError(source.path, `has no adapter for ${format.label}`)
  return Promise.resolve(adapter)
}

async function readOne(path: string, base: string): Promise<FileRead> {
  const display = displayPath(path, base)
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    const problem = new DefinitionError(display, `cannot be read (${errorText(error)})`).message
    return { path, display, source: { path: display, text: '' }, bom: '', services: [], problem }
  }
  const { text, style } = splitStyle(raw)
  const source = { path: display, text }
  const file = { path, display, source, bom: style.bom }
  try {
    const adapter = await adapterFor(source)
    return { ...file, adapter, services: await adapter.read(source, neighbours(path, base)) }
  } catch (error) {
    if (error instanceof DefinitionError) return { ...file, services: [], problem: error.message }
    if (error instanceof FormatError)
      return { ...file, services: [], problem: new DefinitionError(display, error.message).message }
    throw error
  }
}

export async function readDefinitionFiles(
  patterns: readonly string[],
  base: string
): Promise<{ sources: Sources; files: FileRead[] }> {
  const sources = await expandSources(patterns, base)
  const files: FileRead[] = []
  for (const path of sources.files) files.push(await readOne(path, base))
  return { sources, files }
}

/** Whether the `service` input selects this service of a file (no names: every service). */
export function isSelected(service: AdaptedService<unknown>, inputs: Inputs): boolean {
  const selection = inputs.services
  return selection.all || selection.names.length === 0
    ? true
    : service.selectors.some((name) => selection.names.includes(name))
}

/** The service as ECS would describe it, so the live target logic applies to it unchanged. */
function asTarget(service: AdaptedService<unknown>, portNames: readonly string[]): Target {
  if (service.unreadable !== undefined)
    return { ok: false, name: service.name, code: 'no-service-entries', reason: service.unreadable }
  const described: Service = {
    serviceName: service.name,
    status: 'ACTIVE',
    deployments: [{ status: 'PRIMARY', serviceConnectConfiguration: service.config }],
    ...(service.deploymentController
      ? { deploymentController: { type: service.deploymentController as 'ECS' } }
      : {})
  }
  return resolveTarget({ name: service.name, service: described }, '', portNames)
}

/** A client-only service: Service Connect on, but no endpoint to put TLS on. */
const clientOnly = (service: AdaptedService<unknown>): boolean =>
  service.unreadable === undefined &&
  service.config.enabled === true &&
  (service.config.services ?? []).length === 0

/** The selected services of one file as facts, and notices about the ones skipped. */
export function fileFacts(
  file: FileRead,
  inputs: Inputs
): { facts: Facts; services: AdaptedService<unknown>[]; notices: Finding[]; chosen: number } {
  const chosen = file.services.filter((service) => isSelected(service, inputs))
  // As with `service: '*'` live, a client-only service is skipped unless it was asked for by
  // name; then, as live, it is a service with no endpoint to put TLS on.
  const named = !inputs.services.all && inputs.services.names.length > 0
  const skipped = (service: AdaptedService<unknown>): boolean => !named && clientOnly(service)
  const notices: Finding[] = chosen.filter(skipped).map((service) => ({
    severity: 'notice',
    code: 'client-only',
    file: file.display,
    service: service.name,
    message: `${service.where} uses Service Connect as a client only (no services entries): nothing to put TLS on, skipped`
  }))
  const services = chosen.filter((service) => !skipped(service))
  return {
    facts: { targets: services.map((service) => asTarget(service, inputs.portNames)), shared: {} },
    services,
    notices,
    chosen: chosen.length
  }
}
