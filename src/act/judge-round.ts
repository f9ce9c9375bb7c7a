/**
 * The judging of one watcher round: the batched reads of every pending deployment
 * (DescribeServiceDeployments, or DescribeServices on the fallback), the lifecycle stages seen
 * once each, and the move to a newer deployment that superseded a stopped one. What ECS's
 * answers mean is decided in deployment-state.ts (pure); this module reads and turns states into
 * outcomes. The watcher loop (rollout.ts) keeps the deadlines.
 */
import type { Service, ServiceDeployment } from '@aws-sdk/client-ecs'
import { chunk } from '../util/concurrency.js'
import { DEPLOYMENT_BATCH, DESCRIBE_BATCH } from '../util/api-limits.js'
import { followedId, judgeDeployment, judgeServiceDeployment } from './deployment-state.js'
import type { DeploymentState, RolloutOutcome } from '../model/deployment.js'
import { primaryDeployment } from '../util/service-connect.js'
import type { CallCounter, Ended, Pending } from './watch-types.js'
import type { WatchReads } from './watch-reads.js'

/** A watch that moved on to a newer deployment ends as superseded, saying how that one ended. */
export function supersededOutcome(item: Pending, outcome: RolloutOutcome): RolloutOutcome {
  if (!item.superseded) return outcome
  const { by, reason } = item.superseded
  const then =
    outcome.state === 'completed' || outcome.state === 'traffic-shifted'
      ? `; deployment ${by} ${outcome.state === 'completed' ? 'completed' : 'shifted production traffic'}`
      : `; then ${'reason' in outcome ? outcome.reason : outcome.state}`
  return { state: 'superseded', by, reason: `${reason}${then}` }
}

/**
 * Reads and judges the batch; returns the watches that ended (a switched one stays) and the
 * services the round has read already (settling reuses them).
 */
export async function judgeRound(
  batch: Pending[],
  counter: CallCounter,
  reads: WatchReads
): Promise<{ ended: Ended[]; services: Map<string, Service> }> {
  const { options } = reads
  const arns = batch.flatMap((item) => ('arn' in item.followed ? [item.followed.arn] : []))
  let deployments = new Map<string, ServiceDeployment>()
  if (arns.length && !reads.servicesOnly) {
    counter.calls += chunk(arns, DEPLOYMENT_BATCH).length
    try {
      deployments = await reads.read(
        'DescribeServiceDeployments',
        `service deployment ${arns[0] ?? ''}${arns.length > 1 ? ` and ${arns.length - 1} more` : ''}`,
        () => options.describeServiceDeployments(arns)
      )
    } catch (error) {
      if (!reads.fallBack(error)) throw error
    }
  }
  const viaServices = (item: Pending): boolean => !('arn' in item.followed) || reads.servicesOnly
  const legacy = batch.filter(viaServices).map((item) => item.name)
  counter.calls += chunk(legacy, DESCRIBE_BATCH).length
  const legacyServices = legacy.length
    ? await reads.read('DescribeServices', `services ${legacy.join(', ')}`, () =>
        options.describeServices(legacy)
      )
    : new Map<string, Service>()
  const states = batch.map((item) => {
    if (viaServices(item)) {
      const service = legacyServices.get(item.name)
      if ('arn' in item.followed && !item.viaId) {
        // Switched to the fallback mid-wait: the PRIMARY deployment is the one UpdateService
        // (or the release in flight) started, unless it was replaced in between.
        const primary = service ? primaryDeployment(service)?.id : undefined
        if (primary) item.viaId = primary
      }
      const id = 'id' in item.followed ? item.followed.id : item.viaId
      const ours = service?.deployments?.find((deployment) => deployment.id === id)
      if (ours?.rolloutState) item.seenRollout = ours.rolloutState
      const state: DeploymentState = id
        ? judgeDeployment(service, id)
        : { state: 'failed', reason: 'the service has no PRIMARY deployment to follow' }
      return { item, state }
    }
    const deployment = 'arn' in item.followed ? deployments.get(item.followed.arn) : undefined
    if (deployment) item.last = deployment
    const state: DeploymentState = deployment
      ? judgeServiceDeployment(deployment, item.until)
      : { state: 'in-progress' } // Not visible yet (eventual consistency): next round.
    return { item, state, ...(deployment ? { deployment } : {}) }
  })
  for (const { item, state } of states)
    if (state.state === 'in-progress' && state.stage && state.stage !== item.stage) {
      item.stage = state.stage
      options.onStage?.(item.name, followedId(item.followed), state.stage)
    }
  const ended: Ended[] = []
  const stopped = states.filter(
    ({ item, state }) => state.state === 'stopped' && !viaServices(item)
  )
  const switched = await followSuperseding(stopped, legacyServices, counter, reads)
  for (const { item, state, deployment } of states) {
    if (state.state === 'in-progress' || switched.has(item)) continue
    ended.push({
      item,
      state,
      outcome: supersededOutcome(
        item,
        outcomeOf(state, legacyServices.get(item.name), followedId(item.followed))
      ),
      ...(deployment ? { deployment } : {})
    })
  }
  return { ended, services: legacyServices }
}

/**
 * A stopped deployment: superseded when the service has a newer current deployment. That one
 * is followed to its end, since it decides what the service runs. (When the SDK retried an
 * UpdateService that ECS had applied, the response names the later deployment, which is the
 * one followed from the start: a deployment newer than that one is never ours.)
 */
async function followSuperseding(
  stopped: { item: Pending; state: DeploymentState }[],
  services: Map<string, Service>,
  counter: CallCounter,
  reads: WatchReads
): Promise<Set<Pending>> {
  const switched = new Set<Pending>()
  const byArn = stopped.filter(({ item }) => 'arn' in item.followed)
  if (byArn.length === 0) return switched
  const names = byArn.map(({ item }) => item.name)
  counter.calls += chunk(names, DESCRIBE_BATCH).length
  const read = await reads.read('DescribeServices', `services ${names.join(', ')}`, () =>
    reads.options.describeServices(names)
  )
  for (const [name, service] of read) services.set(name, service)
  for (const { item, state } of byArn) {
    const current = services.get(item.name)?.currentServiceDeployment
    if (!current || current === followedId(item.followed)) continue
    if (!item.superseded) {
      const reason = 'reason' in state ? state.reason : ''
      item.superseded = { by: current, reason: `${reason}; superseded by deployment ${current}` }
    }
    item.followed = { arn: current }
    delete item.stage
    delete item.last
    switched.add(item)
  }
  return switched
}

function outcomeOf(
  state: DeploymentState,
  service: Service | undefined,
  followed: string
): RolloutOutcome {
  switch (state.state) {
    case 'completed':
    case 'traffic-shifted':
      return { state: state.state }
    case 'rolled-back':
    case 'failed':
      return { state: state.state, reason: state.reason }
    case 'stopped': {
      // ECS said a newer deployment took its place (fallback), or the service names one.
      if (state.replaced) return { state: 'superseded', reason: state.reason }
      const by = service?.currentServiceDeployment
      return by && by !== followed
        ? { state: 'superseded', reason: `${state.reason}; superseded by deployment ${by}`, by }
        : { state: 'failed', reason: state.reason }
    }
    case 'in-progress':
      return { state: 'failed', reason: 'unexpected: judged while in progress' }
  }
}
