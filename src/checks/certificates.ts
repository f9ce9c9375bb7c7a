/**
 * Pure: is each service's Service Connect TLS certificate really issued and rotating? ECS keeps
 * it in Secrets Manager secrets (`ecs-sc!*`, tagged with the service ARN), renewed by managed
 * rotation: 7-day certificates rotated every 5 days (ECS developer guide, "Encrypt Amazon ECS
 * Service Connect traffic"). These checks judge the secrets' metadata only.
 */
import type {
  CertificateRead,
  CertificateSecret,
  CertificateStatus,
  ServiceCertificates,
  ServiceTlsDeployment
} from '../model/certificates.js'
import type { Read } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import { notReadFinding } from './not-read.js'
import type { ServiceOutcome } from '../model/outcome.js'

const DAY_MS = 86_400_000
/** Issued certificates are valid for 7 days: a secret not rotated for longer holds an expired one. */
export const CERTIFICATE_LIFETIME_DAYS = 7
/** ECS rotates every 5 days: past that, a rotation is overdue. */
export const ROTATION_DAYS = 5

export interface CertificateRules {
  now: Date
  /** How long after a TLS deployment completes a missing secret is only a notice. */
  graceMinutes: number
}

const days = (ms: number): string => `${(ms / DAY_MS).toFixed(1)} days`
const iso = (date: Date | undefined): string => date?.toISOString() ?? '(none)'

const ORDER: readonly CertificateStatus[] = [
  'missing',
  'stale',
  'rotation-disabled',
  'rotation-overdue',
  'replicated',
  'pending',
  'deploying',
  'issued'
]

function worst(statuses: readonly CertificateStatus[]): CertificateStatus {
  return ORDER.find((status) => statuses.includes(status)) ?? 'issued'
}

function secretFindings(
  service: string,
  secret: CertificateSecret,
  now: Date
): { findings: Finding[]; statuses: CertificateStatus[] } {
  const findings: Finding[] = []
  const statuses: CertificateStatus[] = []
  const label = `certificate secret ${secret.name}`
  if (!secret.rotationEnabled) {
    statuses.push('rotation-disabled')
    findings.push({
      severity: 'error',
      code: 'certificate-rotation-disabled',
      service,
      message: `${label} has rotation turned off: its certificate expires within ${CERTIFICATE_LIFETIME_DAYS} days of issue and is not renewed`,
      expected: 'RotationEnabled: true',
      found: 'RotationEnabled: false'
    })
  }
  const renewed = secret.lastRotatedAt ?? secret.createdAt
  if (renewed) {
    const age = now.getTime() - renewed.getTime()
    const what = secret.lastRotatedAt ? 'last rotated' : 'created and never rotated'
    const found = `${what} ${iso(renewed)} (${days(age)} ago)`
    if (age > CERTIFICATE_LIFETIME_DAYS * DAY_MS) {
      statuses.push('stale')
      findings.push({
        severity: 'error',
        code: 'certificate-stale',
        service,
        message: `${label} was not renewed for more than ${CERTIFICATE_LIFETIME_DAYS} days: the certificate it holds has expired. Look for RotationFailed events in CloudTrail`,
        expected: `rotated within ${CERTIFICATE_LIFETIME_DAYS} days`,
        found
      })
    } else if (age > ROTATION_DAYS * DAY_MS) {
      statuses.push('rotation-overdue')
      findings.push({
        severity: 'warning',
        code: 'certificate-rotation-overdue',
        service,
        message: `${label} is due for rotation (every ${ROTATION_DAYS} days); the certificate expires ${CERTIFICATE_LIFETIME_DAYS} days after issue`,
        expected: `rotated within ${ROTATION_DAYS} days`,
        found
      })
    }
  }
  if (secret.replicaRegions.length > 0) {
    statuses.push('replicated')
    findings.push({
      severity: 'warning',
      code: 'certificate-replicated',
      service,
      message: `${label} is replicated to other Regions, which copies the service's private key there; ECS does not need replicas`,
      expected: 'no replicas',
      found: secret.replicaRegions.join(', ')
    })
  }
  return { findings, statuses }
}

