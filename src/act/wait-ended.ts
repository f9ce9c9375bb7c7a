/**
 * Pure: the words for a wait that ended because ECS could no longer be read: what failed, how
 * each service was last seen, and the way out. ECS goes on with the rollout either way.
 */
import { KIND_WORDS } from '../util/error-kinds.js'
import { accessDeniedText, errorText } from '../util/errors.js'
import { sessionWayOut } from './wait-length.js'
import type { ErrorKind, LastSeen } from '../model/deployment.js'

/** A read the watcher could not make, and why. */
export interface ReadFailure {
  /** The API call, e.g. DescribeServiceDeployments. */
  operation: string
  /** What it read, in words (a deployment ARN, services in a cluster). */
  resource: string
  kind: ErrorKind
  error: unknown
}

export interface WayOutContext {
  /** A role-duration-seconds that outlasts the run's waits (wait-length.ts). */
  roleDurationSeconds: number
}

const CHECK =
  'ECS goes on with the rollout; check how it ends with mode: verify, or in the ECS console (the service\'s "Deployments" tab)'

/** Pure: what to do about a read that will not succeed by retrying. */
export function wayOut(failure: ReadFailure, context: WayOutContext): string {
  switch (failure.kind) {
    case 'expired-credentials':
      return sessionWayOut(context.roleDurationSeconds)
    case 'invalid-credentials':
      return 'check the credentials the step is given (aws-actions/configure-aws-credentials before this step, the role and its trust policy)'
    case 'access-denied':
      return accessDeniedText(failure.error, {
        call: failure.operation,
        resource: failure.resource,
        permission: `ecs:${failure.operation}`
      })
    case 'not-found':
      return 'the cluster or service was deleted while waiting; nothing more can be followed'
    default:
      return 'run again once the cause is fixed'
  }
}

export const lastSeenText = (seen: LastSeen): string => {
  const parts = [seen.status ?? 'state unknown']
  if (seen.stage) parts.push(`stage ${seen.stage}`)
  if (seen.revision) parts.push(`target revision ${seen.revision}`)
  return `deployment ${seen.deployment} last seen ${parts.join(', ')}`
}

/** Pure: the reason line of a wait that ended: what failed, the last state, the way out. */
export function waitEndedReason(failure: ReadFailure, seen: LastSeen, out: string): string {
  return (
    `the wait ended: ${failure.operation} failed and retrying cannot help (${KIND_WORDS[failure.kind]}: ${errorText(failure.error)}); ` +
    `${lastSeenText(seen)}. ${CHECK}. Way out: ${out}`
  )
}

/** The permissions the 1.x policies lacked; without them rollouts are followed through DescribeServices. */
export const SERVICE_DEPLOYMENT_PERMISSIONS = [
  'ecs:DescribeServiceDeployments',
  'ecs:DescribeServiceRevisions'
] as const

/** Pure: the one warning for a role without the service-deployment permissions. */
export function servicesOnlyWarning(operation: string, error: unknown): string {
  return (
    `ecs:${operation} is denied (${errorText(error)}): deployments are followed through ` +
    'DescribeServices (deployments[], rolloutState) instead, where lifecycle stages and bake ' +
    `time are unknown. Grant ${SERVICE_DEPLOYMENT_PERMISSIONS.join(' and ')} on the cluster's ` +
    'service deployments and revisions (policies/read-only.json and policies/apply.json grant ' +
    'them; the 1.x policies did not)'
  )
}
