/** Pure: the step outputs, as strings, from a run's result. */
import { type ServiceOutcome, tlsAfterRun } from './outcome.js'
import { isCompliant, type RunResult } from './result.js'

function serviceEntry(outcome: ServiceOutcome): Record<string, unknown> {
  return {
    service: outcome.name,
    serviceArn: outcome.serviceArn ?? null,
    status: outcome.status,
    ...(outcome.deploymentId ? { deploymentId: outcome.deploymentId } : {}),
    ...(outcome.rollout ? { rollout: outcome.rollout } : {}),
    ports: tlsAfterRun(outcome).map((port, index) => ({
      portName: port.portName,
      tls: port.tls ?? null,
      changed: outcome.ports[index]?.changed ?? false
    })),
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
      compliant: outcome.status === 'compliant',
      ports: tlsAfterRun(outcome).map((port) => ({
        portName: port.portName,
        tls: port.tls ?? null
      })),
      findings: outcome.findings
    }))
  }
}

export function outputsFor(result: RunResult): Record<string, string> {
  const outputs: Record<string, string> = {
    services: JSON.stringify(result.outcomes.map(serviceEntry)),
    'kms-key': result.kmsKey ?? '',
    'role-arn': result.roleArn ?? ''
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
