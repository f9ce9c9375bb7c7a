/**
 * CloudFormation templates, JSON or YAML (console exports, Copilot, `cdk synth`): every
 * `AWS::ECS::Service` resource with a `ServiceConnectConfiguration` (CloudFormation resource
 * reference: AWS::ECS::Service ServiceConnectConfiguration / ServiceConnectService /
 * ServiceConnectTlsConfiguration, PascalCase). Intrinsic functions are read in their long form
 * (`{"Ref": ...}`, `{"Fn::GetAtt": ...}`) and compared as written, never resolved.
 */
import type { Finding } from '../../checks/findings.js'
import type { DesiredTls } from '../../plan/service-connect.js'
import {
  enabledOf,
  type FileService,
  type Format,
  isObject,
  literal,
  nonEmpty,
  readEntry
} from './format.js'

const PASCAL_KEYS = {
  portName: 'PortName',
  tls: 'Tls',
  issuer: 'IssuerCertificateAuthority',
  caArn: 'AwsPcaAuthorityArn',
  kmsKey: 'KmsKey',
  roleArn: 'RoleArn'
}

/** `{"Ref": ...}` or `{"Fn::...": ...}`: one member naming an intrinsic function. */
export function isIntrinsic(value: unknown): boolean {
  if (!isObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::'))
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
  if (!isObject(config) || isIntrinsic(config))
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

function tlsBlock(desired: DesiredTls): Record<string, unknown> {
  return {
    IssuerCertificateAuthority: { AwsPcaAuthorityArn: desired.caArn },
    ...(desired.kmsKey ? { KmsKey: desired.kmsKey } : {}),
    RoleArn: desired.roleArn
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
  write: { key: 'Tls', block: tlsBlock }
}
