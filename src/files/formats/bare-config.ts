/**
 * The bare Service Connect configuration, as passed to
 * `aws ecs update-service --service-connect-configuration file://...`: top-level `enabled`,
 * `namespace` and `services` (ECS API model, `ServiceConnectConfiguration` shape).
 */
import {
  enabledOf,
  type FileService,
  type Format,
  isObject,
  literal,
  type Path,
  readEntry
} from './format.js'
import type { Finding } from '../../model/findings.js'

/** The members of the ServiceConnectConfiguration shape. */
const CONFIG_KEYS = [
  'enabled',
  'namespace',
  'services',
  'logConfiguration',
  'accessLogConfiguration'
]

export const CAMEL_KEYS = {
  portName: 'portName',
  tls: 'tls',
  issuer: 'issuerCertificateAuthority',
  caArn: 'awsPcaAuthorityArn',
  kmsKey: 'kmsKey',
  roleArn: 'roleArn'
}

/** A camelCase configuration found at `path`, as one file service named `name`. */
export function readConfiguration(
  value: unknown,
  path: Path,
  name: string
): Omit<FileService, 'selectors' | 'where'> {
  const notes: Finding[] = []
  const base = { name, notes, entryPaths: [] as Path[] }
  if (!isObject(value))
    return {
      ...base,
      config: { enabled: false },
      unreadable: `${String(path.at(-1))} is ${literal(value)}, not an object`
    }
  const entries = value.services ?? []
  if (!Array.isArray(entries))
    return { ...base, config: { enabled: false }, unreadable: `its "services" is not a list` }
  const missing = entries.findIndex(
    (entry) => !isObject(entry) || typeof entry.portName !== 'string'
  )
  if (missing !== -1)
    return {
      ...base,
      config: { enabled: false },
      unreadable: `its services[${missing}] has no "portName"`
    }
  return {
    ...base,
    config: {
      enabled: enabledOf(value.enabled),
      ...(typeof value.namespace === 'string' ? { namespace: value.namespace } : {}),
      services: entries.map((entry) => readEntry(entry, CAMEL_KEYS, name, notes))
    },
    entryPaths: entries.map((_, index) => [...path, 'services', index])
  }
}

export const bareConfig: Format = {
  id: 'service-connect-configuration',
  label: 'Service Connect configuration JSON (--service-connect-configuration)',
  detect: (top) =>
    (Array.isArray(top.services) || typeof top.enabled === 'boolean') &&
    Object.keys(top).every((key) => CONFIG_KEYS.includes(key)),
  services: (top, fallbackName) => [
    { ...readConfiguration(top, [], fallbackName), selectors: [fallbackName], where: 'the file' }
  ],
  keys: CAMEL_KEYS,
  writable: true
}
