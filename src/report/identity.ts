/** Names what a run looked at, so its PR comment and report file are its own. */
import { createHash } from 'node:crypto'
import type { Inputs } from '../inputs/inputs.js'

/**
 * A short, stable hash of the set of services a run covers: the cluster (or the definition
 * file), the selected services in any order, and the port names. Two jobs that check different
 * services on one cluster get different keys; the same job on a later push gets the same one.
 */
export function selectionKey(inputs: Inputs): string {
  const services = inputs.services.all ? ['*'] : [...inputs.services.names].sort()
  const parts = [
    inputs.serviceDefinition?.patterns.join(',') ?? inputs.cluster,
    services.join(','),
    [...inputs.portNames].sort().join(',')
  ]
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 8)
}
