/**
 * Reads the Service Connect services of one .tf file: `resource "aws_ecs_service"` blocks (AWS
 * provider 5.37+ names: service_connect_configuration > service > tls > issuer_cert_authority)
 * and calls of the community module's service submodule (`service_connect_configuration = {
 * ... }`, module variable of the same shape). Nothing is guessed: what depends on Terraform
 * evaluating (count, for_each, dynamic blocks, functions) is reported as not checkable offline.
 */
import type { AdaptedService } from '../formats/adapter.js'
import { type Container, literalOf, type Member } from './hcl.js'
import type { Finding } from '../../model/findings.js'
import type { Scope } from './scope.js'
import {
  type Context,
  dynamicOf,
  enabledOf,
  find,
  lineOf,
  nested,
  NotCheckable,
  checkable,
  serviceName,
  withEntries,
  readEntry,
  stringValue,
  type TfHandle
} from './entries.js'
import { readModule } from './module-call.js'

export type { TfHandle }

function readResource(member: Member, scope: Scope): AdaptedService<TfHandle> | undefined {
  const label = member.labels[1] ?? ''
  const where = `aws_ecs_service.${label}`
  const members = member.inner?.members ?? []
  const block = find(members, 'service_connect_configuration', 'block')
  const dynamicBlock = dynamicOf(members, 'service_connect_configuration')
  if (!block && !dynamicBlock) return undefined
  const notes: Finding[] = []
  const name = serviceName(members, scope, where)
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
  return checkable(service, () => {
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
    return withEntries(
      service,
      enabledOf(find(inner, 'enabled', 'attribute')?.value, false, ctx),
      namespace,
      entries
    )
  })
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
