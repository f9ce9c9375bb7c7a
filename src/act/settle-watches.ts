/**
 * The settling of the watches a round ended: what ECS runs afterwards is read back (the service
 * revision in force and, when it differs, the one configured, via DescribeServiceRevisions;
 * the PRIMARY deployment on DescribeServices without that permission), with the service's
 * recent events for a watch that did not succeed. That, not the plan, is what the run reports
 * as "after".
 */
import type { Service, ServiceRevision } from '@aws-sdk/client-ecs'
import { chunk } from '../util/concurrency.js'
import { DEPLOYMENT_BATCH, DESCRIBE_BATCH } from '../util/api-limits.js'
import { recentEvents, revisionConfigured, revisionInForce } from './deployment-state.js'
import type { InForce, WatchResult } from '../model/deployment.js'
import { primaryDeployment } from '../util/service-connect.js'
import type { CallCounter, Ended, Pending } from './watch-types.js'
import type { WatchReads } from './watch-reads.js'

/** Reads what ECS runs for each ended watch; returns each one's result, in order. */
export async function settleWatches(
  ended: Ended[],
  counter: CallCounter,
  known: Map<string, Service>,
  reads: WatchReads
): Promise<[Pending, WatchResult][]> {
  if (ended.length === 0) return []
  const { options } = reads
  const success = (end: Ended): boolean =>
    end.outcome.state === 'completed' || end.outcome.state === 'traffic-shifted'
  // Services are read for their events and current revision, except after a clean success.
  const names = ended
    .filter((end) => (!success(end) || !end.deployment) && !known.has(end.item.name))
    .map((end) => end.item.name)
  counter.calls += chunk(names, DESCRIBE_BATCH).length
  const services = new Map(known)
  if (names.length)
    for (const [name, service] of await reads.read(
      'DescribeServices',
      `services ${names.join(', ')}`,
      () => options.describeServices(names)
    ))
      services.set(name, service)
  const revisionArns = new Map<Pending, string>()
  const configuredArns = new Map<Pending, string>()
  for (const end of ended) {
    const service = services.get(end.item.name)
    const arn = revisionInForce(end.state, end.deployment, service)
    if (arn) revisionArns.set(end.item, arn)
    const configured = revisionConfigured(end.state, end.deployment, service, arn)
    if (configured) configuredArns.set(end.item, configured)
  }
  const unique = reads.noRevisions
    ? []
    : [...new Set([...revisionArns.values(), ...configuredArns.values()])]
  counter.calls += chunk(unique, DEPLOYMENT_BATCH).length
  let revisions = new Map<string, ServiceRevision>()
  if (unique.length)
    try {
      revisions = await reads.read(
        'DescribeServiceRevisions',
        `service revision ${unique[0] ?? ''}${unique.length > 1 ? ` and ${unique.length - 1} more` : ''}`,
        () => options.describeServiceRevisions(unique)
      )
    } catch (error) {
      // Without the permission, the PRIMARY deployment's configuration is "after" (below).
      if (!reads.fallBack(error)) throw error
    }
  // A revision that could not be read: the PRIMARY deployment, on DescribeServices, says it.
  const unread = ended
    .filter((end) => {
      const arn = revisionArns.get(end.item)
      return !(arn && revisions.has(arn)) && !services.has(end.item.name)
    })
    .map((end) => end.item.name)
  counter.calls += chunk(unread, DESCRIBE_BATCH).length
  if (unread.length)
    for (const [name, service] of await reads.read(
      'DescribeServices',
      `services ${unread.join(', ')}`,
      () => options.describeServices(unread)
    ))
      services.set(name, service)
  const results: [Pending, WatchResult][] = []
  for (const end of ended) {
    const service = services.get(end.item.name)
    const arn = revisionArns.get(end.item)
    const revision = arn ? revisions.get(arn) : undefined
    // Without service revisions (fallback), the PRIMARY deployment carries the configuration.
    const config = revision
      ? revision.serviceConnectConfiguration
      : service
        ? primaryDeployment(service)?.serviceConnectConfiguration
        : undefined
    const inForce: InForce | undefined =
      revision || service
        ? { ...(revision && arn ? { revisionArn: arn } : {}), ...(config ? { config } : {}) }
        : undefined
    const configuredArn = configuredArns.get(end.item) ?? ''
    const configuredConfig = revisions.get(configuredArn)?.serviceConnectConfiguration
    const configured: InForce | undefined = revisions.has(configuredArn)
      ? { revisionArn: configuredArn, ...(configuredConfig ? { config: configuredConfig } : {}) }
      : undefined
    results.push([
      end.item,
      {
        outcome: end.outcome,
        followed: end.item.followed,
        ...(inForce ? { inForce } : {}),
        ...(configured ? { configured } : {}),
        events: success(end) ? [] : recentEvents(service, new Date(end.item.startedAt)),
        ...(reads.servicesOnly ? { viaServices: true } : {})
      }
    ])
  }
  return results
}
