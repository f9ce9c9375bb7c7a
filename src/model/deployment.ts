/** Deployments as the run follows them: what is followed, where it stands, how it ended. Types only. */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'

/** `completed` (SUCCESSFUL) or `traffic-shifted` (BAKE_TIME reached). */
export type WaitUntil = 'completed' | 'traffic-shifted'

/** apply: what to do with a service whose own deployment is still in progress. */
export type InFlightPolicy = 'wait' | 'fail'

/** A service deployment ARN (ECS today), or a `deployments[]` id (fallback). */
export type Followed = { arn: string } | { id: string }

/** A release still in flight when the run starts. */
export interface InFlight {
  followed: Followed
  /** The ARN or id, for messages. */
  deployment: string
  status: string
  stage?: string
}

/** Where one deployment stands, in ECS's own terms, judged from one read. */
export type DeploymentState =
  | { state: 'in-progress'; stage?: string }
  | { state: 'completed' }
  | { state: 'traffic-shifted' }
  | { state: 'rolled-back'; reason: string }
  | { state: 'failed'; reason: string }
  /**
   * STOP_REQUESTED or STOPPED, or (fallback) no longer PRIMARY. `replaced`: ECS says a newer
   * deployment took its place; otherwise the service is read to find out.
   */
  | { state: 'stopped'; reason: string; replaced?: boolean }

/** How a watch ended. */
export type RolloutOutcome =
  | { state: 'completed' | 'traffic-shifted' }
  | { state: 'failed' | 'rolled-back'; reason: string }
  | { state: 'superseded'; reason: string; by?: string }
  | { state: 'timed-out'; reason: string; stage?: string }
  | { state: 'cancelled'; reason: string }

/** What ECS runs once the watch is over. */
export interface InForce {
  /** The service revision ARN, when ECS has service revisions for the service. */
  revisionArn?: string
  /** Its Service Connect configuration (undefined: the revision has none). */
  config?: ServiceConnectConfiguration
}

export interface WatchResult {
  outcome: RolloutOutcome
  /** The deployment followed at the end: a newer one when ours was superseded. */
  followed: Followed
  /** Read from ECS after the watch; absent when cancelled (no more calls) or unreadable. */
  inForce?: InForce
  /**
   * The revision the service is configured with, when that is not the one in force (a
   * deployment stopped without rollback): the next deployment starts from it.
   */
  configured?: InForce
  /** Service events newer than the watch's start, for anything but success. */
  events: string[]
}
