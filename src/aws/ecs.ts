/**
 * The ECS gateway. Reading and writing are separate objects: plan and verify are handed an
 * `EcsReader`, which has no way to update a service.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  type Service,
  type ServiceConnectConfiguration,
  type ServiceDeployment,
  type ServiceRevision,
  type TaskDefinition,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { DEPLOYMENT_BATCH, DESCRIBE_BATCH } from '../util/api-limits.js'
import { nameOf } from '../util/arn.js'
import { chunk, limiter, mapLimit } from '../util/concurrency.js'
import { primaryDeployment, usesServiceConnect } from '../util/service-connect.js'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'
import { explainDenied } from '../util/errors.js'

/** Task definition reads in flight at once: a fleet may have one per service. */
const TASK_DEFINITION_CONCURRENCY = 10

export interface DescribedServices {
  /** By the name the caller asked for. Missing services are absent. */
  found: Map<string, Service>
}

export interface EcsReader {
  describeServices(cluster: string, services: readonly string[]): Promise<DescribedServices>
  listServiceArns(cluster: string): Promise<string[]>
  describeTaskDefinition(taskDefinition: string): Promise<TaskDefinition | undefined>
  /** By ARN; ARNs ECS reports in `failures[]` are absent. ceil(n / 20) calls. */
  describeServiceDeployments(arns: readonly string[]): Promise<Map<string, ServiceDeployment>>
  /** By ARN; ARNs ECS reports in `failures[]` are absent. ceil(n / 20) calls. */
  describeServiceRevisions(arns: readonly string[]): Promise<Map<string, ServiceRevision>>
}

/** What discover mode reads: the clusters of one Region, their services, described. */
export interface EcsDiscoveryReader extends Pick<
  EcsReader,
  'listServiceArns' | 'describeServices'
> {
  /** Every cluster ARN of the client's account and Region: ceil(n / 100) ListClusters calls. */
  listClusterArns(): Promise<string[]>
}

export interface EcsWriter {
  /** Sends the whole configuration, which replaces the service's current one. */
  updateServiceConnect(
    cluster: string,
    service: string,
    configuration: ServiceConnectConfiguration
  ): Promise<Service | undefined>
}

export function createEcsClient(region?: string, use: 'all' | 'polling' = 'all'): ECSClient {
  return new ECSClient(clientSettings(region, use))
}

async function byArn<T>(
  arns: readonly string[],
  read: (batch: string[]) => Promise<T[] | undefined>,
  arnOf: (item: T) => string | undefined
): Promise<Map<string, T>> {
  const found = new Map<string, T>()
  await mapLimit(chunk([...new Set(arns)], DEPLOYMENT_BATCH), 5, async (batch) => {
    for (const item of (await read(batch)) ?? []) {
      const arn = arnOf(item)
      if (arn) found.set(arn, item)
    }
  })
  return found
}

/**
 * `signal`: the run's; every call made through the reader carries it (see abort.ts). `polls`:
 * the client for the service-deployment reads (clients.ts, `polling`); default `ecs`.
 * `taskDefinitions`: a client of its own for DescribeTaskDefinition. The SDK's adaptive retry
 * limits a client's whole send rate once any call is throttled, while ECS throttles by
 * operation: sharing one client, a fleet's throttled DescribeServices would hold back the task
 * definition reads that come next (README "Performance"). With it, the task definition of each
 * service that uses Service Connect is read as soon as its DescribeServices batch is in (once
 * per ARN: a revision never changes), while the throttled service reads go on.
 */
export function createEcsReader(
  ecs: ECSClient,
  signal?: AbortSignal,
  polls: ECSClient = ecs,
  taskDefinitions: ECSClient = ecs
): EcsReader & EcsDiscoveryReader {
  const client = withSignal(ecs, signal)
  const polling = polls === ecs ? client : withSignal(polls, signal)
  const prefetch = taskDefinitions !== ecs
  const taskDefinitionClient = prefetch ? withSignal(taskDefinitions, signal) : client
  const reads = new Map<string, Promise<TaskDefinition | undefined>>()
  const slot = limiter(TASK_DEFINITION_CONCURRENCY)
  const readTaskDefinition = (taskDefinition: string): Promise<TaskDefinition | undefined> => {
    const known = reads.get(taskDefinition)
    if (known) return known
    const read = slot(
      async () =>
        (await taskDefinitionClient.send(new DescribeTaskDefinitionCommand({ taskDefinition })))
          .taskDefinition
    )
    reads.set(taskDefinition, read)
    // A failure reaches whoever asks; a later ask reads again. Nobody may ask for a prefetch.
    read.catch(() => reads.delete(taskDefinition))
    return read
  }
  return {
    async listClusterArns() {
      const arns: string[] = []
      let nextToken: string | undefined
      do {
        const output = await client.send(
          new ListClustersCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) })
        )
        arns.push(...(output.clusterArns ?? []))
        nextToken = output.nextToken
      } while (nextToken)
      return arns
    },
    async describeServices(cluster, services) {
      const found = new Map<string, Service>()
      const batches = chunk(services, DESCRIBE_BATCH)
      await mapLimit(batches, 5, async (batch) => {
        const output = await client.send(new DescribeServicesCommand({ cluster, services: batch }))
        for (const service of output.services ?? []) {
          const asked = batch.find(
            (name) => name === service.serviceArn || nameOf(name) === service.serviceName
          )
          if (asked !== undefined) found.set(asked, service)
          const taskDefinition = primaryDeployment(service)?.taskDefinition
          if (prefetch && taskDefinition && usesServiceConnect(service))
            void readTaskDefinition(taskDefinition).catch(() => undefined)
        }
      })
      return { found }
    },
    async listServiceArns(cluster) {
      const arns: string[] = []
      let nextToken: string | undefined
      do {
        const output = await client.send(
          new ListServicesCommand({ cluster, maxResults: 100, ...(nextToken ? { nextToken } : {}) })
        )
        arns.push(...(output.serviceArns ?? []))
        nextToken = output.nextToken
      } while (nextToken)
      return arns
    },
    describeTaskDefinition(taskDefinition) {
      return prefetch
        ? readTaskDefinition(taskDefinition)
        : slot(
            async () =>
              (await client.send(new DescribeTaskDefinitionCommand({ taskDefinition })))
                .taskDefinition
          )
    },
    describeServiceDeployments(arns) {
      return byArn(
        arns,
        async (serviceDeploymentArns) =>
          (await polling.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns })))
            .serviceDeployments,
        (deployment) => deployment.serviceDeploymentArn
      )
    },
    describeServiceRevisions(arns) {
      return byArn(
        arns,
        async (serviceRevisionArns) =>
          (await polling.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns })))
            .serviceRevisions,
        (revision) => revision.serviceRevisionArn
      )
    }
  }
}

/** After the signal, no UpdateService is sent, and none is retried. */
export function createEcsWriter(ecs: ECSClient, signal?: AbortSignal): EcsWriter {
  const client = withSignal(ecs, signal)
  return {
    async updateServiceConnect(cluster, service, serviceConnectConfiguration) {
      const output = await client
        .send(new UpdateServiceCommand({ cluster, service, serviceConnectConfiguration }))
        .catch((error: unknown) => {
          throw explainDenied(error, {
            call: 'UpdateService',
            resource: `service ${service} in cluster ${cluster}`,
            permission: 'ecs:UpdateService (and iam:PassRole on the infrastructure role)'
          })
        })
      return output.service
    }
  }
}
