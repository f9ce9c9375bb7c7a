/**
 * CloudFormation templates, JSON or YAML (console exports, Copilot, `cdk synth`): every
 * `AWS::ECS::Service` resource with a `ServiceConnectConfiguration` (CloudFormation resource
 * reference: AWS::ECS::Service ServiceConnectConfiguration / ServiceConnectService /
 * ServiceConnectTlsConfiguration, PascalCase). Intrinsic functions are read in their long form
 * (`{"Ref": ...}`, `{"Fn::GetAtt": ...}`) and compared as written, never resolved.
 */
import {
  enabledOf,
  type FileService,
  type Format,
  isObject,
  literal,
  nonEmpty,
  readEntry
} from './format.js'
import type { Finding } from '../../model/findings.js'

const PASCAL_KEYS = {
  portName: 'PortName',
  tls: 'Tls',
  issuer: 'IssuerCertificateAuthority',
  caArn: 'AwsPcaAuthorityArn',
  kmsKey: 'KmsKey',
  roleArn: 'RoleArn'
}

/** The function's name when `value` is `{"Ref": ...}` or `{"Fn::...": ...}` (one member). */
function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined
  const [name, ...more] = Object.keys(value)
  return name !== undefined && more.length === 0 && (name === 'Ref' || name.startsWith('Fn::'))
    ? name
    : undefined
}

function readService(id: string, properties: Record<string, unknown>): FileService {
  const name = nonEmpty(properties.ServiceName) ? properties.ServiceName : id
  const where = `Resources.${id}`
  const notes: Finding[] = []
  const controller = isObject(properties.DeploymentController)
    ? properties.DeploymentController.Type
    : undefined
  const service: FileService = {
    name,
    selectors: [...new Set([id, name])],
    where,
    config: { enabled: false },
    entryPaths: [],
    notes,
    ...(controller !== undefined ? { deploymentController: literal(controller) } : {})
  }
  const config = properties.ServiceConnectConfiguration
  const path = ['Resources', id, 'Properties', 'ServiceConnectConfiguration']
  if (!isObject(config) || intrinsicName(config) !== undefined)
    return {
      ...service,
      unreadable: `${where}.Properties.ServiceConnectConfiguration is written as ${literal(config)}; only a literal object can be read`
    }
  const entries = config.Services ?? []
  if (!Array.isArray(entries))
    return {
      ...service,
      unreadable: `${where}: ServiceConnectConfiguration.Services is written as ${literal(entries)}; only a literal list can be read`
    }
  const missing = entries.findIndex(
    (entry) => !isObject(entry) || typeof entry.PortName !== 'string'
  )
  if (missing !== -1)
    return {
      ...service,
      unreadable: `${where}: ServiceConnectConfiguration.Services[${missing}] has no literal "PortName" (found ${literal(entries[missing])})`
    }
  // A Tls block (or its issuer) chosen by a condition, e.g. Fn::If: which branch CloudFormation
  // takes is not in the file, so neither "on" nor "off" can be claimed, and it is not rewritten.
  for (const [index, entry] of entries.entries()) {
    const tls: unknown = isObject(entry) ? entry.Tls : undefined
    const whole = intrinsicName(tls)
    const issuer = isObject(tls) ? intrinsicName(tls.IssuerCertificateAuthority) : undefined
    const part = whole
      ? { key: 'Tls', name: whole }
      : issuer
        ? { key: 'Tls.IssuerCertificateAuthority', name: issuer }
        : undefined
    if (part)
      return {
        ...service,
        unreadable: `${where}: ServiceConnectConfiguration.Services[${index}].${part.key} is written with ${part.name}; only a literal object can be read (intrinsic functions are not evaluated). Write the block literally, or check the deployed service (cluster and service) instead of the file`
      }
  }
  return {
    ...service,
    config: {
      enabled: enabledOf(config.Enabled),
      ...(config.Namespace !== undefined ? { namespace: literal(config.Namespace) } : {}),
      services: entries.map((entry) => readEntry(entry, PASCAL_KEYS, name, notes))
    },
    entryPaths: entries.map((_, index) => [...path, 'Services', index])
  }
}

export const cloudFormation: Format = {
  id: 'cloudformation',
  label: 'CloudFormation template',
  detect: (top) => isObject(top.Resources),
  services(top): FileService[] {
    const resources = isObject(top.Resources) ? top.Resources : {}
    return Object.entries(resources).flatMap(([id, resource]) =>
      isObject(resource) &&
      resource.Type === 'AWS::ECS::Service' &&
      isObject(resource.Properties) &&
      resource.Properties.ServiceConnectConfiguration !== undefined
        ? [readService(id, resource.Properties)]
        : []
    )
  },
  keys: PASCAL_KEYS,
  writable: true
}
