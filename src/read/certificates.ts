/**
 * Reads the certificate secrets of the services whose TLS deployment completed and judges them
 * (src/checks/certificates.ts). A caller who may not list secrets gets one "not checked"
 * warning instead of a failed run.
 */
import type { Service } from '@aws-sdk/client-ecs'
import type { SecretsReader } from '../aws/secrets.js'
import {
  type CertificateRules,
  checkCertificates,
  type ServiceCertificates,
  type ServiceTlsDeployment,
  withCertificates
} from '../checks/certificates.js'
import type { Finding } from '../checks/findings.js'
import { skippedCheck } from '../checks/preflight.js'
import { errorText, isAccessDenied } from '../errors.js'
import type { Inputs } from '../inputs/inputs.js'
import { primaryDeployment } from '../plan/service-connect.js'
import type { RunResult } from '../report/result.js'
import type { Lazy, World } from './read.js'

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

export interface CertificateRead {
  reports: ServiceCertificates[]
  /** Set when the secrets could not be read at all. */
  finding?: Finding
}

export async function readCertificates(
  deployments: readonly ServiceTlsDeployment[],
  secrets: Lazy<SecretsReader>,
  rules: Omit<CertificateRules, 'now'>
): Promise<CertificateRead> {
  if (deployments.length === 0) return { reports: [] }
  try {
    const reader = await secrets()
    const found = await reader.serviceSecrets(deployments.map((d) => d.serviceArn))
    const now = new Date()
    return {
      reports: deployments.map((deployment) =>
        checkCertificates(deployment, found.get(deployment.serviceArn) ?? [], { ...rules, now })
      )
    }
  } catch (error) {
    const what =
      'Whether ECS issued and rotates the TLS certificates (Secrets Manager secrets ecs-sc!*)'
    return {
      reports: [],
      finding: isAccessDenied(error)
        ? {
            ...skippedCheck(what, SECRETS_PERMISSIONS, errorText(error)),
            code: 'certificates-not-checked'
          }
        : {
            severity: 'error',
            code: 'certificates-read-failed',
            message: `${what} could not be read: ${errorText(error)}`
          }
    }
  }
}

/**
 * Rollouts after which the requested TLS runs in production: completed, traffic shifted to the
 * new tasks (BAKE_TIME or later), or superseded by a deployment that kept it (apply reports
 * those `updated`). Their tasks serve with certificates ECS has issued.
 */
const TLS_RUNNING: ReadonlySet<string> = new Set(['completed', 'traffic-shifted', 'superseded'])

/**
 * Checks the certificate secrets and folds the result into the run: findings per service, a
 * `certificates` report, a shared warning when not permitted. verify checks every service whose
 * PRIMARY deployment has TLS; apply, after the rollouts, the services this run updated whose
 * TLS now runs in production (just now, so the grace period starts now).
 */
export async function checkCertificatesInto(
  result: RunResult,
  world: World,
  secrets: Lazy<SecretsReader>,
  inputs: Inputs
): Promise<void> {
  const now = new Date()
  const deployments: ServiceTlsDeployment[] =
    inputs.mode === 'verify'
      ? world.targets.flatMap((target) => {
          const deployment = target.ok ? tlsDeploymentOf(target.name, target.service) : undefined
          return deployment ? [deployment] : []
        })
      : result.outcomes.flatMap((outcome) =>
          outcome.status === 'updated' &&
          outcome.rollout !== undefined &&
          TLS_RUNNING.has(outcome.rollout) &&
          outcome.serviceArn
            ? [{ name: outcome.name, serviceArn: outcome.serviceArn, completedAt: now }]
            : []
        )
  const mode = inputs.mode === 'verify' ? 'verify' : 'apply'
  const strict = inputs.checkCertificates === 'strict'
  const read = await readCertificates(deployments, secrets, {
    graceMinutes: inputs.certificateGraceMinutes
  })
  result.certificates = read.reports
  result.outcomes = withCertificates(result.outcomes, read.reports, { mode, strict })
  if (read.finding)
    result.findings.push(
      mode === 'apply' && !strict && read.finding.severity === 'error'
        ? { ...read.finding, severity: 'warning' }
        : read.finding
    )
}
