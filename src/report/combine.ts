/**
 * Pure: folds the evidence read after the act into the run's result. The act stage only reads;
 * what the certificate secrets mean for each service and for the run is decided here.
 */
import { judgeCertificates, withCertificates } from '../checks/certificates.js'
import type { RunOutput, RunResult } from '../model/result.js'

export function combine(output: RunOutput): RunResult {
  const { result, certificates } = output
  if (!certificates) return result
  const { from, strict } = certificates
  const read = judgeCertificates(certificates.deployments, certificates.secrets, {
    now: certificates.at,
    graceMinutes: certificates.graceMinutes
  })
  const finding =
    read.finding && from === 'apply' && !strict && read.finding.severity === 'error'
      ? { ...read.finding, severity: 'warning' as const }
      : read.finding
  return {
    ...result,
    certificates: read.reports,
    outcomes: withCertificates(result.outcomes, read.reports, { mode: from, strict }),
    findings: finding ? [...result.findings, finding] : result.findings
  }
}
