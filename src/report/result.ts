/** Everything a run learned and did, handed to the report. */
import type { RunResult } from '../model/result.js'

/** Verify: compliant when no service and no shared resource has an error. */
export function isCompliant(result: RunResult): boolean {
  return (
    result.outcomes.every((outcome) => outcome.status === 'compliant') &&
    result.findings.every((finding) => finding.severity !== 'error')
  )
}

export function hasFailures(result: RunResult): boolean {
  return result.outcomes.some((outcome) => outcome.status === 'failed')
}
