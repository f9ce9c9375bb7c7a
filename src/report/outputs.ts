/** Pure: the step outputs, as strings, from a run's result. */
import { tlsAfterRun, tlsConfigured } from '../act/in-force.js'
import { isCompliant } from './result.js'
import type { RunResult } from '../model/result.js'
import type { ServiceCertificates } from '../model/certificates.js'
import type { ServiceOutcome } from '../model/outcome.js'

const isoOrNull = (date: Date | undefined): string | null => date?.toISOString() ?? null

/** The `certificates` output: per service, its secrets' names and dates, never a value. */
export function certificateEntries(reports: readonly ServiceCertificates[]): unknown[] {
  return reports.map((report) => ({
    service: report.service,
    serviceArn: report.serviceArn,
    status: report.status,
    deploymentCompletedAt: report.deploymentCompletedAt ?? null,
    secrets: report.secrets.map((secret) => ({
      name: secret.name,
      arn: secret.arn,
      created: isoOrNull(secret.createdAt),
      lastRotated: isoOrNull(secret.lastRotatedAt),
      nextRotation: isoOrNull(secret.nextRotationAt),
      rotationEnabled: secret.rotationEnabled,
      replicaRegions: secret.replicaRegions
    })),
    ...(report.findings.length ? { findings: report.findings } : {})
  }))
}

/** Only when the service is configured with another revision than the one serving. */
function configuredEntry(outcome: ServiceOutcome): Record<string, unknown> {
  const ports = tlsConfigured(outcome)
  if (!ports) return {}
  return {
    configured: {
      revision: outcome.configured?.revisionArn ?? null,
      ports: ports.map((port) => ({ portName: port.portName, tls: port.tls ?? null }))
    }
  }
}

function serviceEntry(outcome: ServiceOutcome): Record<string, unknown> {
  return {
    service: outcome.name,
    serviceArn: outcome.serviceArn ?? null,
    ...(outcome.file ? { file: outcome.file } : {}),
    status: outcome.status,
    ...(outcome.deploymentId ? { deploymentId: outcome.deploymentId } : {}),
    ...(outcome.rollout ? { rollout: outcome.rollout } : {}),
    revision: outcome.inForce?.revisionArn ?? null,
    ports: tlsAfterRun(outcome).map((port, index) => ({
      portName: port.portName,
      tls: port.tls ?? null,
      changed: outcome.ports[index]?.changed ?? false
    })),
    ...configuredEntry(outcome),
    ...(outcome.error ? { error: outcome.error } : {}),
    ...(outcome.events?.length ? { events: outcome.events } : {}),
    ...(outcome.findings.length ? { findings: outcome.findings } : {})
  }
}

export function verifyReport(result: RunResult): Record<string, unknown> {
  return {
    compliant: isCompliant(result),
    findings: result.findings,
    services: result.outcomes.map((outcome) => ({
      service: outcome.name,
      serviceArn: outcome.serviceArn ?? null,
      ...(outcome.file ? { file: outcome.file } : {}),
      compliant: outcome.status === 'compliant',
      ports: tlsAfterRun(outcome).map((port) => ({
        portName: port.portName,
        tls: port.tls ?? null
      })),
      findings: outcome.findings
    }))
  }
}

/** The names of the services whose status is one of `statuses`, as a JSON array. */
function namesWith(result: RunResult, ...statuses: ServiceOutcome['status'][]): string {
  return JSON.stringify(
    result.outcomes
      .filter((outcome) => statuses.includes(outcome.status))
      .map((outcome) => outcome.name)
  )
}

export function outputsFor(result: RunResult): Record<string, string> {
  const outputs: Record<string, string> = {
    services: JSON.stringify(result.outcomes.map(serviceEntry)),
    // Set in every mode (possibly `[]`), so a later step can `fromJSON` them without a guard.
    'updated-services': namesWith(result, 'updated', 'would-update'),
    'failed-services': namesWith(result, 'failed'),
    'noncompliant-services': namesWith(result, 'noncompliant'),
    'kms-key': result.kmsKey ?? '',
    'role-arn': result.roleArn ?? '',
    certificates: JSON.stringify(certificateEntries(result.certificates ?? []))
  }
  if (result.mode === 'apply') {
    const started = result.outcomes.flatMap((outcome) =>
      outcome.deploymentId ? [outcome.deploymentId] : []
    )
    outputs.changed = String(
      started.length > 0 || result.outcomes.some((outcome) => outcome.status === 'updated')
    )
    outputs['deployment-ids'] = JSON.stringify(started)
  } else if (result.mode === 'plan') {
    outputs.changed = String(result.outcomes.some((outcome) => outcome.status === 'would-update'))
  } else {
    outputs.compliant = String(isCompliant(result))
    outputs.report = JSON.stringify(verifyReport(result))
    outputs['checked-services'] = String(
      result.checkedServices ?? result.outcomes.filter((outcome) => outcome.ports.length > 0).length
    )
  }
  if (result.definitionFile) outputs['service-definition-file'] = result.definitionFile
  if (result.definitionFiles)
    outputs['service-definition-files'] = JSON.stringify(result.definitionFiles)
  if (result.diff !== undefined) outputs.diff = result.diff
  const ca = result.ca
  if (ca) {
    Object.assign(outputs, {
      'ca-arn': ca.arn,
      'ca-certificate': ca.certificatePem,
      'ca-certificate-chain': ca.chainPem,
      'ca-certificate-file': result.caFile ?? '',
      'ca-subject': ca.subject,
      'ca-serial-number': ca.serialNumber,
      'ca-not-before': ca.notBefore,
      'ca-not-after': ca.notAfter,
      'ca-fingerprint-sha256': ca.fingerprintSha256,
      'ca-status': ca.status,
      'ca-type': ca.type,
      'ca-usage-mode': ca.usageMode,
      'ca-key-algorithm': ca.keyAlgorithm
    })
  }
  return outputs
}
