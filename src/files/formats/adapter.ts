import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import type { Finding } from '../../checks/findings.js'
import type { TlsView } from '../../plan/service-connect.js'

/** A file an adapter reads: its path as reported (relative to the workspace) and its text. */
export interface SourceText {
  path: string
  text: string
}

/** One service found in a file. `entries[i]` is where `config.services[i]` is, for edits. */
export interface AdaptedService<Handle> {
  name: string // service name if literal, else the address/logical id
  selectors: string[] // what the `service` input may select it by
  where: string // for messages: the resource address, e.g. aws_ecs_service.orders
  line?: number // 1-based line of the resource (annotations)
  config: ServiceConnectConfiguration // values as compared: literal, resolved, or expression text
  deploymentController?: string
  entries: { handle: Handle; line?: number }[]
  unreadable?: string // why it cannot be checked offline (nothing else is done with it)
  notes: Finding[] // notices about how it was read (set `line` on them where known)
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
  /** Every Service Connect service in the file (client-only ones too). `others`: the other files of the same folder (a Terraform module: variables, tfvars, locals). Throws a FormatError (with line/column) for a file it cannot parse. */
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
