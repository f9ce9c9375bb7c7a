/**
 * The result file: what one run (one job of the matrix) leaves for `mode: report`. Versioned:
 * a reader accepts exactly this schema and version, and a change that a version-1 reader could
 * misread gets version 2. Self-contained on purpose, so the document does not change shape
 * when internal types do. Documented in README ("Result files").
 */

export const RESULT_SCHEMA = 'ecs-service-connect-tls/result'
export const RESULT_VERSION = 1

export type ResultMode = 'apply' | 'plan' | 'verify' | 'discover'

export type ResultStatus =
  'updated' | 'unchanged' | 'failed' | 'would-update' | 'compliant' | 'noncompliant'

export interface ResultFinding {
  severity: 'error' | 'warning' | 'notice'
  code: string
  message: string
  service?: string
  port?: string
  expected?: string
  found?: string
  file?: string
}

export interface ResultTls {
  caArn: string
  kmsKey?: string
  roleArn?: string
}

export interface ResultService {
  name: string
  serviceArn?: string
  /** File mode: the service definition file the service is in. */
  file?: string
  status: ResultStatus
  deploymentId?: string
  rollout?: string
  /** Each Service Connect port's TLS after the run (null: none). */
  ports: { portName: string; tls: ResultTls | null; changed: boolean }[]
  error?: string
  findings: ResultFinding[]
}

export interface ResultDocument {
  schema: typeof RESULT_SCHEMA
  version: typeof RESULT_VERSION
  /** When the run ended, ISO 8601. */
  at: string
  /** From STS GetCallerIdentity; null when it could not be read (see accountError). */
  account: string | null
  accountError?: string
  /** The Region the run used; null when none was configured (file mode needs none). */
  region: string | null
  /** The cluster's name ('' in file mode); clusterArn when the input was an ARN. */
  cluster: string
  clusterArn?: string
  mode: ResultMode
  /** File mode: the service-definition patterns; the run read no live service. */
  definitionFiles?: string[]
  /**
   * The service selection as the job was given it: '*' for every service, else the names
   * joined by commas (the matrix entry's `services`).
   */
  services: string
  /** The step's verdict: false when the step failed. */
  passed: boolean
  /** Why it failed (or, with fail-on-noncompliant: false, why it would have). */
  failure?: string
  /** The run ended in an error before any service had an outcome. */
  error?: string
  cancelled?: boolean
  counts: Record<ResultStatus, number>
  outcomes: ResultService[]
  /** Findings about shared resources (CA, KMS key, role), not one service. */
  findings: ResultFinding[]
  /** The step outputs, as strings, except `services` and `report` (outcomes and findings carry them). */
  outputs: Record<string, string>
}
