/**
 * on-tls-errors: revert. Puts back exactly the Service Connect configuration the action read
 * before the run, on a service whose TLS handshakes fail, and waits for that rollout:
 * StopServiceDeployment ROLLBACK while the deployment is still in progress (bake time), else
 * UpdateService. Never on a service that changed since the action read it: a newer deployment
 * or another configuration in force means someone else deployed, and their work is not undone.
 */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import type { EcsReader, EcsWriter } from '../aws/ecs.js'
import type { DeploymentStopper } from '../aws/ecs-stop.js'
import { errorText } from '../util/errors.js'
import type { RolloutWatcher } from './rollout.js'
import type { RevertResult } from '../model/traffic.js'
import { primaryDeployment } from '../util/service-connect.js'

export interface RevertContext {
  cluster: string
  reader: EcsReader
  writer: EcsWriter
  stopper: DeploymentStopper
  watcher: RolloutWatcher
}

export interface RevertItem {
  name: string
  /** The service deployment the run started (and followed). */
  deploymentArn: string
  /** What the action read before the run: what goes back. */
  before?: ServiceConnectConfiguration
  /** What the run left in force, read back after its rollout. */
  applied?: ServiceConnectConfiguration
}

/** Key order and absent members do not matter; everything else does. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)])
    )
  return value
}

export function sameConfiguration(
  a: ServiceConnectConfiguration | undefined,
  b: ServiceConnectConfiguration | undefined
): boolean {
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null))
}

/** A revert is followed to its end, whatever wait-until says. */
const FULL = { until: 'completed' } as const

const refused = (message: string): RevertResult => ({ action: 'refused', message })

export async function revertService(item: RevertItem, ctx: RevertContext): Promise<RevertResult> {
  const { before } = item
  if (!before)
    return refused('not reverted: no Service Connect configuration was read before the run')
  try {
    const service = (await ctx.reader.describeServices(ctx.cluster, [item.name])).found.get(
      item.name
    )
    if (!service) return refused('not reverted: the service could not be read again')
    const current = service.currentServiceDeployment
    if (current && current !== item.deploymentArn)
      return refused(
        `not reverted: the service changed since the action read it (deployment ${current} started after the action's ${item.deploymentArn})`
      )
    const now = primaryDeployment(service)?.serviceConnectConfiguration
    if (item.applied && now && !sameConfiguration(now, item.applied))
      return refused(
        'not reverted: the Service Connect configuration in force is no longer the one this run applied (someone else changed it)'
      )
    const deployment = (await ctx.reader.describeServiceDeployments([item.deploymentArn])).get(
      item.deploymentArn
    )
    const status = deployment?.status
    if (status === 'PENDING' || status === 'IN_PROGRESS') {
      await ctx.stopper.rollBack(item.deploymentArn)
      const result = await ctx.watcher.watch(item.name, { arn: item.deploymentArn }, FULL)
      const back = sameConfiguration(result.inForce?.config, before)
      if (result.outcome.state === 'rolled-back' && back)
        return {
          action: 'rolled-back',
          message: `StopServiceDeployment ROLLBACK of ${item.deploymentArn} while it was still in progress: the previous configuration is back in force`
        }
      return {
        action: 'failed',
        message: `StopServiceDeployment ROLLBACK of ${item.deploymentArn} ended ${result.outcome.state}${'reason' in result.outcome ? ` (${result.outcome.reason})` : ''}${back ? '' : '; the configuration in force is not the previous one'}`
      }
    }
    if (status !== 'SUCCESSFUL')
      return refused(
        `not reverted: deployment ${item.deploymentArn} is ${status ?? 'unreadable'}, not in progress and not completed`
      )
    const updated = await ctx.writer.updateServiceConnect(ctx.cluster, item.name, before)
    const arn = updated?.currentServiceDeployment
    if (!arn)
      return {
        action: 'failed',
        message: 'UpdateService with the previous configuration returned no deployment to follow'
      }
    const result = await ctx.watcher.watch(item.name, { arn }, FULL)
    const back = sameConfiguration(result.inForce?.config, before)
    if (result.outcome.state === 'completed' && back)
      return {
        action: 'reverted',
        message: `UpdateService with the configuration read before the run; deployment ${arn} completed and it is back in force`
      }
    return {
      action: 'failed',
      message: `UpdateService with the previous configuration: deployment ${arn} ended ${result.outcome.state}${back ? '' : '; the configuration in force is not the previous one'}`
    }
  } catch (error) {
    return { action: 'failed', message: `the revert failed: ${errorText(error)}` }
  }
}
