/** The certificate authority as read from ACM-PCA, and the checks that need no other call. */
import { type CertificateInfo, daysBetween } from './certificate.js'
import type { Finding } from './findings.js'

export interface CaDetails extends CertificateInfo {
  arn: string
  certificatePem: string
  chainPem: string
  status: string
  type: string
  usageMode: string
  keyAlgorithm: string
  ownerAccount?: string
  /** Absent when the tags could not be read. */
  tags?: Record<string, string>
}

/** ECS's managed policy may use the CA only when it carries this tag (ECS developer guide). */
export const ECS_MANAGED_TAG = 'AmazonECSManaged'

export interface CaRules {
  now: Date
  /** Below this many days left: an error. */
  errorDays: number
  /** Below this many days left: a warning. */
  warnDays: number
}

export function caStatusFindings(ca: CaDetails, rules: CaRules): Finding[] {
  const findings: Finding[] = []
  if (ca.status !== 'ACTIVE')
    findings.push({
      severity: 'error',
      code: 'ca-not-active',
      message: `certificate authority is ${ca.status}, not ACTIVE: ECS cannot issue certificates from it`,
      expected: 'ACTIVE',
      found: ca.status
    })
  const daysLeft = daysBetween(rules.now, new Date(ca.notAfter))
  const left = `${Math.max(0, Math.floor(daysLeft))} days (until ${ca.notAfter})`
  if (daysLeft < rules.errorDays)
    findings.push({
      severity: 'error',
      code: 'ca-expiring',
      message: `CA certificate is valid for only ${left}; renew it before relying on it`,
      expected: `at least ${rules.errorDays} days`,
      found: left
    })
  else if (daysLeft < rules.warnDays)
    findings.push({
      severity: 'warning',
      code: 'ca-expiring-soon',
      message: `CA certificate is valid for ${left}; plan its renewal`,
      expected: `at least ${rules.warnDays} days`,
      found: left
    })
  return findings
}
