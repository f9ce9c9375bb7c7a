/**
 * Reads the Service Connect services of one .tf file: `resource "aws_ecs_service"` blocks (AWS
 * provider 5.37+ names: service_connect_configuration > service > tls > issuer_cert_authority)
 * and calls of the community module's service submodule (`service_connect_configuration = {
 * ... }`, module variable of the same shape). Nothing is guessed: what depends on Terraform
 * evaluating (count, for_each, dynamic blocks, functions) is reported as not checkable offline.
 */
import type { ServiceConnectService } from '@aws-sdk/client-ecs'
import type { AdaptedService } from '../formats/adapter.js'
import {
  type Container,
  expressionText,
  isComputed,
  literalOf,
  type Member,
  objectOf
} from './hcl.js'
import { communitySource, showVersion, TLS_FROM, tlsSupport } from './module-versions.js'
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

const lineOf = (node: Node): number => node.startPosition.row + 1

const find = (members: Member[], name: string, kind?: Member['kind']): Member | undefined =>
  members.find((m) => m.name === name && (kind === undefined || m.kind === kind))

const dynamicOf = (members: Member[], name: string): Member | undefined =>
  members.find((m) => m.kind === 'block' && m.name === 'dynamic' && m.labels[0] === name)

/** Thrown inside one service's reading: it cannot be checked offline, for this reason. */
class NotCheckable extends Error {
  constructor(
    readonly reason: string,
    readonly line: number
  ) {
    super(reason)
  }
}

interface Context {
  scope: Scope
  where: string
  service: string
  notes: Finding[]
}

/**
 * A value as compared: a literal or resolved string as is; a reference Terraform alone knows
 * as its expression text (with a notice naming it); computed values stop the reading.
 */
