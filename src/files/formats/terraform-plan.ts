/**
 * Terraform plan JSON (`terraform show -json plan.out`, Terraform "JSON Output Format"):
 * every `aws_ecs_service` in `resource_changes` whose `change.after` has a
 * `service_connect_configuration`, checked as it will be after apply. Blocks are lists of one
 * object (AWS provider schema: service_connect_configuration > service > tls >
 * issuer_cert_authority). Verify only: the fix belongs in the .tf source, not in the plan.
 */
import { enabledOf, type FileService, type Format, isObject, literal, readEntry } from './format.js'
import type { Finding } from '../../model/findings.js'

/** What a plan shows for a value Terraform only learns during apply. */
export const KNOWN_AFTER_APPLY = '(known after apply)'

const SNAKE_KEYS = {
  portName: 'port_name',
  tls: 'tls',
  issuer: 'issuer_cert_authority',
  caArn: 'aws_pca_authority_arn',
  kmsKey: 'kms_key',
  roleArn: 'role_arn'
}

/** A nested block is a list of (at most) one object. */
const unwrap = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)

/** `after` with every value marked in `after_unknown` shown as "(known after apply)". */
function withUnknowns(after: unknown, unknown: unknown): unknown {
  if (unknown === true && (after === undefined || after === null)) return KNOWN_AFTER_APPLY
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? after : []
    return Array.from({ length: Math.max(list.length, unknown.length) }, (_, index) =>
      withUnknowns(list[index], unknown[index])
    )
  }
  if (isObject(unknown)) {
    const object = isObject(after) ? { ...after } : {}
    for (const [key, value] of Object.entries(unknown))
      object[key] = withUnknowns(object[key], value)
    return object
  }
  return after
}

function readChange(change: Record<string, unknown>, index: number): FileService | undefined {
  const inner = isObject(change.change) ? change.change : {}
  const after = withUnknowns(inner.after, inner.after_unknown)
  if (!isObject(after)) return undefined
  const config = unwrap(after.service_connect_configuration)
  if (!isObject(config)) return undefined
  const address = typeof change.address === 'string' ? change.address : `resource_changes[${index}]`
  const name = typeof after.name === 'string' ? after.name : address
  const notes: Finding[] = []
  const controller = unwrap(after.deployment_controller)
  const entries = Array.isArray(config.service) ? config.service : []
  const service: FileService = {
    name,
    selectors: [
      ...new Set([name, address, ...(typeof change.name === 'string' ? [change.name] : [])])
    ],
    where: address,
    config: { enabled: false },
    entryPaths: [],
    notes,
    ...(isObject(controller) && controller.type !== undefined
      ? { deploymentController: literal(controller.type) }
      : {})
  }
  const missing = entries.findIndex(
    (entry) => !isObject(entry) || typeof entry.port_name !== 'string'
  )
  if (missing !== -1)
    return { ...service, unreadable: `${address}: service[${missing}] has no "port_name"` }
  return {
    ...service,
    config: {
      enabled: enabledOf(config.enabled),
      ...(typeof config.namespace === 'string' ? { namespace: config.namespace } : {}),
      services: entries.map((entry) => readEntry(entry, SNAKE_KEYS, name, notes, unwrap))
    }
  }
}

export const terraformPlan: Format = {
  id: 'terraform-plan',
  label: 'Terraform plan JSON (verify only)',
  detect: (top) => Array.isArray(top.resource_changes) || 'terraform_version' in top,
  services(top): FileService[] {
    const changes = Array.isArray(top.resource_changes) ? top.resource_changes : []
    return changes.flatMap((change: unknown, index) =>
      isObject(change) && change.type === 'aws_ecs_service' ? (readChange(change, index) ?? []) : []
    )
  },
  keys: SNAKE_KEYS,
  writable: false
}
