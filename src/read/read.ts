/**
 * The read step: everything the checks and the plan need, fetched with read-only gateways and
 * returned as facts. Nothing here can write (the gateways it is given have no write operation),
 * and nothing here judges: src/checks/ turns the facts into findings.
 */
import type { ReadGateways } from '../aws/gateways.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Facts, ReadyTarget, Target } from '../model/facts.js'
import type { Lazy } from '../util/lazy.js'
import { parseArn } from '../util/arn.js'
import { readServices } from './services.js'
import { readOtherRoots, readShared } from './shared.js'

const ready = (targets: readonly Target[]): ReadyTarget[] =>
  targets.flatMap((target) => (target.ok ? [target] : []))

export async function readFacts(inputs: Inputs, gateways: ReadGateways): Promise<Facts> {
  // The ECS read goes first. Loading another client's chunk is work on the one thread that
  // must also put that request on the wire, so the other clients load once ECS has answered.
  const services = readServices(inputs, gateways)
  const ecsAnswered = services.then(
    () => undefined,
    () => undefined
  )
  const afterEcs = <T>(load: Lazy<T> | undefined): Lazy<T> | undefined =>
    load && (() => ecsAnswered.then(load))
  const pca = afterEcs(gateways.pca)
  const sharedRead = readShared(inputs, {
    pca,
    kms: afterEcs(gateways.kms),
    iam: afterEcs(gateways.iam)
  })
  // Settle the shared reads even if listing fails, so no promise is left unhandled.
  sharedRead.catch(() => undefined)
  const facts = await services
  const shared = await sharedRead
  // The cluster's Region and account: from its ARN, or from any service ARN read.
  const anyService = facts.targets.find((target) => target.ok)
  const cluster =
    parseArn(inputs.cluster) ?? (anyService?.ok ? parseArn(anyService.serviceArn) : undefined)
  if (cluster)
    Object.assign(shared, { clusterRegion: cluster.region, clusterAccount: cluster.account })
  if (inputs.caArn && pca && inputs.mode !== 'verify')
    shared.otherRoots = await readOtherRoots(ready(facts.targets), inputs.caArn, pca)
  return { ...facts, shared }
}
