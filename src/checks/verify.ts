/** Pure: compliance of one service's Service Connect TLS against what the user expects. */
import type { Finding } from '../model/findings.js'
import type { Target } from '../model/facts.js'
import type { TlsView } from '../model/plan.js'
import { tlsView } from '../util/service-connect.js'

export interface Expectations {
  caArn?: string
  kmsKey?: string
  /** `kms-key: aws-owned`: no customer key may be set. */
  awsOwnedKey?: boolean
  roleArn?: string
}

export interface PortState {
  portName: string
  tls?: TlsView
}

export interface ServiceCompliance {
  name: string
  serviceArn?: string
  ports: PortState[]
  findings: Finding[]
}

const CHECKS = [
  { key: 'caArn', code: 'ca-mismatch', what: 'CA' },
  { key: 'kmsKey', code: 'kms-key-mismatch', what: 'KMS key' },
  { key: 'roleArn', code: 'role-mismatch', what: 'role' }
] as const

export function verifyService(target: Target, expect: Expectations): ServiceCompliance {
  if (!target.ok)
    return {
      name: target.name,
      ...(target.serviceArn ? { serviceArn: target.serviceArn } : {}),
      ports: [],
      findings: [
        { severity: 'error', code: target.code, service: target.name, message: target.reason }
      ]
    }
  const findings: Finding[] = []
  const ports: PortState[] = []
  for (const entry of target.config.services ?? []) {
    const portName = entry.portName ?? ''
    if (!target.chosen.has(portName)) continue
    const tls = tlsView(entry.tls)
    ports.push(tls ? { portName, tls } : { portName })
    const where = { service: target.name, port: portName }
    if (!tls) {
      findings.push({
        severity: 'error',
        code: 'tls-missing',
        ...where,
        message: `port "${portName}" of service "${target.name}" has no TLS`,
        expected: 'a tls block',
        found: 'none'
      })
      continue
    }
    if (expect.awsOwnedKey && tls.kmsKey)
      findings.push({
        severity: 'error',
        code: 'kms-key-mismatch',
        ...where,
        message: `port "${portName}" of service "${target.name}" uses a customer KMS key; kms-key: aws-owned requires none`,
        expected: '(AWS-owned key)',
        found: tls.kmsKey
      })
    for (const check of CHECKS) {
      const expected = expect[check.key]
      if (expected === undefined) continue
      const found = tls[check.key] ?? ''
      if (found !== expected)
        findings.push({
          severity: 'error',
          code: check.code,
          ...where,
          message: `port "${portName}" of service "${target.name}" uses a different ${check.what}`,
          expected,
          found: found || '(none)'
        })
    }
  }
  return { name: target.name, serviceArn: target.serviceArn, ports, findings }
}

/**
 * Verify passes vacuously when it checks nothing, which hides a wrong cluster or selection: the
 * reason, or undefined when at least one service's Service Connect ports were checked.
 */
export function checkedNothingReason(
  targets: readonly Target[],
  selection: { cluster: string; all: boolean; listed?: number }
): string | undefined {
  if (targets.some((target) => target.ok)) return undefined
  const where = `cluster "${selection.cluster}"`
  if (targets.length === 0)
    return selection.all
      ? selection.listed
        ? `service '*' selected no service: none of the ${selection.listed} service(s) in ${where} is ACTIVE with Service Connect entries. Is it the right cluster?`
        : `service '*' selected no service: ${where} has no services. Is it the right cluster (and Region)?`
      : 'no service was selected'
  return `none of the ${targets.length} chosen service(s) could be checked (missing, inactive or without Service Connect; see the findings)`
}

/** The number of services whose Service Connect ports were checked. */
export const checkedCount = (targets: readonly Target[]): number =>
  targets.filter((target) => target.ok).length
