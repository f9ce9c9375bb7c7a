/**
 * Pure Service Connect logic: where the live configuration is, which entries were chosen,
 * and how the TLS block is merged in without touching anything else.
 */
import type {
  Deployment,
  Service,
  ServiceConnectConfiguration,
  ServiceConnectService,
  ServiceConnectTlsConfiguration
} from '@aws-sdk/client-ecs'

/**
 * The TLS settings a run asks for. `kmsKey`: that customer key; `awsOwnedKey`: an AWS-owned key
 * on purpose; neither: each port keeps the customer key it already has (AWS-owned where none),
 * so an empty input never downgrades a port from a customer key.
 */
export interface DesiredTls {
  caArn: string
  kmsKey?: string
  awsOwnedKey?: boolean
  roleArn: string
}

/** A flat view of one entry's TLS block, for reports. */
export interface TlsView {
  caArn: string
  kmsKey?: string
  roleArn?: string
}

/**
 * The configuration ECS runs is on the PRIMARY deployment: `Service` itself has no
 * `serviceConnectConfiguration` (ECS API model, `Deployment` shape).
 */
export function primaryDeployment(service: Service): Deployment | undefined {
  return service.deployments?.find((deployment) => deployment.status === 'PRIMARY')
}

/**
 * Whether a service is one the action works on when it lists a cluster: ACTIVE, with Service
 * Connect entries on its PRIMARY deployment (`service: '*'` and discover mode).
 */
export function usesServiceConnect(service: Service): boolean {
  const config = primaryDeployment(service)?.serviceConnectConfiguration
  return (
    service.status === 'ACTIVE' && config?.enabled === true && (config.services?.length ?? 0) > 0
  )
}

export function tlsBlock(
  desired: DesiredTls,
  current?: ServiceConnectTlsConfiguration
): ServiceConnectTlsConfiguration {
  const kmsKey = desired.kmsKey ?? (desired.awsOwnedKey ? undefined : current?.kmsKey)
  return {
    issuerCertificateAuthority: { awsPcaAuthorityArn: desired.caArn },
    ...(kmsKey ? { kmsKey } : {}),
    roleArn: desired.roleArn
  }
}

export function tlsView(tls: ServiceConnectTlsConfiguration | undefined): TlsView | undefined {
  if (!tls) return undefined
  const view: TlsView = { caArn: tls.issuerCertificateAuthority?.awsPcaAuthorityArn ?? '' }
  if (tls.kmsKey) view.kmsKey = tls.kmsKey
  if (tls.roleArn) view.roleArn = tls.roleArn
  return view
}

export function sameTls(a: TlsView | undefined, b: TlsView | undefined): boolean {
  if (!a || !b) return a === b
  return (
    a.caArn === b.caArn &&
    (a.kmsKey ?? '') === (b.kmsKey ?? '') &&
    (a.roleArn ?? '') === (b.roleArn ?? '')
  )
}

/** Entries whose portName was chosen (all when `portNames` is empty), or the names not found. */
export function chooseEntries(
  entries: readonly ServiceConnectService[],
  portNames: readonly string[]
): { chosen: Set<string> } | { unknown: string[] } {
  const present = entries.map((entry) => entry.portName ?? '')
  if (portNames.length === 0) return { chosen: new Set(present) }
  const unknown = portNames.filter((name) => !present.includes(name))
  return unknown.length > 0 ? { unknown } : { chosen: new Set(portNames) }
}

/**
 * The configuration with `tls` set on the chosen entries. Every other member, and the
 * order of keys, is kept: UpdateService replaces the whole configuration, so whatever is
 * dropped here would be deleted from the service.
 */
export function withTls<T extends Pick<ServiceConnectConfiguration, 'services'>>(
  config: T,
  desired: DesiredTls,
  chosen: ReadonlySet<string>
): T {
  if (!config.services) return config
  return {
    ...config,
    services: config.services.map((entry) =>
      chosen.has(entry.portName ?? '') ? { ...entry, tls: tlsBlock(desired, entry.tls) } : entry
    )
  }
}
