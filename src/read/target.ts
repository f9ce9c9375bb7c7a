/**
 * Pure: turns what DescribeServices returned for one service into either the configuration
 * to work on or the reason it cannot be worked on. Plan, apply and verify share it.
 */
import type { ProblemCode, ServiceRead, Target } from '../model/facts.js'
import { chooseEntries, primaryDeployment } from '../util/service-connect.js'

const TURN_ON_SC =
  'TLS encrypts Service Connect traffic, so turn Service Connect on for this service first ' +
  '(console, or update-service --service-connect-configuration), then run this again'

export function resolveTarget(
  read: ServiceRead,
  cluster: string,
  portNames: readonly string[]
): Target {
  const { name, service } = read
  if (!service)
    return {
      ok: false,
      name,
      code: 'service-missing',
      reason: `service "${name}" was not found in cluster "${cluster}" (DescribeServices: MISSING)`
    }
  const serviceArn = service.serviceArn ?? name
  const fail = (code: ProblemCode, reason: string): Target => ({
    ok: false,
    name,
    serviceArn,
    code,
    reason
  })
  if (service.status !== 'ACTIVE')
    return fail(
      'service-inactive',
      `service "${name}" is ${service.status ?? 'in an unknown state'}, not ACTIVE`
    )
  const primary = primaryDeployment(service)
  const config = primary?.serviceConnectConfiguration
  if (!config)
    return fail(
      'no-service-connect',
      `service "${name}" does not use Service Connect (its PRIMARY deployment has no Service Connect configuration). ${TURN_ON_SC}`
    )
  if (!config.enabled)
    return fail(
      'no-service-connect',
      `service "${name}" has Service Connect turned off (enabled: false). ${TURN_ON_SC}`
    )
  const entries = config.services ?? []
  if (entries.length === 0)
    return fail(
      'no-service-entries',
      `service "${name}" uses Service Connect as a client only (no services[] entries): there is no endpoint to put TLS on`
    )
  const choice = chooseEntries(entries, portNames)
  if ('unknown' in choice) {
    const present = entries.map((entry) => entry.portName).join(', ')
    return fail(
      'unknown-port',
      `service "${name}" has no Service Connect entry with port name ${choice.unknown.map((p) => `"${p}"`).join(', ')} (it has: ${present}); check "port-names"`
    )
  }
  return { ok: true, name, serviceArn, service, config, chosen: choice.chosen }
}
