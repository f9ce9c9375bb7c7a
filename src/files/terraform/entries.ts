/**
 * What reading a resource and reading a module call share: where an entry is (for the edits),
 * how a value is read (literal, resolved, or a reference kept as text), how one Service Connect
 * `service` entry maps to the ECS API's shape, and the "not checkable offline" rule.
 */
import type { ServiceConnectService } from '@aws-sdk/client-ecs'
import type { AdaptedService } from '../formats/adapter.js'
import { type Container, expressionText, isComputed, literalOf, type Member } from './hcl.js'
import type { Node } from './parser.js'
import type { Scope } from './scope.js'
import type { Finding } from '../../model/findings.js'

/** Where one Service Connect `service` entry is, for the edits. */
export interface TfHandle {
  /** `service { }` block (resource) or `{ }` object element (module variable). */
  form: 'block' | 'object'
  service: Container
  /** The existing `tls` member, if any. */
  tls?: Member
  /** Why this entry must not be edited (e.g. a module version that ignores `tls`). */
  readOnly?: string
}

export const lineOf = (node: Node): number => node.startPosition.row + 1

export const find = (members: Member[], name: string, kind?: Member['kind']): Member | undefined =>
  members.find((m) => m.name === name && (kind === undefined || m.kind === kind))

export const dynamicOf = (members: Member[], name: string): Member | undefined =>
  members.find((m) => m.kind === 'block' && m.name === 'dynamic' && m.labels[0] === name)

/** Thrown inside one service's reading: it cannot be checked offline, for this reason. */
export class NotCheckable extends Error {
  constructor(
    readonly reason: string,
    readonly line: number
  ) {
    super(reason)
  }
}

export interface Context {
  scope: Scope
  where: string
  service: string
  notes: Finding[]
}

/**
 * A value as compared: a literal or resolved string as is; a reference Terraform alone knows
 * as its expression text (with a notice naming it); computed values stop the reading.
 */
export function stringValue(
  node: Node | undefined,
  field: string,
  ctx: Context,
  port?: string
): string | undefined {
  if (!node) return undefined
  const literal = literalOf(node)
  if (literal === null) return undefined
  if (typeof literal === 'string') return literal
  if (literal !== undefined) return JSON.stringify(literal)
  if (isComputed(node))
    throw new NotCheckable(
      `${ctx.where}: ${field} is computed (${expressionText(node)}), so it is not checkable offline`,
      lineOf(node)
    )
  const resolved = ctx.scope.resolve(node)
  if (resolved.ok) {
    if (resolved.value === null) return undefined
    return typeof resolved.value === 'string' ? resolved.value : JSON.stringify(resolved.value)
  }
  const text = expressionText(node)
  ctx.notes.push({
    severity: 'notice',
    code: 'unresolved-reference',
    service: ctx.service,
    ...(port ? { port } : {}),
    line: lineOf(node),
    message: `${ctx.where}: ${field} = ${text} could not be resolved offline (${resolved.why}); it is compared as the expression ${text}`
  })
  return text
}

/** A member's nested container: a block, or an attribute written as an object in place. */
export function nested(
  members: Member[],
  name: string,
  form: TfHandle['form'],
  ctx: Context
): Member | undefined {
  const dynamic = dynamicOf(members, name)
  if (dynamic)
    throw new NotCheckable(
      `${ctx.where}: ${name} is a dynamic block, built by Terraform from for_each, so it is not checkable offline`,
      lineOf(dynamic.node)
    )
  const member = find(members, name, form === 'block' ? 'block' : 'attribute')
  if (!member) return undefined
  if (!member.inner) {
    const literal = member.value ? literalOf(member.value) : undefined
    if (literal === null) return undefined
    throw new NotCheckable(
      `${ctx.where}: ${name} is written as ${member.value ? expressionText(member.value) : 'an expression'}; only ${form === 'block' ? 'a block' : 'an object'} written in place can be read offline`,
      lineOf(member.node)
    )
  }
  return member
}

