/** The step result: why the step fails (or nothing when it passes), and what a cancel left behind. */
import { hasCertificateErrors } from '../checks/certificates.js'
import { hasFailures, isCompliant } from './result.js'
import type { RunResult } from '../model/result.js'

/** After a cancel: each service as updated, deployment still running (with its id), or not started. */
export function cancelledText(result: RunResult): string {
  const lines = result.outcomes.map((outcome) => {
    if (outcome.status === 'updated' || outcome.status === 'unchanged')
      return `${outcome.name}: ${outcome.status}`
    if (outcome.deploymentId)
      return `${outcome.name}: deployment ${outcome.deploymentId} still running (rollout ${outcome.rollout ?? 'unknown'})`
    return `${outcome.name}: not started`
  })
  return `The run was cancelled. ${lines.join('; ')}`
}

/** Why the step fails, or undefined when it succeeds. */
export function failureOf(result: RunResult): string | undefined {
  const failed = result.outcomes
    .filter((outcome) => outcome.status === 'failed')
    .map((outcome) => outcome.name)
  if (result.cancelled) return cancelledText(result)
  if (result.mode === 'verify')
    return isCompliant(result)
      ? undefined
      : `Service Connect TLS is not compliant: ${
          result.outcomes
            .filter((outcome) => outcome.status !== 'compliant')
            .map((outcome) => outcome.name)
            .join(', ') || 'see the findings'
        }`
  if (result.blockedBy?.length)
    return `${result.mode === 'plan' ? 'apply would update' : 'Updated'} no service: all or nothing, and ${result.blockedBy
      .map((blocker) => `${blocker.service} (${blocker.reason})`)
      .join('; ')} blocked the run`
  if (hasFailures(result))
    return `${failed.length} of ${result.outcomes.length} service(s) failed: ${failed.join(', ')}`
  // Certificate errors survive in apply only under check-certificates: strict.
  const uncertified = result.outcomes.filter((outcome) => hasCertificateErrors(outcome.findings))
  if (result.mode === 'apply' && (uncertified.length > 0 || hasCertificateErrors(result.findings)))
    return `TLS certificates are not proven issued and rotating (check-certificates: strict): ${
      uncertified.map((outcome) => outcome.name).join(', ') || 'see the findings'
    }`
  return undefined
}
