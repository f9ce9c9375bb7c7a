/** The certificate authority as read from ACM-PCA, and the checks that need no other call. */
import { X509Certificate } from 'node:crypto'
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

/**
 * The tag as IAM sees it: tag keys in `aws:ResourceTag/<key>` conditions match
 * case-insensitively, so `amazonecsmanaged` counts. Returns the key as spelt and its value.
 */
export function ecsManagedTag(
  tags: Record<string, string>
): { key: string; value: string } | undefined {
  const key = Object.keys(tags).find((name) => name.toLowerCase() === ECS_MANAGED_TAG.toLowerCase())
  return key === undefined ? undefined : { key, value: tags[key] ?? '' }
}

/**
 * CA key algorithms ECS cannot issue Service Connect certificates with: the issued certificates
 * are 256-bit ECDSA or 2048-bit RSA (ECS developer guide, Service Connect TLS), which a post-quantum
 * (ML-DSA) or SM2 CA cannot sign within a chain ECS's proxy accepts.
 */
export function unsupportedKeyAlgorithm(keyAlgorithm: string): boolean {
  return /^ML_DSA_/.test(keyAlgorithm) || keyAlgorithm === 'SM2'
}

/**
 * Pure: an identity for the root of a CA's chain: the SHA-256 fingerprint of the self-signed
 * certificate among the CA certificate and its chain (the CA itself for a root CA), or, when the
 * chain does not reach one, the issuer name of its last certificate.
 */
export function chainRoot(certificatePem: string, chainPem: string): string {
  const pems = `${certificatePem}\n${chainPem}`.match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
  )
  const certificates = (pems ?? []).map((pem) => new X509Certificate(pem))
  const root = certificates.find((certificate) => certificate.subject === certificate.issuer)
  if (root) return root.fingerprint256
  const last = certificates[certificates.length - 1]
  return last ? `issuer ${last.issuer.split('\n').join(', ')}` : ''
}

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