export function readEntry(
  entry: Container,
  form: TfHandle['form'],
  ctx: Context,
  line: number
): { config: ServiceConnectService; handle: TfHandle } {
  const members = entry.members
  const portNode = find(members, 'port_name', 'attribute')?.value
  const portName = portNode ? stringValue(portNode, 'port_name', ctx) : undefined
  if (portName === undefined)
    throw new NotCheckable(`${ctx.where}: a service entry has no port_name`, line)
  const config: ServiceConnectService = { portName }
  const discovery = stringValue(
    find(members, 'discovery_name', 'attribute')?.value,
    'discovery_name',
    ctx,
    portName
  )
  if (discovery !== undefined) config.discoveryName = discovery
  const override = find(members, 'ingress_port_override', 'attribute')?.value
  const overrideValue = override ? literalOf(override) : undefined
  if (typeof overrideValue === 'number') config.ingressPortOverride = overrideValue
  const aliases = members.filter(
    (m) => m.name === 'client_alias' && m.kind === (form === 'block' ? 'block' : 'attribute')
  )
  const clientAliases = aliases.flatMap((alias) => {
    const inner = alias.inner?.members ?? []
    const port = find(inner, 'port')?.value
    const portValue = port ? literalOf(port) : undefined
    const dns = stringValue(find(inner, 'dns_name')?.value, 'client_alias.dns_name', ctx, portName)
    return typeof portValue === 'number'
      ? [{ port: portValue, ...(dns !== undefined ? { dnsName: dns } : {}) }]
      : []
  })
  if (clientAliases.length > 0) config.clientAliases = clientAliases
  const tls = nested(members, 'tls', form, ctx)
  const handle: TfHandle = { form, service: entry, ...(tls ? { tls } : {}) }
  if (!tls) return { config, handle }
  const tlsMembers = tls.inner?.members ?? []
  const issuer = nested(tlsMembers, 'issuer_cert_authority', form, ctx)
  const caArn = stringValue(
    issuer ? find(issuer.inner?.members ?? [], 'aws_pca_authority_arn')?.value : undefined,
    'tls.issuer_cert_authority.aws_pca_authority_arn',
    ctx,
    portName
  )
  const kmsKey = stringValue(find(tlsMembers, 'kms_key')?.value, 'tls.kms_key', ctx, portName)
  const roleArn = stringValue(find(tlsMembers, 'role_arn')?.value, 'tls.role_arn', ctx, portName)
  config.tls = {
    issuerCertificateAuthority: caArn === undefined ? {} : { awsPcaAuthorityArn: caArn },
    ...(kmsKey !== undefined ? { kmsKey } : {}),
    ...(roleArn !== undefined ? { roleArn } : {})
  }
  return { config, handle }
}

export function notCheckable(
  service: AdaptedService<TfHandle>,
  error: NotCheckable
): AdaptedService<TfHandle> {
  return {
    ...service,
    config: { enabled: false },
    entries: [],
    unreadable: error.reason,
    notes: [
      ...service.notes,
      {
        severity: 'notice',
        code: 'not-checkable-offline',
        service: service.name,
        line: error.line,
        message: error.reason
      }
    ]
  }
}

/** `enabled`: only an explicit false turns Service Connect off (as ECS takes it). */
export function enabledOf(node: Node | undefined, fallback: boolean, ctx: Context): boolean {
  if (!node) return fallback
  const value = stringValue(node, 'enabled', ctx)
  return value !== 'false'
}

/** One entry as read, with its handle for the edits and its line. */
export interface ReadEntry {
  config: ServiceConnectService
  handle: TfHandle
  line: number
}

/** The service with its Service Connect configuration as read. */
export function withEntries(
  service: AdaptedService<TfHandle>,
  enabled: boolean,
  namespace: string | undefined,
  entries: readonly ReadEntry[]
): AdaptedService<TfHandle> {
  return {
    ...service,
    config: {
      enabled,
      ...(namespace !== undefined ? { namespace } : {}),
      services: entries.map((entry) => entry.config)
    },
    entries: entries.map((entry) => ({ handle: entry.handle, line: entry.line }))
  }
}

/** Reads a service; one that Terraform alone could evaluate is reported, not guessed. */
export function checkable(
  service: AdaptedService<TfHandle>,
  read: () => AdaptedService<TfHandle> | undefined
): AdaptedService<TfHandle> | undefined {
  try {
    return read()
  } catch (error) {
    if (error instanceof NotCheckable) return notCheckable(service, error)
    throw error
  }
}

/** The service's `name` where the repository pins it; else the address stands in for it. */
export function serviceName(members: Member[], scope: Scope, where: string): string {
  const node = find(members, 'name', 'attribute')?.value
  const resolved = node ? scope.resolve(node) : undefined
  return resolved?.ok && typeof resolved.value === 'string' ? resolved.value : where
}
