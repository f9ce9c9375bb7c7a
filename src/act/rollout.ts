/**
 * Follows the deployments a run started. One shared loop polls every pending deployment per
 * round with batched DescribeServices calls, so a round costs ceil(pending / 10) calls.
 */
import type { Service } from '@aws-sdk/client-ecs'

/** `rolledBack`: another deployment (the circuit breaker's rollback) is PRIMARY now. */
export type Judgement =
  | { state: 'in-progress' }
  | { state: 'completed' }
  | { state: 'failed'; reason: string; rolledBack: boolean }

/**
 * Pure: where one deployment stands. Unlike the SDK's ServicesStable waiter, it looks at the
 * deployment this run started: a circuit-breaker rollback also ends with one stable
 * deployment, just not ours.
 */
export function judgeDeployment(service: Service | undefined, deploymentId: string): Judgement {
  if (!service)
    return {
      state: 'failed',
      reason: 'the service is no longer found (MISSING)',
      rolledBack: false
    }
  if (service.status !== 'ACTIVE')
    return {
      state: 'failed',
      reason: `the service is ${service.status ?? 'gone'} while deploying`,
      rolledBack: false
    }
  const deployments = service.deployments ?? []
  const ours = deployments.find((deployment) => deployment.id === deploymentId)
  const primary = deployments.find((deployment) => deployment.status === 'PRIMARY')
  const rolledBack = primary !== undefined && primary.id !== deploymentId
  if (ours?.rolloutState === 'FAILED') {
    const why = ours.rolloutStateReason ? `: ${ours.rolloutStateReason}` : ''
    return {
      state: 'failed',
      reason: `deployment ${deploymentId} failed${why}${rollbackNote(primary?.id, deploymentId)}`,
      rolledBack
    }
  }
  if (!ours || ours.status !== 'PRIMARY') {
    // ECS may already have drained the failed deployment; its event still says why.
    const said = service.events?.find(
      (event) => event.message?.includes(deploymentId) && /fail/i.test(event.message)
    )?.message
    return {
      state: 'failed',
      reason: `deployment ${deploymentId} is no longer the PRIMARY deployment${said ? ` (${said})` : ''}${rollbackNote(primary?.id, deploymentId)}`,
      rolledBack
    }
  }
  if (ours.rolloutState === 'COMPLETED') return { state: 'completed' }
  // Without a rollout state (older deployment types), settle for what the SDK waiter checks.
  if (
    ours.rolloutState === undefined &&
    deployments.length === 1 &&
    ours.runningCount === ours.desiredCount
  )
    return { state: 'completed' }
  return { state: 'in-progress' }
}

function rollbackNote(primaryId: string | undefined, ours: string): string {
  if (!primaryId || primaryId === ours) return ''
  return `; ECS rolled back to deployment ${primaryId}, so the previous Service Connect configuration is back in place`
}

/** The service's events since `since`, newest first, as ECS lists them. */
export function recentEvents(service: Service | undefined, since: Date, limit = 5): string[] {
  const events = service?.events ?? []
  const recent = events.filter(
    (event) => !event.createdAt || event.createdAt.getTime() >= since.getTime() - 1000
  )
  return (recent.length > 0 ? recent : events).slice(0, limit).map((event) => event.message ?? '')
}

export type RolloutOutcome =
  | { state: 'completed' }
  | { state: 'failed'; reason: string; rolledBack: boolean; events: string[] }
  | { state: 'timed-out' | 'cancelled'; reason: string }

export interface WatcherOptions {
  /** Reads the named services (the gateway batches them by 10). */
  describe: (names: string[]) => Promise<Map<string, Service>>
  pollMs: number
  timeoutMs: number
  signal?: AbortSignal
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Called after each poll round: how many deployments it read, how many are still going. */
  onRound?: (read: number, stillInProgress: number) => void
  /** Called when a poll round could not read the services. */
  onError?: (error: unknown) => void
}

interface Pending {
  name: string
  deploymentId: string
  startedAt: number
  resolve: (outcome: RolloutOutcome) => void
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

export class RolloutWatcher {
  private readonly pending = new Map<string, Pending>()
  /** Cleared in the same turn the loop ends, so a watch() right after still starts a new one. */
  private running = false
  private readonly now: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>

  constructor(private readonly options: WatcherOptions) {
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? abortableSleep
  }

  /** Resolves when the deployment completes, fails, times out or the run is cancelled. */
  watch(name: string, deploymentId: string): Promise<RolloutOutcome> {
    return new Promise((resolve) => {
      this.pending.set(name, { name, deploymentId, startedAt: this.now(), resolve })
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
        await this.sleep(this.options.pollMs, signal)
        if (signal?.aborted) {
          this.settleAll(
            'cancelled',
            'the run was cancelled while the deployment was still in progress'
          )
          return
        }
        await this.round()
      }
    } finally {
      this.running = false
    }
  }

  private async round(): Promise<void> {
    const batch = [...this.pending.values()]
    let services: Map<string, Service>
    try {
      services = await this.options.describe(batch.map((item) => item.name))
    } catch (error) {
      // The SDK has already retried; one bad round does not fail a rollout, the deadline does.
      this.options.onError?.(error)
      this.expire(batch)
      return
    }
    for (const item of batch) {
      const service = services.get(item.name)
      const judgement = judgeDeployment(service, item.deploymentId)
      if (judgement.state === 'completed') this.settle(item, { state: 'completed' })
      else if (judgement.state === 'failed')
        this.settle(item, {
          ...judgement,
          events: recentEvents(service, new Date(item.startedAt))
        })
    }
    this.expire(batch)
    this.options.onRound?.(batch.length, this.pending.size)
  }

  private expire(batch: Pending[]): void {
    const now = this.now()
    for (const item of batch) {
      if (!this.pending.has(item.name)) continue
      if (now - item.startedAt >= this.options.timeoutMs)
        this.settle(item, {
          state: 'timed-out',
          reason: `deployment ${item.deploymentId} was still in progress after ${Math.round(this.options.timeoutMs / 60_000)} minutes; ECS goes on with it`
        })
    }
  }

  private settle(item: Pending, outcome: RolloutOutcome): void {
    this.pending.delete(item.name)
    item.resolve(outcome)
  }

  private settleAll(state: 'cancelled', reason: string): void {
    for (const item of [...this.pending.values()])
      this.settle(item, { state, reason: `${reason} (deployment ${item.deploymentId})` })
  }
}