export function checkCertificates(
  deployment: ServiceTlsDeployment,
  secrets: readonly CertificateSecret[],
  rules: CertificateRules
): ServiceCertificates {
  const base = {
    service: deployment.name,
    serviceArn: deployment.serviceArn,
    ...(deployment.completedAt
      ? { deploymentCompletedAt: deployment.completedAt.toISOString() }
      : {}),
    secrets: [...secrets]
  }
  const findings: Finding[] = []
  const statuses: CertificateStatus[] = []
  for (const secret of secrets) {
    const judged = secretFindings(deployment.name, secret, rules.now)
    findings.push(...judged.findings)
    statuses.push(...judged.statuses)
  }
  if (secrets.length === 0) {
    if (!deployment.completedAt) return { ...base, status: 'deploying', findings }
    const since = rules.now.getTime() - deployment.completedAt.getTime()
    const grace = rules.graceMinutes * 60_000
    const expected = `a secret named ecs-sc!… tagged AmazonECSCreated=${deployment.serviceArn}`
    if (since <= grace) {
      statuses.push('pending')
      findings.push({
        severity: 'notice',
        code: 'certificate-pending',
        service: deployment.name,
        message: `no certificate secret yet; the TLS deployment completed ${Math.floor(since / 60_000)} minute(s) ago, within the ${rules.graceMinutes}-minute grace period (Secrets Manager lists new secrets with a delay)`,
        expected,
        found: 'none'
      })
    } else {
      statuses.push('missing')
      findings.push({
        severity: 'error',
        code: 'certificate-missing',
        service: deployment.name,
        message: `ECS has not issued a TLS certificate for this service: no certificate secret ${Math.floor(since / 60_000)} minute(s) after its TLS deployment completed. Check that the infrastructure role can use the CA (tagged AmazonECSManaged=true) and the KMS key`,
        expected,
        found: 'none'
      })
    }
  }
  return { ...base, status: worst(statuses), findings }
}

/** In apply, certificate findings are advice unless `check-certificates: strict`. */
export function demoteErrors(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) =>
    finding.severity === 'error' ? { ...finding, severity: 'warning' } : finding
  )
}

/** Where the certificate checks ran and how their errors count. */
export interface CertificateOutcomeOptions {
  /** verify: errors make the service noncompliant. apply: errors are warnings unless strict. */
  mode: 'verify' | 'apply'
  strict: boolean
}

/**
 * Folds the certificate reports into the outcomes: each service gets its findings and a log
 * line; in verify a certificate error makes a compliant service noncompliant.
 */
export function withCertificates(
  outcomes: readonly ServiceOutcome[],
  reports: readonly ServiceCertificates[],
  options: CertificateOutcomeOptions
): ServiceOutcome[] {
  const byName = new Map(reports.map((report) => [report.service, report]))
  return outcomes.map((outcome) => {
    const report = byName.get(outcome.name)
    if (!report) return outcome
    const findings =
      options.mode === 'apply' && !options.strict ? demoteErrors(report.findings) : report.findings
    const names = report.secrets.map((secret) => secret.name).join(', ') || 'none'
    const next: ServiceOutcome = {
      ...outcome,
      findings: [...outcome.findings, ...findings],
      log: [
        ...outcome.log,
        `Certificate: ${report.status} (secrets: ${names})`,
        ...findings.map((finding) => `${finding.severity}: ${finding.message}`)
      ]
    }
    if (
      options.mode === 'verify' &&
      outcome.status === 'compliant' &&
      findings.some((finding) => finding.severity === 'error')
    )
      next.status = 'noncompliant'
    return next
  })
}

/** True when a certificate check left an error: what fails apply under `strict`. */
export function hasCertificateErrors(findings: readonly Finding[]): boolean {
  return findings.some(
    (finding) => finding.severity === 'error' && finding.code.startsWith('certificate')
  )
}

/**
 * The certificate check of a run: each service's secrets judged, or one finding when they could
 * not be read ("not checked" when the caller may not list them, an error otherwise).
 */
export function judgeCertificates(
  deployments: readonly ServiceTlsDeployment[],
  secrets: Read<Map<string, CertificateSecret[]>>,
  rules: CertificateRules
): CertificateRead {
  if (!secrets.ok) {
    const finding = notReadFinding(secrets.notRead)
    return {
      reports: [],
      finding: {
        ...finding,
        code:
          secrets.notRead.reason === 'denied'
            ? 'certificates-not-checked'
            : 'certificates-read-failed'
      }
    }
  }
  return {
    reports: deployments.map((deployment) =>
      checkCertificates(deployment, secrets.value.get(deployment.serviceArn) ?? [], rules)
    )
  }
}
