/**
 * The ECS gateway. Reading and writing are separate objects: plan and verify are handed an
 * `EcsReader`, which has no way to update a service.
 */
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListServicesCommand,
  type Service,
  type ServiceConnectConfiguration,
  type TaskDefinition,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { nameOf } from '../inputs/arn.js'
import { chunk, mapLimit } from '../act/concurrency.js'
import { clientSettings } from './clients.js'
import { explainDenied } from '../errors.js'

/** DescribeServices takes at most 10 services a call (ECS API model). */
export const DESCRIBE_BATCH = 10

export interface DescribedServices {
  /** By the name the caller asked for. Missing services are absent. */
  found: Map<string, Service>
}

export interface EcsReader {
  describeServices(cluster: string, services: readonly string[]): Promise<DescribedServices>
  listServiceArns(cluster: string): Promise<string[]>
  describeTaskDefinition(taskDefinition: string): Promise<TaskDefinition | undefined>
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

export function createEcsReader(client: ECSClient): EcsReader {
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
    }
  }
}

export function createEcsWriter(client: ECSClient): EcsWriter {
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
