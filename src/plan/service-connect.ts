/** Pure: how the TLS block is merged into a Service Connect configuration without touching anything else. */
import type {
  ServiceConnectConfiguration,
  ServiceConnectTlsConfiguration
} from '@aws-sdk/client-ecs'
import type { DesiredTls } from '../model/plan.js'

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
