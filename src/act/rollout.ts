/**
 * Follows deployments: the ones a run started, and releases already in flight when it began.
 * One shared loop reads every pending service deployment per round with batched
 * DescribeServiceDeployments calls (ceil(pending / 20) a round). When a watch ends, the service
 * revision ECS runs is read back (DescribeServiceRevisions): that, not the plan, is what the run
 * reports as "after".
 *
 * `service.deployments[]` is only a fallback, for an UpdateService response without
 * `currentServiceDeployment`. What ECS's answers mean is decided in verdicts.ts (pure); this
 * module reads, waits and keeps the deadlines.
 */
import type { Service, ServiceDeployment, ServiceRevision } from '@aws-sdk/client-ecs'
import { isCancelled } from '../aws/abort.js'
import { chunk } from '../util/concurrency.js'
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
  RolloutOutcome,
  WaitUntil,
  WatchResult
} from '../model/deployment.js'
import { primaryDeployment } from '../util/service-connect.js'

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
  /** After each round. */
  onRound?: (report: RoundReport) => void
  /** Each lifecycle stage (or rollback status) of each deployment, once. */
  onStage?: (name: string, deployment: string, stage: string) => void
  /** A round that could not read (the next round tries again; the deadline still holds). */
  onError?: (error: unknown) => void
}

export interface WatchOptions {
  /** Overrides the watcher's `until` (a release in flight is always followed to the end). */
  until?: WaitUntil
}

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

  constructor(private readonly options: WatcherOptions) {
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? abortableSleep
    this.until = options.until ?? 'completed'
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
        resolve
      })
      if (!this.running) {
        this.running = true
        void this.run()
      }
    })
  }

  private async run(): Promise<void> {
    const { signal } = this.options
    try {
      while (this.pending.size > 0) {
        // Never sleep past a deadline: the wait ends when its time is up, not a poll later.
        const nearest = Math.min(...[...this.pending.values()].map((item) => item.deadline))
        await this.sleep(Math.max(0, Math.min(this.options.pollMs, nearest - this.now())), signal)
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
      if (this.options.signal?.aborted || isCancelled(error)) return
      // The SDK has already retried; one bad round does not fail a rollout, the deadline does.
      this.options.onError?.(error)
      this.expireUnread(batch)
    }
  }

  /** Reads and judges the batch; returns the watches that ended (a switched one stays). */
  private async judge(batch: Pending[], counter: { calls: number }): Promise<Ended[]> {
    const reads = this.options
    const arns = batch.flatMap((item) => ('arn' in item.followed ? [item.followed.arn] : []))
    const legacy = batch.filter((item) => 'id' in item.followed).map((item) => item.name)
    counter.calls += chunk(arns, 20).length + chunk(legacy, 10).length
    const [deployments, legacyServices] = await Promise.all([
      arns.length ? reads.describeServiceDeployments(arns) : new Map<string, ServiceDeployment>(),
      legacy.length ? reads.describeServices(legacy) : new Map<string, Service>()
    ])
    const verdicts = batch.map((item) => {
      if ('id' in item.followed)
        return {
          item,
          verdict: judgeDeployment(legacyServices.get(item.name), item.followed.id)
        }
      const deployment = deployments.get(item.followed.arn)
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
    const stopped = verdicts.filter(({ verdict }) => verdict.state === 'stopped')
    const switched = await this.followSuperseding(stopped, legacyServices, counter)
    for (const { item, verdict, deployment } of verdicts) {
      if (verdict.state === 'in-progress' || switched.has(item)) continue
      ended.push({
        item,
        verdict,
        outcome: supersededOutcome(item, this.outcomeOf(verdict, legacyServices.get(item.name))),
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
    counter.calls += chunk(names, 10).length
    const read = await this.options.describeServices(names)
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

  private outcomeOf(verdict: DeploymentState, service: Service | undefined): RolloutOutcome {
    switch (verdict.state) {
      case 'completed':
      case 'traffic-shifted':
        return { state: verdict.state }
      case 'rolled-back':
      case 'failed':
        return { state: verdict.state, reason: verdict.reason }
      case 'stopped': {
        const by = service?.currentServiceDeployment
        return by && !verdict.reason.includes(by)
          ? { state: 'superseded', reason: `${verdict.reason}; superseded by deployment ${by}`, by }
          : verdict.reason.includes('no longer the PRIMARY')
            ? { state: 'superseded', reason: verdict.reason }
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
    counter.calls += chunk(names, 10).length
    const services = new Map(known)
    if (names.length)
      for (const [name, service] of await reads.describeServices(names)) services.set(name, service)
    const revisionArns = new Map<Pending, string>()
    const configuredArns = new Map<Pending, string>()
    for (const end of ended) {
      const service = services.get(end.item.name)
      const arn = revisionInForce(end.verdict, end.deployment, service)
      if (arn) revisionArns.set(end.item, arn)
      const configured = revisionConfigured(end.verdict, end.deployment, service, arn)
      if (configured) configuredArns.set(end.item, configured)
    }
    const unique = [...new Set([...revisionArns.values(), ...configuredArns.values()])]
    counter.calls += chunk(unique, 20).length
    const revisions = unique.length
      ? await reads.describeServiceRevisions(unique)
      : new Map<string, ServiceRevision>()
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
          events: success(end) ? [] : recentEvents(service, new Date(end.item.startedAt))
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
