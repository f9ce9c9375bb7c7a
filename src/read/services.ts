/**
 * The services' part of the read: which services the run works on, as DescribeServices shows
 * them, and their task definitions. Nothing is judged here.
 */
import type { Service, TaskDefinition } from '@aws-sdk/client-ecs'
import type { EcsReader } from '../aws/ecs.js'
import type { ReadGateways } from '../aws/gateways.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Read, ServiceFacts, Target } from '../model/facts.js'
import type { Lazy } from '../util/lazy.js'
import { nameOf } from '../util/arn.js'
import { mapLimit } from '../util/concurrency.js'
import { errorText, explainDenied } from '../util/errors.js'
import { primaryDeployment } from '../util/service-connect.js'
import { readOr } from './not-read.js'
import { resolveTarget } from './target.js'

/** DescribeTaskDefinition calls in flight at once: a fleet may have one per service. */
const TASK_DEFINITION_READS = 10

interface Selected {
  names: string[]
  found: Map<string, Service>
  listed?: number
}

/** A service that `service: '*'` keeps: ACTIVE, with Service Connect entries on its PRIMARY deployment. */
export function usesServiceConnect(service: Service | undefined): boolean {
  const config = service && primaryDeployment(service)?.serviceConnectConfiguration
  return (
    service?.status === 'ACTIVE' && config?.enabled === true && (config.services?.length ?? 0) > 0
  )
}

/**
 * The services to work on, described once. `service: '*'` lists the cluster and keeps every
 * service that uses Service Connect.
 */
async function selectServices(
  ecs: EcsReader,
  inputs: Inputs,
  region: Lazy<string | undefined> | undefined
): Promise<Selected> {
  const { cluster } = inputs
  const explain = (call: string) => async (error: unknown) => {
    throw ecsReadError(error, call, cluster, await region?.())
  }
  if (!inputs.services.all) {
    const { names } = inputs.services
    const described = await ecs.describeServices(cluster, names).catch(explain('DescribeServices'))
    return { names, found: described.found }
  }
  const listed = (await ecs.listServiceArns(cluster).catch(explain('ListServices'))).map(nameOf)
  const { found } = await ecs.describeServices(cluster, listed).catch(explain('DescribeServices'))
  const names = listed.filter((name) => usesServiceConnect(found.get(name)))
  return { names, found, listed: listed.length }
}

/** A failed service read with what to do about the two common causes. */
export function ecsReadError(
  error: unknown,
  call: string,
  cluster: string,
  region: string | undefined
): unknown {
  if (error instanceof Error && error.name === 'ClusterNotFoundException')
    return new Error(
      `Cluster "${cluster}" was not found in Region ${region ?? '(unknown)'} (${call}: ${errorText(error)}). Check "cluster", and the Region (AWS_REGION, or give the cluster as an ARN). Nothing was changed.`
    )
  return explainDenied(error, { call, resource: `cluster ${cluster}`, permission: `ecs:${call}` })
}

/** One DescribeTaskDefinition per distinct task definition, not per service. */
async function readTaskDefinitions(
  ecs: EcsReader,
  targets: readonly Target[]
): Promise<Map<string, Read<TaskDefinition | undefined>>> {
  const arns = new Set(
    targets.flatMap((target) => {
      const arn = target.ok ? primaryDeployment(target.service)?.taskDefinition : undefined
      return arn ? [arn] : []
    })
  )
  const entries = await mapLimit([...arns], TASK_DEFINITION_READS, async (arn) => {
    const read = await readOr(`Task definition ${arn}`, 'ecs:DescribeTaskDefinition', () =>
      ecs.describeTaskDefinition(arn)
    )
    return [arn, read] as const
  })
  return new Map(entries)
}

async function factsOf(selected: Selected, inputs: Inputs, ecs: EcsReader): Promise<ServiceFacts> {
  const { names, found, listed } = selected
  const targets = names.map((name) => {
    const service = found.get(name)
    return resolveTarget(service ? { name, service } : { name }, inputs.cluster, inputs.portNames)
  })
  const taskDefinitions = await readTaskDefinitions(ecs, targets)
  return { targets, taskDefinitions, ...(listed !== undefined ? { listed } : {}) }
}

export async function readServices(
  inputs: Inputs,
  gateways: Pick<ReadGateways, 'ecs' | 'region'>
): Promise<ServiceFacts> {
  const selected = await selectServices(gateways.ecs, inputs, gateways.region)
  return factsOf(selected, inputs, gateways.ecs)
}
