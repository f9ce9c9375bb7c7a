/**
 * Follows deployments: the ones a run started, and releases already in flight when it began.
 * One shared loop reads every pending service deployment per round with batched
 * DescribeServiceDeployments calls (ceil(pending / 20) a round). When a watch ends, the service
 * revision ECS runs is read back (DescribeServiceRevisions): that, not the plan, is what the run
 * reports as "after".
 *
 * `service.deployments[]` is the fallback: for an UpdateService response without
 * `currentServiceDeployment`, and for a role without the service-deployment permissions (the
 * 1.x policies): on AccessDenied the watcher follows every deployment through DescribeServices
 * from then on, where lifecycle stages and bake time cannot be seen. What ECS's answers mean is
 * decided in verdicts.ts (pure); this module reads, waits and keeps the deadlines.
 *
 * Read errors are classified once (aws/error-kinds.ts). A retryable one (the SDK has retried
 * already) lets the next poll try again, within the deadline. A final one (credentials expired
 * or invalid, access denied, ...) ends every wait at once: polling on would only repeat it
 * until wait-for-minutes ran out, and then blame the rollout.
 */
import type { Service, ServiceDeployment, ServiceRevision } from '@aws-sdk/client-ecs'
import { isCancelled } from '../aws/abort.js'
import { classifyAwsError } from '../util/error-kinds.js'
import { jitteredPoll } from '../aws/backoff.js'
import { chunk } from '../util/concurrency.js'
import { DEPLOYMENT_BATCH, DESCRIBE_BATCH } from '../util/api-limits.js'
import {
  followedId,
  judgeDeployment,
  judgeServiceDeployment,
  recentEvents,
  revisionConfigured,
  revisionInForce
} from './verdicts.js'
import type {
  DeploymentState,
  Followed,
  InForce,
  LastSeen,
  RolloutOutcome,
  WaitUntil,
  WatchResult
} from '../model/deployment.js'
import { primaryDeployment } from '../util/service-connect.js'
import { type ReadFailure, waitEndedReason, wayOut, type WayOutContext } from './wait-ended.js'

/** The reads the watcher needs; the ECS gateway batches them. */
export interface WatcherReads {
  describeServices: (names: string[]) => Promise<Map<string, Service>>
  describeServiceDeployments: (arns: string[]) => Promise<Map<string, ServiceDeployment>>
  describeServiceRevisions: (arns: string[]) => Promise<Map<string, ServiceRevision>>
}

export interface RoundReport {
  /** Deployments read this round. */
  read: number
  /** AWS calls the round made. */
  calls: number
  /** Deployments still running in ECS, those past the time limit included. */
  inProgress: number
  /** Of `inProgress`, the ones no longer followed because their time ran out this round. */
  timedOut: number
}

export interface WatcherOptions extends WatcherReads {
  pollMs: number
  timeoutMs: number
  until?: WaitUntil
  signal?: AbortSignal
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** For the poll jitter after a failed round; default Math.random. */
  random?: () => number
  /** After each round. */
  onRound?: (report: RoundReport) => void
  /** Each lifecycle stage (or rollback status) of each deployment, once. */
  onStage?: (name: string, deployment: string, stage: string) => void
  /** A round that could not read, retryably (the next round tries again; the deadline holds). */
  onError?: (error: unknown) => void
  /**
   * Service deployments or revisions may not be read (AccessDenied): from now on the rollouts
   * are followed through DescribeServices. Called for each denied operation, the first time.
   */
  onServicesOnly?: (failure: ReadFailure) => void
  /** For the way out of an expired session; default: a session of two hours. */
  wayOut?: WayOutContext
}

export interface WatchOptions {
  /** Overrides the watcher's `until` (a release in flight is always followed to the end). */
  until?: WaitUntil
  /** The `deployments[]` id of the followed deployment, if known: the fallback follows it. */
  deploymentId?: string
}

/** A read that failed, with what it was (for the way out). */
class ReadError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.operation)
    this.name = 'ReadError'
  }
}

