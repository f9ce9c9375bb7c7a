/** The certificate authority as read from ACM-PCA, and the checks that need no other call. */
import { daysBetween } from '../util/pem.js'
import { parseArn } from '../util/arn.js'
import type { CaDetails } from '../model/facts.js'
import type { Finding } from '../model/findings.js'

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

export interface CaContext {
  now: Date
  errorDays: number
  warnDays: number
  /** From the cluster or a service ARN; absent when unknown. */
  clusterRegion?: string
  clusterAccount?: string
}

export function caFindings(ca: CaDetails, context: CaContext): Finding[] {
  const findings = caStatusFindings(ca, context)
  if (ca.usageMode === 'GENERAL_PURPOSE')
    findings.push({
      severity: 'notice',
      code: 'ca-general-purpose',
      message:
        'the CA is in general-purpose mode; short-lived certificate mode is recommended for Service Connect TLS and costs less per certificate',
      found: ca.usageMode
    })
  const tag = ca.tags ? ecsManagedTag(ca.tags) : undefined
  if (ca.tags && tag?.value !== 'true')
    findings.push({
      severity: 'error',
      code: 'ca-not-tagged',
      message: `the CA lacks the tag ${ECS_MANAGED_TAG}=true, without which ECS's managed policy cannot use it. Add it with: aws acm-pca tag-certificate-authority --certificate-authority-arn ${ca.arn} --tags Key=${ECS_MANAGED_TAG},Value=true`,
      expected: `${ECS_MANAGED_TAG}=true`,
      found: tag === undefined ? '(no tag)' : `${tag.key}=${tag.value}`
    })
  if (unsupportedKeyAlgorithm(ca.keyAlgorithm))
    findings.push({
      severity: 'error',
      code: 'ca-key-algorithm',
      message: `ECS cannot issue Service Connect certificates from a CA with key algorithm ${ca.keyAlgorithm}: it issues ECDSA P-256 or RSA 2048 certificates, so use an RSA or EC CA`,
      expected: 'RSA_* or EC_*',
      found: ca.keyAlgorithm
    })
  const arn = parseArn(ca.arn)
  if (arn && context.clusterRegion && arn.region !== context.clusterRegion)
    findings.push({
      severity: 'warning',
      code: 'ca-other-region',
      message: `the CA is in Region ${arn.region}, the cluster in ${context.clusterRegion}`,
      expected: context.clusterRegion,
      found: arn.region
    })
  if (arn && context.clusterAccount && arn.account !== context.clusterAccount)
    findings.push({
      severity: 'warning',
      code: 'ca-other-account',
      message: `the CA belongs to account ${arn.account}, the cluster to ${context.clusterAccount}; the CA must be shared with the cluster's account`,
      expected: context.clusterAccount,
      found: arn.account
    })
  return findings
}
