/**
 * The one interface every service definition format implements, so that the plan and the
 * checks see plain Service Connect configurations and never the format they came from.
 */
import type { ServiceConnectConfiguration, ServiceConnectService } from '@aws-sdk/client-ecs'
import type { Finding } from '../../model/findings.js'

/** Keys and indices from the top of the document down to a value. */
export type Path = (string | number)[]

/** One service found in a file, in the ECS API's own (camelCase) terms. */
export interface FileService {
  /** Its name: the service name, else the logical ID or resource address, else the file name. */
  name: string
  /** What the `service` input may select it by (service name, logical ID, resource name). */
  selectors: string[]
  /** Where in the file it is, for messages: "Resources.Orders", "aws_ecs_service.orders", ... */
  where: string
  /** Values written as intrinsic functions appear as their literal JSON text. */
  config: ServiceConnectConfiguration
  deploymentController?: string
  /** Where each `config.services[i]` entry object is, to write its TLS block. */
  entryPaths: Path[]
  /** Why it cannot be read (e.g. its entries are one intrinsic function); nothing else is done. */
  unreadable?: string
  /** Notices about how it was read (intrinsic functions compared literally, ...). */
  notes: Finding[]
}

export interface Format {
  /** Short id used in logs and tests. */
  id: string
  /** What the log says was found. */
  label: string
  detect(top: Record<string, unknown>): boolean
  /** Every Service Connect service in the file, client-only ones included. */
  services(top: Record<string, unknown>, fallbackName: string): FileService[]
  /** The members of a TLS block as this format spells them. */
  keys: TlsKeys
  /** False for a format that can only be verified (a Terraform plan: fix the .tf source). */
  writable: boolean
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string as written, an intrinsic function (or anything else) as its JSON text. */
export function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== ''

/** Names of the members of one entry's TLS block, as a format spells them. */
export interface TlsKeys {
  portName: string
  tls: string
  issuer: string
  caArn: string
  kmsKey: string
  roleArn: string
}

/**
 * One services[] entry in camelCase terms. A TLS value that is not a plain string (an
 * intrinsic function) is kept as its literal text, with a notice that it is compared as such.
 */
export function readEntry(
  entry: unknown,
  keys: TlsKeys,
  service: string,
  notes: Finding[],
  unwrap: (value: unknown) => unknown = (value) => value
): ServiceConnectService {
  const source = isObject(entry) ? entry : {}
  const portName = source[keys.portName]
  const result: ServiceConnectService = { portName: typeof portName === 'string' ? portName : '' }
  const tls = unwrap(source[keys.tls])
  if (!isObject(tls)) return result
  const port = result.portName ?? ''
  const text = (key: string, value: unknown): string | undefined => {
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string')
      notes.push({
        severity: 'notice',
        code: 'intrinsic-literal',
        service,
        port,
        message: `${key} is written as ${literal(value)}: intrinsic functions and parameters are not resolved, so it is compared literally`
      })
    return literal(value)
  }
  const issuer = unwrap(tls[keys.issuer])
  const caArn = text(keys.caArn, isObject(issuer) ? issuer[keys.caArn] : undefined)
  const kmsKey = text(keys.kmsKey, tls[keys.kmsKey])
  const roleArn = text(keys.roleArn, tls[keys.roleArn])
  result.tls = {
    issuerCertificateAuthority: caArn === undefined ? {} : { awsPcaAuthorityArn: caArn },
    ...(kmsKey === undefined ? {} : { kmsKey }),
    ...(roleArn === undefined ? {} : { roleArn })
  }
  return result
}

/** `enabled` as ECS would take it: only an explicit false turns Service Connect off. */
export function enabledOf(value: unknown): boolean {
  return value !== false && value !== 'false'
}