const failureOf = (error: unknown): ReadFailure =>
  error instanceof ReadError
    ? error.failure
    : { operation: 'a read', resource: 'ECS', kind: classifyAwsError(error), error }

interface Pending {
  name: string
  followed: Followed
  startedAt: number
  deadline: number
  until: WaitUntil
  stage?: string
  /** The followed deployment as last read. */
  last?: ServiceDeployment
  /** Set once a newer deployment replaced the one this run started: it is followed instead. */
  superseded?: { by: string; reason: string }
  /** The `deployments[]` id followed through DescribeServices (fallback) for an ARN. */
  viaId?: string
  /** The rolloutState of that `deployments[]` entry, as last read. */
  seenRollout?: string
  resolve: (result: WatchResult) => void
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve()
      return
    }
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

interface Ended {
  item: Pending
  outcome: RolloutOutcome
  deployment?: ServiceDeployment
  verdict: DeploymentState | { state: 'timed-out' }
}

const minutes = (ms: number): string => `${Math.round(ms / 60_000)} minutes`

/** A watch that moved on to a newer deployment ends as superseded, saying how that one ended. */
function supersededOutcome(item: Pending, outcome: RolloutOutcome): RolloutOutcome {
  if (!item.superseded) return outcome
  const { by, reason } = item.superseded
  const then =
    outcome.state === 'completed' || outcome.state === 'traffic-shifted'
      ? `; deployment ${by} ${outcome.state === 'completed' ? 'completed' : 'shifted production traffic'}`
      : `; then ${'reason' in outcome ? outcome.reason : outcome.state}`
  return { state: 'superseded', by, reason: `${reason}${then}` }
}

export class RolloutWatcher {
  private readonly pending = new Map<string, Pending>()
  /** Cleared in the same turn the loop ends, so a watch() right after still starts a new one. */
  private running = false
  private readonly now: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  private readonly until: WaitUntil
  /** Services the current round has read already. */
  private lastServices = new Map<string, Service>()
  /** Service deployments may not be read: everything is followed through DescribeServices. */
  private servicesOnly = false
  /** Service revisions may not be read: "after" comes from the PRIMARY deployment. */
  private noRevisions = false
  /** The last round failed with a retryable error. */
  private retrying = false
  private readonly random: () => number

  constructor(private readonly options: WatcherOptions) {
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? abortableSleep
    this.until = options.until ?? 'completed'
    this.random = options.random ?? Math.random
  }

  /** Resolves when the deployment ends, its time runs out, or the run is cancelled. */
  watch(name: string, followed: Followed, options: WatchOptions = {}): Promise<WatchResult> {
    return new Promise((resolve) => {
      const startedAt = this.now()
      this.pending.set(name, {
        name,
        followed,
        startedAt,
        deadline: startedAt + this.options.timeoutMs,
        until: options.until ?? this.until,
        ...(options.deploymentId ? { viaId: options.deploymentId } : {}),
        resolve
      })
      if (!this.running) {
        this.running = true
        void this.run()
      }
    })
  }

  /**
   * From now on, follow every deployment through DescribeServices (the in-flight check found
   * the service-deployment reads denied before any watch began).
   */
  followThroughServices(): void {
    this.servicesOnly = true
    this.noRevisions = true
  }

  private async run(): Promise<void> {
    const { signal } = this.options
    try {
      while (this.pending.size > 0) {
        // Never sleep past a deadline: the wait ends when its time is up, not a poll later.
        const nearest = Math.min(...[...this.pending.values()].map((item) => item.deadline))
        const left = Math.max(0, nearest - this.now())
        // After a throttled or failed round, the next poll is spread by ±10 % (backoff.ts), so
        // runners throttled together do not come back together; never past a deadline.
        const wait = this.retrying
          ? jitteredPoll(this.options.pollMs, this.random(), left)
          : Math.min(this.options.pollMs, left)
        await this.sleep(wait, signal)
        if (signal?.aborted) {
          this.cancelAll()
          return
        }
        await this.round()
        if (signal?.aborted) {
          this.cancelAll()
          return
        }
      }
    } finally {
      this.running = false
    }
  }

