/**
 * Reads the certificate secrets ECS keeps for the services whose TLS deployment completed
 * (metadata only); src/checks/certificates.ts judges them.
 */
import type { Service } from '@aws-sdk/client-ecs'
import type { SecretsReader } from '../aws/secrets.js'
import type { CertificateSecret, ServiceTlsDeployment } from '../model/certificates.js'
import type { Read } from '../model/facts.js'
import type { Lazy } from '../util/lazy.js'
import { primaryDeployment } from '../util/service-connect.js'
import { readOr } from './not-read.js'

export const SECRETS_PERMISSIONS = 'secretsmanager:ListSecrets and secretsmanager:DescribeSecret'

/**
 * The service's TLS deployment as DescribeServices shows it: the PRIMARY deployment, when any
 * of its Service Connect entries has TLS. It completed when its rollout did; ECS last updated
 * it then.
 */
export function tlsDeploymentOf(name: string, service: Service): ServiceTlsDeployment | undefined {
  const primary = primaryDeployment(service)
  const tls = primary?.serviceConnectConfiguration?.services?.some((entry) => entry.tls)
  if (!primary || !tls || !service.serviceArn) return undefined
  const completed =
    primary.rolloutState === 'COMPLETED' ||
    (primary.rolloutState === undefined && (service.deployments?.length ?? 0) === 1)
  const completedAt = primary.updatedAt ?? primary.createdAt
  return {
    name,
    serviceArn: service.serviceArn,
    ...(completed && completedAt ? { completedAt } : {})
  }
}

/** The certificate secrets of each service, by service ARN, or why they could not be read. */
export async function readCertificateSecrets(
  deployments: readonly ServiceTlsDeployment[],
  secrets: Lazy<SecretsReader>
): Promise<Read<Map<string, CertificateSecret[]>>> {
  if (deployments.length === 0) return { ok: true, value: new Map() }
  return readOr(
    'Whether ECS issued and rotates the TLS certificates (Secrets Manager secrets ecs-sc!*)',
    SECRETS_PERMISSIONS,
    async () => (await secrets()).serviceSecrets(deployments.map((d) => d.serviceArn))
  )
}
