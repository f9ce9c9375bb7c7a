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
 * decided in deployment-state.ts (pure); this module holds the loop, the deadlines and the ends of a
 * wait (timed out, cancelled, read failed). One round is judged in judge-round.ts, the ended
 * watches are settled in settle-watches.ts, and the reads and their failures live in
 * watch-reads.ts.
 *
 * Read errors are classified once (aws/error-kinds.ts). A retryable one (the SDK has retried
 * already) lets the next poll try again, within the deadline. A final one (credentials expired
 * or invalid, access denied, ...) ends every wait at once: polling on would only repeat it
 * until wait-for-minutes ran out, and then blame the rollout.
 */
import { isCancelled } from '../aws/abort.js'
import { jitteredPoll } from '../aws/backoff.js'
import { followedId } from './deployment-state.js'
import type { Followed, WaitUntil, WatchResult } from '../model/deployment.js'
import { type ReadFailure, wayOut } from './wait-ended.js'
import type { Pending, WatcherOptions, WatchOptions } from './watch-types.js'
import { failureOf, WatchReads } from './watch-reads.js'
import { judgeRound, supersededOutcome } from './judge-round.js'
import { settleWatches } from './settle-watches.js'

export type { RoundReport, WatcherOptions, WatcherReads, WatchOptions } from './watch-types.js'

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

const minutes = (ms: number): string => `${Math.round(ms / 60_000)} minutes`

export class RolloutWatcher {
  private readonly pending = new Map<string, Pending>()
  /** Cleared in the same turn the loop ends, so a watch() right after still starts a new one. */
  private running = false
  private readonly now: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  private readonly until: WaitUntil
  /** The reads, and whether they are limited to DescribeServices (shared by every round). */
  private readonly reads: WatchReads
  /** The last round failed with a retryable error. */
  private retrying = false
  private readonly random: () => number

  constructor(private readonly options: WatcherOptions) {
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? abortableSleep
    this.until = options.until ?? 'completed'
    this.random = options.random ?? Math.random
    this.reads = new WatchReads(options)
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
    this.reads.servicesOnly = true
    this.reads.noRevisions = true
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
      const { ended, services } = await judgeRound(batch, counter, this.reads)
      const now = this.now()
      let timedOut = 0
      for (const item of batch) {
        if (ended.some((end) => end.item === item) || now < item.deadline) continue
        timedOut++
        const stage = item.stage ? ` in stage ${item.stage}` : ''
        ended.push({
          item,
          ...(item.last ? { deployment: item.last } : {}),
          state: { state: 'timed-out' },
          outcome: supersededOutcome(item, {
            state: 'timed-out',
            reason: `deployment ${followedId(item.followed)} was still in progress${stage} after ${minutes(this.options.timeoutMs)}; ECS goes on with it`,
            ...(item.stage ? { stage: item.stage } : {})
          })
        })
      }
      const results = await settleWatches(ended, counter, services, this.reads)
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

  private endAll(failure: ReadFailure): void {
    const out = wayOut(failure, this.options.wayOut ?? { roleDurationSeconds: 7200 })
    for (const item of [...this.pending.values()])
      this.resolve(item, this.reads.readFailed(item, failure, out))
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
