/**
 * Pure: how long the credentials must last for the waits a run implies, and the warning when
 * that comes near one hour, the default session of aws-actions/configure-aws-credentials
 * (role-duration-seconds defaults to 3600). A session that ends mid-wait stops the watcher
 * (rollout.ts); this says so before anything is written.
 */
import type { DeploymentConfiguration } from '@aws-sdk/client-ecs'
import type { WaitUntil } from '../model/deployment.js'

/** The default session length of configure-aws-credentials, in minutes. */
export const DEFAULT_SESSION_MINUTES = 60
/**
 * "Near" one hour: reads before the write, the write itself and the reads after the wait take
 * a few minutes on a fleet, so a wait of 50 minutes or more leaves no room in a 1-hour session.
 */
export const NEAR_SESSION_MINUTES = 50
/** Time on top of the waits for the reads and writes around them. */
const MARGIN_MINUTES = 15
/** The longest session STS grants (AssumeRole DurationSeconds maximum, 12 hours). */
const MAX_SESSION_SECONDS = 43_200

/**
 * Pure: the least time a deployment with this configuration takes in ECS, in minutes, from the
 * bake and traffic-shift settings (ECS API model, DeploymentConfiguration): the canary bake,
 * the linear steps' bakes (one after each step but the last), and with `completed` the bake
 * time after the shift.
 */
export function strategyMinutes(
  configuration: DeploymentConfiguration | undefined,
  until: WaitUntil
): number {
  if (!configuration) return 0
  const bake = until === 'completed' ? (configuration.bakeTimeInMinutes ?? 0) : 0
  switch (configuration.strategy) {
    case 'CANARY':
      return bake + (configuration.canaryConfiguration?.canaryBakeTimeInMinutes ?? 0)
    case 'LINEAR': {
      const step = configuration.linearConfiguration?.stepPercent ?? 10
      const steps = step > 0 ? Math.ceil(100 / step) : 1
      const stepBake = configuration.linearConfiguration?.stepBakeTimeInMinutes ?? 0
      return bake + Math.max(0, steps - 1) * stepBake
    }
    default:
      return bake
  }
}

export interface WaitLength {
  /** The longest the run may wait in all, in minutes. */
  minutes: number
  /** The least the slowest deployment takes in ECS, in minutes (bake and shift settings). */
  strategyMinutes: number
  /** A `role-duration-seconds` that outlasts the wait, with margin. */
  roleDurationSeconds: number
}

export interface WaitPlan {
  waitMinutes: number
  until: WaitUntil
  /** A release in flight is waited for first, with its own wait-for-minutes. */
  releasesWaited: boolean
  /** The deployment configurations of the services to be updated. */
  configurations: readonly (DeploymentConfiguration | undefined)[]
}

/** Pure: a session length that covers `minutes` of waiting, in steps of 15 minutes. */
export function roleDurationFor(minutes: number): number {
  const needed = Math.ceil((minutes + MARGIN_MINUTES) / 15) * 15 * 60
  return Math.min(MAX_SESSION_SECONDS, Math.max(DEFAULT_SESSION_MINUTES * 60, needed))
}

/**
 * Pure: each wait ends at wait-for-minutes at the latest, however slow the deployment; the
 * strategy's own minimum says how sure that is (a bake longer than the wait is reported
 * elsewhere, bake-time-exceeds-wait).
 */
export function waitLength(plan: WaitPlan): WaitLength {
  const slowest = Math.max(0, ...plan.configurations.map((c) => strategyMinutes(c, plan.until)))
  // A wait can end sooner than its limit, never later.
  const minutes = plan.waitMinutes * (plan.releasesWaited ? 2 : 1)
  return { minutes, strategyMinutes: slowest, roleDurationSeconds: roleDurationFor(minutes) }
}

/** The way out of a session that ends mid-wait. */
export function sessionWayOut(roleDurationSeconds: number): string {
  return (
    `the role session must outlast the wait: set role-duration-seconds of ` +
    `aws-actions/configure-aws-credentials (e.g. ${roleDurationSeconds}), and the role's maximum ` +
    `session duration to at least that (a chained role session is limited to 1 hour)`
  )
}

/** Pure: the warning before writing, or undefined when the waits end well within an hour. */
export function longWaitWarning(plan: WaitPlan): string | undefined {
  const length = waitLength(plan)
  if (length.minutes < NEAR_SESSION_MINUTES) return undefined
  const parts = [`wait-for-minutes ${plan.waitMinutes}`]
  if (plan.releasesWaited) parts.push('a release in flight waited for first')
  if (length.strategyMinutes > 0)
    parts.push(`the deployment strategy alone takes at least ${length.strategyMinutes} minutes`)
  return (
    `the waits may last up to ${length.minutes} minutes (${parts.join('; ')}), near or past the ` +
    `${DEFAULT_SESSION_MINUTES}-minute default session of aws-actions/configure-aws-credentials. ` +
    `If the credentials expire during the wait, the step stops waiting and fails; ${sessionWayOut(length.roleDurationSeconds)}`
  )
}
