/** Everything a run learned and did, handed to the report. Types only. */
import type {
  CertificateSecret,
  ServiceCertificates,
  ServiceTlsDeployment
} from './certificates.js'
import type { CaDetails, Read } from './facts.js'
import type { Finding } from './findings.js'
import type { ServiceOutcome } from './outcome.js'
import type { Blocker } from './plan.js'

/** The modes of a run. */
export type Mode = 'apply' | 'plan' | 'verify'

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
}

/** Certificate secrets read after the act, for the report stage to judge and fold in. */
export interface CertificateEvidence {
  deployments: ServiceTlsDeployment[]
  secrets: Read<Map<string, CertificateSecret[]>>
  /** When the read ended: the grace period runs from each deployment's completion to it. */
  at: Date
  /** verify judges compliance; apply demotes errors unless `strict`. */
  from: 'apply' | 'verify'
  strict: boolean
  graceMinutes: number
}

/** What a mode hands the report stage: the result, and evidence still to be combined into it. */
export interface RunOutput {
  result: RunResult
  certificates?: CertificateEvidence
}
