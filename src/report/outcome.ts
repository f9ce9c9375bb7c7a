/** What happened to each service: the common currency of apply, plan, verify and the report. */
import type { Finding } from '../checks/findings.js'
import type { PortChange } from '../plan/plan.js'
import { type TlsView, tlsView } from '../plan/service-connect.js'
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import type { World } from '../read/read.js'

export type ServiceStatus =
  'updated' | 'unchanged' | 'failed' | 'would-update' | 'compliant' | 'noncompliant'

/**
 * In ECS's terms: `completed` (SUCCESSFUL), `traffic-shifted` (reached BAKE_TIME, with
 * wait-until: traffic-shifted), `rolled-back` (ROLLBACK_SUCCESSFUL), `failed` (failed in place,
 * or the rollback failed), `superseded` (a newer deployment replaced it), `timed-out` and
 * `cancelled` (still running in ECS), `read-failed` (ECS could no longer be read: expired
 * credentials, access denied; still running in ECS), `not-waited`.
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
  | 'read-failed'

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
  inForce?: { revisionArn?: string; config?: ServiceConnectConfiguration }
  /** rollout `read-failed`: why the wait ended, how the deployment was last seen, what to do. */
  waitEnded?: {
    cause: string
    operation: string
    lastSeen: { deployment: string; status?: string; stage?: string; revision?: string }
    wayOut: string
  }
  /** Set when UpdateService was never sent for this service because the run was cancelled. */
  notStarted?: boolean
  /** File mode: the service definition file the service is in. */
  file?: string
}

/**
 * Each port's TLS once the run is over. After a deployment, it is read from the service
 * revision ECS runs; otherwise it is what was read before (nothing was written). A deployment
 * nobody waited for reports the configuration it is rolling out.
 */
export function tlsAfterRun(outcome: ServiceOutcome): { portName: string; tls?: TlsView }[] {
  const entries = outcome.inForce?.config?.services ?? []
  return outcome.ports.map((port) => {
    const tls = outcome.inForce
      ? tlsView(entries.find((entry) => entry.portName === port.portName)?.tls)
      : outcome.rollout === 'not-waited'
        ? port.after
        : port.before
    return tls ? { portName: port.portName, tls } : { portName: port.portName }
  })
}

/**
 * A service nothing was deployed to runs what was read at the start: its one current service
 * revision, whose configuration is the PRIMARY deployment's.
 */
export function withRevisionRead(outcome: ServiceOutcome, world: World): ServiceOutcome {
  if (outcome.inForce || outcome.deploymentId) return outcome
  const target = world.targets.find((candidate) => candidate.name === outcome.name)
  const current = target?.ok ? (target.service.currentServiceRevisions ?? []) : []
  const revisionArn = current.length === 1 ? current[0]?.arn : undefined
  if (!target?.ok || !revisionArn) return outcome
  return { ...outcome, inForce: { revisionArn, config: target.config } }
}
