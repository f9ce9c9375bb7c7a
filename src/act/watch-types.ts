/**
 * The shapes the deployment watcher's modules share: the options a RolloutWatcher takes (its
 * public API, re-exported by rollout.ts), one followed watch as it goes along, and a watch that
 * ended. Kept apart so the loop, the judging and the settling import them without a cycle.
 */
import type { Service, ServiceDeployment, ServiceRevision } from '@aws-sdk/client-ecs'
import type {
  DeploymentState,
  Followed,
  RolloutOutcome,
  WaitUntil,
  WatchResult
} from '../model/deployment.js'
import type { ReadFailure, WayOutContext } from './wait-ended.js'

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

/** One watch while it is followed (the round mutates it as ECS answers). */
export interface Pending {
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

/** A watch that ended this round, before what ECS runs has been read back. */
export interface Ended {
  item: Pending
  outcome: RolloutOutcome
  deployment?: ServiceDeployment
  state: DeploymentState | { state: 'timed-out' }
}

/** The AWS calls a round made, counted as they are made. */
export interface CallCounter {
  calls: number
}
