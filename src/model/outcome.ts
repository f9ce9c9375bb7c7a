/** What happened to each service: the common currency of every mode and the report. Types only. */
import type { Finding } from './findings.js'
import type { InForce } from './deployment.js'
import type { PortChange } from './plan.js'

/** A service's step result. */
export type ServiceStatus =
  'updated' | 'unchanged' | 'failed' | 'would-update' | 'compliant' | 'noncompliant'

/**
 * In ECS's terms: `completed` (SUCCESSFUL), `traffic-shifted` (reached BAKE_TIME, with
 * wait-until: traffic-shifted), `rolled-back` (ROLLBACK_SUCCESSFUL), `failed` (failed in place,
 * or the rollback failed), `superseded` (a newer deployment replaced it), `timed-out` and
 * `cancelled` (still running in ECS), `not-waited`.
 */
export type RolloutState =
  | 'completed'
  | 'traffic-shifted'
  | 'not-waited'
  | 'failed'
  | 'rolled-back'
  | 'superseded'
  | 'timed-out'
  | 'cancelled'

export interface ServiceOutcome {
  name: string
  serviceArn?: string
  status: ServiceStatus
  ports: PortChange[]
  deploymentId?: string
  rollout?: RolloutState
  error?: string
  events?: string[]
  findings: Finding[]
  /** Lines for this service's collapsible log group. */
  log: string[]
  /** What ECS runs after the run, read back from it (DescribeServiceRevisions). */
  inForce?: InForce
  /**
   * Set when the service is configured with another revision than the one serving: a
   * deployment stopped without rollback left the service on its target revision, which the next
   * deployment starts from.
   */
  configured?: InForce
  /** Set when UpdateService was never sent for this service because the run was cancelled. */
  notStarted?: boolean
  /** File mode: the service definition file the service is in. */
  file?: string
}