function stringValue(
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
function nested(
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

function readEntry(
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

function notCheckable(
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
function enabledOf(node: Node | undefined, fallback: boolean, ctx: Context): boolean {
  if (!node) return fallback
  const value = stringValue(node, 'enabled', ctx)
  return value !== 'false'
}

function readResource(member: Member, scope: Scope): AdaptedService<TfHandle> | undefined {
  const label = member.labels[1] ?? ''
  const where = `aws_ecs_service.${label}`
  const members = member.inner?.members ?? []
  const block = find(members, 'service_connect_configuration', 'block')
  const dynamicBlock = dynamicOf(members, 'service_connect_configuration')
  if (!block && !dynamicBlock) return undefined
  const notes: Finding[] = []
  const nameNode = find(members, 'name', 'attribute')?.value
  const resolvedName = nameNode ? scope.resolve(nameNode) : undefined
  const name =
    resolvedName?.ok && typeof resolvedName.value === 'string' ? resolvedName.value : where
  const ctx: Context = { scope, where, service: name, notes }
  const controller = find(members, 'deployment_controller', 'block')
  const controllerType = controller
    ? literalOf(find(controller.inner?.members ?? [], 'type')?.value ?? member.node)
    : undefined
  const service: AdaptedService<TfHandle> = {
    name,
    selectors: [...new Set([name, label, where])],
    where,
    line: lineOf(member.node),
    config: { enabled: false },
    entries: [],
    notes,
    ...(typeof controllerType === 'string' ? { deploymentController: controllerType } : {})
  }
  try {
    for (const meta of ['count', 'for_each']) {
      const attribute = find(members, meta, 'attribute')
      if (attribute)
        throw new NotCheckable(
          `${where} uses ${meta}: which instances exist, and with what values, is decided when Terraform plans, so it is not checkable offline`,
          lineOf(attribute.node)
        )
    }
    const config = nested(members, 'service_connect_configuration', 'block', ctx)
    const inner = config?.inner?.members ?? []
    const dynamicService = dynamicOf(inner, 'service')
    if (dynamicService)
      throw new NotCheckable(
        `${where}: service_connect_configuration has a dynamic "service" block, built by Terraform from for_each, so it is not checkable offline`,
        lineOf(dynamicService.node)
      )
    const namespace = stringValue(find(inner, 'namespace', 'attribute')?.value, 'namespace', ctx)
    const entries = inner
      .filter((m) => m.kind === 'block' && m.name === 'service' && m.inner)
      .map((m) => ({
        ...readEntry(m.inner as Container, 'block', ctx, lineOf(m.node)),
        line: lineOf(m.node)
      }))
    return {
      ...service,
      config: {
        enabled: enabledOf(find(inner, 'enabled', 'attribute')?.value, false, ctx),
        ...(namespace !== undefined ? { namespace } : {}),
        services: entries.map((e) => e.config)
      },
      entries: entries.map((e) => ({ handle: e.handle, line: e.line }))
    }
  } catch (error) {
    if (error instanceof NotCheckable) return notCheckable(service, error)
    throw error
  }
}

function readModule(member: Member, scope: Scope): AdaptedService<TfHandle> | undefined {
  const members = member.inner?.members ?? []
  const source = literalOf(find(members, 'source', 'attribute')?.value ?? member.node)
  const community = typeof source === 'string' ? communitySource(source) : undefined
  const configMember = find(members, 'service_connect_configuration', 'attribute')
  if (!community || !configMember) return undefined
  // `create = false` / `create_service = false`: no service (modules/service/main.tf:
  // `create_service = var.create && var.create_service` gates the resource's count).
  for (const flag of ['create', 'create_service']) {
    const value = find(members, flag, 'attribute')?.value
    if (value && literalOf(value) === false) return undefined
  }
  const label = member.labels[0] ?? ''
  const ignoreChanges = literalOf(
    find(members, 'ignore_task_definition_changes', 'attribute')?.value ?? member.node
  )
  const resource = ignoreChanges === true ? 'ignore_task_definition' : 'this'
  const where = `module.${label}.aws_ecs_service.${resource}[0]`
  const notes: Finding[] = []
  const nameNode = find(members, 'name', 'attribute')?.value
  const resolvedName = nameNode ? scope.resolve(nameNode) : undefined
  const name =
    resolvedName?.ok && typeof resolvedName.value === 'string' ? resolvedName.value : where
  const ctx: Context = { scope, where, service: name, notes }
  const controller = find(members, 'deployment_controller', 'attribute')?.inner
  const controllerType = controller
    ? literalOf(find(controller.members, 'type')?.value ?? member.node)
    : undefined
  const service: AdaptedService<TfHandle> = {
    name,
    selectors: [...new Set([name, label, `module.${label}`, where])],
    where,
    line: lineOf(member.node),
    config: { enabled: false },
    entries: [],
    notes,
    ...(typeof controllerType === 'string' ? { deploymentController: controllerType } : {})
  }
  const readOnly = versionNotes(members, community.ref, resource, ctx, lineOf(member.node))
  try {
    for (const meta of ['count', 'for_each']) {
      const attribute = find(members, meta, 'attribute')
      if (attribute)
        throw new NotCheckable(
          `module.${label} uses ${meta}: which instances exist, and with what values, is decided when Terraform plans, so it is not checkable offline`,
          lineOf(attribute.node)
        )
    }
    const config = nested(members, 'service_connect_configuration', 'object', ctx)
    if (!config) return undefined
    const inner = config.inner?.members ?? []
    const namespace = stringValue(find(inner, 'namespace')?.value, 'namespace', ctx)
    const list = find(inner, 'service')
    const elements = list?.value ? serviceObjects(list, ctx) : []
    const entries = elements.map((element) => {
      const read = readEntry(element.container, 'object', ctx, element.line)
      return {
        ...read,
        handle: readOnly ? { ...read.handle, readOnly } : read.handle,
        line: element.line
      }
    })
    return {
      ...service,
      config: {
        // The module's variable: `enabled = optional(bool, true)`.
        enabled: enabledOf(find(inner, 'enabled')?.value, true, ctx),
        ...(namespace !== undefined ? { namespace } : {}),
        services: entries.map((e) => e.config)
      },
      entries: entries.map((e) => ({ handle: e.handle, line: e.line }))
    }
  } catch (error) {
    if (error instanceof NotCheckable) return notCheckable(service, error)
    throw error
  }
}

/** The module's `service`: a list of objects (v6), or one object (v5), written in place. */
function serviceObjects(list: Member, ctx: Context): { container: Container; line: number }[] {
  if (list.inner) return [{ container: list.inner, line: lineOf(list.node) }]
  const value = list.value as Node
  const tuple = value.descendantsOfType('tuple')[0]
  const direct = tuple && tuple.parent?.parent?.id === value.id ? tuple : undefined
  if (!direct || isComputed(value))
    throw new NotCheckable(
      `${ctx.where}: service_connect_configuration.service is written as ${expressionText(value)}; only a list of objects written in place can be read offline`,
      lineOf(list.node)
    )
  return direct.namedChildren
    .filter((child) => child.type === 'expression')
    .map((expression) => {
      const object = objectOf(expression)
      if (!object)
        throw new NotCheckable(
          `${ctx.where}: a service entry is written as ${expressionText(expression)}; only an object written in place can be read offline`,
          lineOf(expression)
        )
      return { container: object, line: lineOf(expression) }
    })
}

/** Notes about the pinned module version; returns why entries are read-only, if they are. */
function versionNotes(
  members: Member[],
  ref: string | undefined,
  resource: keyof typeof TLS_FROM,
  ctx: Context,
  line: number
): string | undefined {
  const from = TLS_FROM[resource]
  const needed = showVersion(from)
  const versionNode = find(members, 'version', 'attribute')?.value
  const version = ref ?? (versionNode ? literalOf(versionNode) : undefined)
  const label = ctx.where.split('.').slice(0, 2).join('.')
  if (typeof version !== 'string') {
    ctx.notes.push({
      severity: 'warning',
      code: 'module-version-unpinned',
      service: ctx.service,
      line,
      message: `${label} does not pin a version of terraform-aws-modules/ecs; Terraform takes the newest. Its service module passes Service Connect TLS on from ${needed}: pin version = ">= ${needed}"`
    })
    return undefined
  }
  const support = tlsSupport(version, from)
  if (support === 'no') {
    const reason = `${label} uses terraform-aws-modules/ecs ${version}, whose service module does not pass Service Connect tls on to aws_ecs_service (it does from ${needed}); upgrade the module to ${needed} or later`
    ctx.notes.push({
      severity: 'error',
      code: 'module-version-no-tls',
      service: ctx.service,
      line: versionNode ? lineOf(versionNode) : line,
      expected: `>= ${needed}`,
      found: version,
      message: reason
    })
    return reason
  }
  if (support === 'some' || support === undefined)
    ctx.notes.push({
      severity: 'warning',
      code: 'module-version-range',
      service: ctx.service,
      line: versionNode ? lineOf(versionNode) : line,
      message: `${label}: version "${version}" ${support === undefined ? 'is not a constraint this action reads' : 'also allows versions'} of terraform-aws-modules/ecs before ${needed}, whose service module drops Service Connect tls; pin version = ">= ${needed}"`
    })
  return undefined
}

/** Every Service Connect service of a parsed .tf file. */
export function readServices(members: Member[], scope: Scope): AdaptedService<TfHandle>[] {
  return members.flatMap((member) => {
    if (member.kind !== 'block') return []
    if (member.name === 'resource' && member.labels[0] === 'aws_ecs_service')
      return readResource(member, scope) ?? []
    if (member.name === 'module') return readModule(member, scope) ?? []
    return []
  })
}
