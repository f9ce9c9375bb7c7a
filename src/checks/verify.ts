/** Pure: compliance of one service's Service Connect TLS against what the user expects. */
import type { Finding } from './findings.js'
import { type TlsView, tlsView } from '../plan/service-connect.js'
import type { Target } from '../read/target.js'

export interface Expectations {
  caArn?: string
  kmsKey?: string
  roleArn?: string
}

export interface PortState {
  portName: string
  tls?: TlsView
}

export interface ServiceVerdict {
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

export function verifyService(target: Target, expect: Expectations): ServiceVerdict {
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
