/** Everything a run learned and did, handed to the report. */
import type { CaDetails } from '../checks/ca.js'
import type { ServiceCertificates } from '../checks/certificates.js'
import type { Finding } from '../checks/findings.js'
import type { TrafficReport } from '../checks/traffic.js'
import type { Mode } from '../inputs/inputs.js'
import type { Blocker } from '../plan/modes.js'
import type { ServiceOutcome } from './outcome.js'

export interface RunResult {
  mode: Mode
  cluster: string
  outcomes: ServiceOutcome[]
  /** Findings about shared resources (CA, KMS key, role), not one service. */
  findings: Finding[]
  ca?: CaDetails
  caFile?: string
  kmsKey?: string
  roleArn?: string
  /** Plan mode: each changing service's configuration diff. */
  diffs: Map<string, string>
  /** File mode: where the merged service definition was written. */
  definitionFile?: string
  /** File mode: every merged file written (copies, or the originals with in-place). */
  definitionFiles?: string[]
  /** File mode, plan: the diff of every file that would change. */
  diff?: string
  /** apply/plan: the services whose errors stopped every update (all or nothing). */
  blockedBy?: Blocker[]
  /** verify: how many services had their Service Connect ports checked. */
  checkedServices?: number
  /** verify: why no service was checked, when none was. */
  checkedNothing?: string
  /** Set when the runner cancelled the job. */
  cancelled?: boolean
  /** The certificate secrets checked (verify and apply with check-certificates on). */
  certificates?: ServiceCertificates[]
  /** The traffic metrics checked (verify and apply with traffic-check on). */
  traffic?: TrafficReport[]
}

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
