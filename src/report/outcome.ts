/** What happened to each service: the common currency of apply, plan, verify and the report. */
import type { Finding } from '../checks/findings.js'
import type { PortChange } from '../plan/plan.js'
import type { TlsView } from '../plan/service-connect.js'

export type ServiceStatus =
  'updated' | 'unchanged' | 'failed' | 'would-update' | 'compliant' | 'noncompliant'

/** `failed`: the deployment failed and is still PRIMARY; `rolled-back`: ECS restored the previous one. */
export type RolloutState =
  'completed' | 'not-waited' | 'failed' | 'rolled-back' | 'timed-out' | 'cancelled'

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
  /** File mode: the service definition file the service is in. */
  file?: string
}

/** Each port's TLS once the run is over: the new block only where it was (or is being) deployed. */
export function tlsAfterRun(outcome: ServiceOutcome): { portName: string; tls?: TlsView }[] {
  // Whatever started a deployment left the new block in place, unless ECS rolled it back.
  const deployed =
    outcome.status === 'updated' ||
    (outcome.deploymentId !== undefined && outcome.rollout !== 'rolled-back')
  return outcome.ports.map((port) => {
    const tls = deployed ? port.after : port.before
    return tls ? { portName: port.portName, tls } : { portName: port.portName }
  })
}
