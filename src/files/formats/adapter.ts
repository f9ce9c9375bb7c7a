/**
 * The one interface every service definition format implements. An adapter detects its files,
 * lists their services as the ECS API would describe them, and edits TLS members as text; it
 * never decides anything: the plan and the checks run on what it read, whatever the format.
 */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import type { Finding } from '../../model/findings.js'
import type { TlsView } from '../../model/plan.js'

/** A file an adapter reads: its path as reported (relative to the workspace) and its text. */
export interface SourceText {
  path: string
  text: string
}

/** One service found in a file. `entries[i]` is where `config.services[i]` is, for edits. */
export interface AdaptedService<Handle> {
  /** The service name if literal, else the address or logical ID. */
  name: string
  /** What the `service` input may select it by. */
  selectors: string[]
  /** For messages: the resource address or path, e.g. aws_ecs_service.orders. */
  where: string
  /** 1-based line of the resource (annotations). */
  line?: number
  /** Values as compared: literal, resolved, or expression text. */
  config: ServiceConnectConfiguration
  deploymentController?: string
  entries: { handle: Handle; line?: number }[]
  /** Why it cannot be checked offline (nothing else is done with it). */
  unreadable?: string
  /** Notices about how it was read (with `line` where known). */
  notes: Finding[]
}

/** One TLS change: the entry, its TLS as read, the TLS it must carry. Change only what differs. */
export interface TlsEdit<Handle> {
  entry: Handle
  before?: TlsView
  after: TlsView
}

export interface FormatAdapter<Handle = unknown> {
  id: string
  label: string
  /** Cheap: whether this adapter reads the file (by extension and/or content). */
  detect(file: SourceText): boolean
  /**
   * Every Service Connect service in the file (client-only ones too). `others`: the other files
   * of the same folder (a Terraform module: variables, tfvars, locals). Throws a FormatError
   * (with line and column) for a file it cannot parse.
   */
  read(file: SourceText, others: () => Promise<SourceText[]>): Promise<AdaptedService<Handle>[]>
  /** The new text with the edits applied, every other byte kept; absent when read-only. */
  edit?(file: SourceText, edits: TlsEdit<Handle>[]): string
}

export class FormatError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(`${path}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problem}`)
    this.name = 'FormatError'
  }
}
