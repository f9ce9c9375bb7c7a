/**
 * How the deployment watcher reads ECS and what a failed read means: every read is tagged with
 * its call and resource (for the way out), a denied service-deployment read switches the
 * watcher to DescribeServices for good, and a final failure ends a wait as read-failed, with
 * the words from wait-ended.ts. One instance per watcher holds the switches the rounds share.
 */
import { classifyAwsError } from '../util/error-kinds.js'
import { followedId } from './deployment-state.js'
import type { LastSeen, WatchResult } from '../model/deployment.js'
import { type ReadFailure, waitEndedReason } from './wait-ended.js'
import type { Pending, WatcherOptions } from './watch-types.js'

/** A read that failed, with what it was (for the way out). */
class ReadError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.operation)
    this.name = 'ReadError'
  }
}

export const failureOf = (error: unknown): ReadFailure =>
  error instanceof ReadError
    ? error.failure
    : { operation: 'a read', resource: 'ECS', kind: classifyAwsError(error), error }

export class WatchReads {
  /** Service deployments may not be read: everything is followed through DescribeServices. */
  servicesOnly = false
  /** Service revisions may not be read: "after" comes from the PRIMARY deployment. */
  noRevisions = false

  constructor(readonly options: WatcherOptions) {}

  /** Tags a read's error with the call and what it read, for the way out. */
  async read<T>(operation: string, resource: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw new ReadError({ operation, resource, kind: classifyAwsError(error), error })
    }
  }

  /** A denied service-deployment read: follow through DescribeServices instead, if allowed. */
  fallBack(error: unknown): boolean {
    if (!(error instanceof ReadError) || error.failure.kind !== 'access-denied') return false
    if (error.failure.operation === 'DescribeServiceDeployments') this.servicesOnly = true
    this.noRevisions = true
    this.options.onServicesOnly?.(error.failure)
    return true
  }

  lastSeen(item: Pending): LastSeen {
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

  /** The result of a wait that a final read failure ended, as the watch was last seen. */
  readFailed(item: Pending, failure: ReadFailure, out: string): WatchResult {
    const lastSeen = this.lastSeen(item)
    return {
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
    }
  }
}