  private async round(): Promise<void> {
    const batch = [...this.pending.values()]
    const counter = { calls: 0 }
    this.retrying = false
    try {
      const ended = await this.judge(batch, counter)
      const now = this.now()
      let timedOut = 0
      for (const item of batch) {
        if (ended.some((end) => end.item === item) || now < item.deadline) continue
        timedOut++
        const stage = item.stage ? ` in stage ${item.stage}` : ''
        ended.push({
          item,
          ...(item.last ? { deployment: item.last } : {}),
          verdict: { state: 'timed-out' },
          outcome: supersededOutcome(item, {
            state: 'timed-out',
            reason: `deployment ${followedId(item.followed)} was still in progress${stage} after ${minutes(this.options.timeoutMs)}; ECS goes on with it`,
            ...(item.stage ? { stage: item.stage } : {})
          })
        })
      }
      const results = await this.settle(ended, counter, this.lastServices)
      // Reported before the watches resolve, so the line precedes whatever follows them.
      this.options.onRound?.({
        read: batch.length,
        calls: counter.calls,
        inProgress: batch.length - ended.length + timedOut,
        timedOut
      })
      for (const [item, result] of results) this.resolve(item, result)
    } catch (error) {
      const failure = failureOf(error)
      if (
        this.options.signal?.aborted ||
        isCancelled(failure.error) ||
        failure.kind === 'cancelled'
      )
        return
      if (failure.kind === 'retryable') {
        // The SDK has already retried; one bad round does not fail a rollout, the deadline does.
        this.retrying = true
        this.options.onError?.(failure.error)
        this.expireUnread(batch)
        return
      }
      // No retry outlives expired credentials or a denial: every wait ends now, as last seen.
      this.endAll(failure)
    }
  }

