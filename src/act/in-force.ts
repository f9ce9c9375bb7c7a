/** What happened to each service: the common currency of apply, plan, verify and the report. */
import type { ServiceOutcome } from '../model/outcome.js'
import type { World } from '../model/facts.js'
import type { TlsView } from '../model/plan.js'
import { tlsView } from '../util/service-connect.js'

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

/** Each port's TLS in the configured revision, when it is not the one serving (else undefined). */
export function tlsConfigured(
  outcome: ServiceOutcome
): { portName: string; tls?: TlsView }[] | undefined {
  if (!outcome.configured) return undefined
  const entries = outcome.configured.config?.services ?? []
  return outcome.ports.map((port) => {
    const tls = tlsView(entries.find((entry) => entry.portName === port.portName)?.tls)
    return tls ? { portName: port.portName, tls } : { portName: port.portName }
  })
}
