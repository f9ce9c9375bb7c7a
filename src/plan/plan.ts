/**
 * Pure: what a run would change. Apply and plan both act on this; nothing here talks to AWS.
 */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import { withTls } from './service-connect.js'
import type { DesiredTls, PortChange, ServicePlan } from '../model/plan.js'
import type { Target } from '../model/facts.js'
import { sameTls, tlsView } from '../util/service-connect.js'

export function portChanges(
  before: ServiceConnectConfiguration,
  after: ServiceConnectConfiguration
): PortChange[] {
  const afterEntries = after.services ?? []
  return (before.services ?? []).map((entry, index) => {
    const was = tlsView(entry.tls)
    const will = tlsView(afterEntries[index]?.tls)
    const change: PortChange = { portName: entry.portName ?? '', changed: !sameTls(was, will) }
    if (was) change.before = was
    if (will) change.after = will
    return change
  })
}

export function planService(target: Target, desired: DesiredTls): ServicePlan {
  if (!target.ok)
    return {
      name: target.name,
      ...(target.serviceArn ? { serviceArn: target.serviceArn } : {}),
      error: target.reason,
      ports: [],
      changed: false
    }
  const after = withTls(target.config, desired, target.chosen)
  const ports = portChanges(target.config, after)
  return {
    name: target.name,
    serviceArn: target.serviceArn,
    ports,
    before: target.config,
    after,
    changed: ports.some((port) => port.changed)
  }
}
