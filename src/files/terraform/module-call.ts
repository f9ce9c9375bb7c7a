/**
 * Calls of the community module's service submodule (terraform-aws-modules/ecs,
 * `modules/service`): its `service_connect_configuration` variable read as the ECS API's
 * shape, and whether the pinned version passes `tls` on at all (module-versions.ts).
 */
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
import {
  type Context,
  enabledOf,
  find,
  lineOf,
  NotCheckable,
  checkable,
  serviceName,
  withEntries,
  nested,
  readEntry,
  stringValue,
  type TfHandle
} from './entries.js'

export function readModule(member: Member, scope: Scope): AdaptedService<TfHandle> | undefined {
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
  const name = serviceName(members, scope, where)
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
  return checkable(service, () => {
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
    // The module's variable: `enabled = optional(bool, true)`.
    return withEntries(
      service,
      enabledOf(find(inner, 'enabled')?.value, true, ctx),
      namespace,
      entries
    )
  })
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
