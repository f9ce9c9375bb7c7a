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
  ListServicesCommand,
  type Service,
  type ServiceConnectConfiguration,
  type ServiceDeployment,
  type ServiceRevision,
  type TaskDefinition,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { nameOf } from '../util/arn.js'
import { chunk, mapLimit } from '../util/concurrency.js'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'
import { explainDenied } from '../util/errors.js'

/** DescribeServices takes at most 10 services a call (ECS API model). */
export const DESCRIBE_BATCH = 10
/** DescribeServiceDeployments and DescribeServiceRevisions take at most 20 ARNs a call (ECS API reference). */
export const DEPLOYMENT_BATCH = 20

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

export interface EcsWriter {
  /** Sends the whole configuration, which replaces the service's current one. */
  updateServiceConnect(
    cluster: string,
    service: string,
    configuration: ServiceConnectConfiguration
  ): Promise<Service | undefined>
}

export function createEcsClient(region?: string): ECSClient {
  return new ECSClient(clientSettings(region))
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

/** `signal`: the run's; every call made through the reader carries it (see abort.ts). */
export function createEcsReader(ecs: ECSClient, signal?: AbortSignal): EcsReader {
  const client = withSignal(ecs, signal)
  return {
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
    async describeTaskDefinition(taskDefinition) {
      const output = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition }))
      return output.taskDefinition
    },
    describeServiceDeployments(arns) {
      return byArn(
        arns,
        async (serviceDeploymentArns) =>
          (await client.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns })))
            .serviceDeployments,
        (deployment) => deployment.serviceDeploymentArn
      )
    },
    describeServiceRevisions(arns) {
      return byArn(
        arns,
        async (serviceRevisionArns) =>
          (await client.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns })))
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