  /** Tags a read's error with the call and what it read, for the way out. */
  private async read<T>(operation: string, resource: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw new ReadError({ operation, resource, kind: classifyAwsError(error), error })
    }
  }

  /** A denied service-deployment read: follow through DescribeServices instead, if allowed. */
  private fallBack(error: unknown): boolean {
    if (!(error instanceof ReadError) || error.failure.kind !== 'access-denied') return false
    if (error.failure.operation === 'DescribeServiceDeployments') this.servicesOnly = true
    this.noRevisions = true
    this.options.onServicesOnly?.(error.failure)
    return true
  }

  private lastSeen(item: Pending): LastSeen {
    const last = item.last
    if (!last || this.servicesOnly)
      return {
        deployment: item.viaId ?? followedId(item.followed),
        ...(item.seenRollout ? { status: item.seenRollout } : {})
      }
    return {
      deployment: followedId(item.followed),
      ...(last.status ? { status: last.status } : {}),
      ...(last.lifecycleStage ? { stage: last.lifecycleStage } : {}),
      ...(last.targetServiceRevision?.arn ? { revision: last.targetServiceRevision.arn } : {})
    }
  }

  private endAll(failure: ReadFailure): void {
    const out = wayOut(failure, this.options.wayOut ?? { roleDurationSeconds: 7200 })
    for (const item of [...this.pending.values()]) {
      const lastSeen = this.lastSeen(item)
      this.resolve(item, {
        outcome: {
          state: 'read-failed',
          reason: waitEndedReason(failure, lastSeen, out),
          cause: failure.kind,
          operation: failure.operation,
          lastSeen,
          wayOut: out
        },
        followed: item.followed,
        events: [],
        ...(this.servicesOnly ? { viaServices: true } : {})
      })
    }
  }

  /** Reads and judges the batch; returns the watches that ended (a switched one stays). */
  private async judge(batch: Pending[], counter: { calls: number }): Promise<Ended[]> {
    const reads = this.options
    const arns = batch.flatMap((item) => ('arn' in item.followed ? [item.followed.arn] : []))
    let deployments = new Map<string, ServiceDeployment>()
    if (arns.length && !this.servicesOnly) {
      counter.calls += chunk(arns, DEPLOYMENT_BATCH).length
      try {
        deployments = await this.read(
          'DescribeServiceDeployments',
          `service deployment ${arns[0] ?? ''}${arns.length > 1 ? ` and ${arns.length - 1} more` : ''}`,
          () => reads.describeServiceDeployments(arns)
        )
      } catch (error) {
        if (!this.fallBack(error)) throw error
      }
    }
    const viaServices = (item: Pending): boolean => !('arn' in item.followed) || this.servicesOnly
    const legacy = batch.filter(viaServices).map((item) => item.name)
    counter.calls += chunk(legacy, DESCRIBE_BATCH).length
    const legacyServices = legacy.length
      ? await this.read('DescribeServices', `services ${legacy.join(', ')}`, () =>
          reads.describeServices(legacy)
        )
      : new Map<string, Service>()
    const verdicts = batch.map((item) => {
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
        const verdict: DeploymentState = id
          ? judgeDeployment(service, id)
          : { state: 'failed', reason: 'the service has no PRIMARY deployment to follow' }
        return { item, verdict }
      }
      const deployment = 'arn' in item.followed ? deployments.get(item.followed.arn) : undefined
      if (deployment) item.last = deployment
      const verdict: DeploymentState = deployment
        ? judgeServiceDeployment(deployment, item.until)
        : { state: 'in-progress' } // Not visible yet (eventual consistency): next round.
      return { item, verdict, ...(deployment ? { deployment } : {}) }
    })
    for (const { item, verdict } of verdicts)
      if (verdict.state === 'in-progress' && verdict.stage && verdict.stage !== item.stage) {
        item.stage = verdict.stage
        this.options.onStage?.(item.name, followedId(item.followed), verdict.stage)
      }
    this.lastServices = legacyServices
    const ended: Ended[] = []
    const stopped = verdicts.filter(
      ({ item, verdict }) => verdict.state === 'stopped' && !viaServices(item)
    )
    const switched = await this.followSuperseding(stopped, legacyServices, counter)
    for (const { item, verdict, deployment } of verdicts) {
      if (verdict.state === 'in-progress' || switched.has(item)) continue
      ended.push({
        item,
        verdict,
        outcome: supersededOutcome(
          item,
          this.outcomeOf(verdict, legacyServices.get(item.name), followedId(item.followed))
        ),
        ...(deployment ? { deployment } : {})
      })
    }
    return ended
  }

  /**
   * A stopped deployment: superseded when the service has a newer current deployment. That one
   * is followed to its end, since it decides what the service runs. (When the SDK retried an
   * UpdateService that ECS had applied, the response names the later deployment, which is the
   * one followed from the start: a deployment newer than that one is never ours.)
   */
  private async followSuperseding(
    stopped: { item: Pending; verdict: DeploymentState }[],
    services: Map<string, Service>,
    counter: { calls: number }
  ): Promise<Set<Pending>> {
    const switched = new Set<Pending>()
    const byArn = stopped.filter(({ item }) => 'arn' in item.followed)
    if (byArn.length === 0) return switched
    const names = byArn.map(({ item }) => item.name)
    counter.calls += chunk(names, DESCRIBE_BATCH).length
    const read = await this.read('DescribeServices', `services ${names.join(', ')}`, () =>
      this.options.describeServices(names)
    )
    for (const [name, service] of read) services.set(name, service)
    for (const { item, verdict } of byArn) {
      const current = services.get(item.name)?.currentServiceDeployment
      if (!current || current === followedId(item.followed)) continue
      if (!item.superseded) {
        const reason = 'reason' in verdict ? verdict.reason : ''
        item.superseded = { by: current, reason: `${reason}; superseded by deployment ${current}` }
      }
      item.followed = { arn: current }
      delete item.stage
      delete item.last
      switched.add(item)
    }
    return switched
  }

  private outcomeOf(
    verdict: DeploymentState,
    service: Service | undefined,
    followed: string
  ): RolloutOutcome {
    switch (verdict.state) {
      case 'completed':
      case 'traffic-shifted':
        return { state: verdict.state }
      case 'rolled-back':
      case 'failed':
        return { state: verdict.state, reason: verdict.reason }
      case 'stopped': {
        // ECS said a newer deployment took its place (fallback), or the service names one.
        if (verdict.replaced) return { state: 'superseded', reason: verdict.reason }
        const by = service?.currentServiceDeployment
        return by && by !== followed
          ? { state: 'superseded', reason: `${verdict.reason}; superseded by deployment ${by}`, by }
          : { state: 'failed', reason: verdict.reason }
      }
      case 'in-progress':
        return { state: 'failed', reason: 'unexpected: judged while in progress' }
    }
  }

  /** Reads what ECS runs for each ended watch, then resolves them. */
  private async settle(
    ended: Ended[],
    counter: { calls: number },
    known: Map<string, Service>
  ): Promise<[Pending, WatchResult][]> {
    if (ended.length === 0) return []
    const reads = this.options
    const success = (end: Ended): boolean =>
      end.outcome.state === 'completed' || end.outcome.state === 'traffic-shifted'
    // Services are read for their events and current revision, except after a clean success.
    const names = ended
      .filter((end) => (!success(end) || !end.deployment) && !known.has(end.item.name))
      .map((end) => end.item.name)
    counter.calls += chunk(names, DESCRIBE_BATCH).length
    const services = new Map(known)
    if (names.length)
      for (const [name, service] of await this.read(
        'DescribeServices',
        `services ${names.join(', ')}`,
        () => reads.describeServices(names)
      ))
        services.set(name, service)
    const revisionArns = new Map<Pending, string>()
    const configuredArns = new Map<Pending, string>()
    for (const end of ended) {
      const service = services.get(end.item.name)
      const arn = revisionInForce(end.verdict, end.deployment, service)
      if (arn) revisionArns.set(end.item, arn)
      const configured = revisionConfigured(end.verdict, end.deployment, service, arn)
      if (configured) configuredArns.set(end.item, configured)
    }
    const unique = this.noRevisions
      ? []
      : [...new Set([...revisionArns.values(), ...configuredArns.values()])]
    counter.calls += chunk(unique, DEPLOYMENT_BATCH).length
    let revisions = new Map<string, ServiceRevision>()
    if (unique.length)
      try {
        revisions = await this.read(
          'DescribeServiceRevisions',
          `service revision ${unique[0] ?? ''}${unique.length > 1 ? ` and ${unique.length - 1} more` : ''}`,
          () => reads.describeServiceRevisions(unique)
        )
      } catch (error) {
        // Without the permission, the PRIMARY deployment's configuration is "after" (below).
        if (!this.fallBack(error)) throw error
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
      for (const [name, service] of await this.read(
        'DescribeServices',
        `services ${unread.join(', ')}`,
        () => reads.describeServices(unread)
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
          ...(this.servicesOnly ? { viaServices: true } : {})
        }
      ])
    }
    return results
  }

  /** A round that failed to read: watches past their deadline end without a fresh state. */
  private expireUnread(batch: Pending[]): void {
    const now = this.now()
    for (const item of batch) {
      if (!this.pending.has(item.name) || now < item.deadline) continue
      const stage = item.stage ? ` in stage ${item.stage}` : ''
      this.resolve(item, {
        outcome: {
          state: 'timed-out',
          reason: `deployment ${followedId(item.followed)} was still in progress${stage} after ${minutes(this.options.timeoutMs)} (its state could not be read at the end); ECS goes on with it`,
          ...(item.stage ? { stage: item.stage } : {})
        },
        followed: item.followed,
        events: []
      })
    }
  }

  private resolve(item: Pending, result: WatchResult): void {
    this.pending.delete(item.name)
    item.resolve(result)
  }

  private cancelAll(): void {
    for (const item of [...this.pending.values()])
      this.resolve(item, {
        outcome: {
          state: 'cancelled',
          reason: `the run was cancelled while deployment ${followedId(item.followed)} was still running; ECS goes on with it`
        },
        followed: item.followed,
        events: []
      })
  }
}
