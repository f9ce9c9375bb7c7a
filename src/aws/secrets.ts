/**
 * The Secrets Manager gateway: finds the secrets ECS keeps a service's Service Connect TLS
 * certificate and key in, and reads their metadata. Only ListSecrets and DescribeSecret: the
 * secret values are never read (no GetSecretValue anywhere in this action).
 */
import {
  DescribeSecretCommand,
  type DescribeSecretResponse,
  paginateListSecrets,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { chunk, mapLimit } from '../util/concurrency.js'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'
import type { CertificateSecret } from '../model/certificates.js'

/** ECS names the secrets with this prefix (managed policy's CreateSecret statement). */
export const SECRET_NAME_PREFIX = 'ecs-sc!'
/** ECS tags each secret with the ARN of the service (or task set) it belongs to. */
export const CREATED_BY_TAG = 'AmazonECSCreated'
/** A ListSecrets filter takes at most 10 values (Secrets Manager model, FilterValuesStringList). */
const FILTER_VALUES_MAX = 10

export interface SecretsReader {
  /** The certificate secrets of each service, by service ARN; every ARN asked for is a key. */
  serviceSecrets(serviceArns: readonly string[]): Promise<Map<string, CertificateSecret[]>>
}

function fromDescription(described: DescribeSecretResponse): CertificateSecret {
  return {
    name: described.Name ?? '',
    arn: described.ARN ?? '',
    ...(described.CreatedDate ? { createdAt: described.CreatedDate } : {}),
    ...(described.LastRotatedDate ? { lastRotatedAt: described.LastRotatedDate } : {}),
    ...(described.NextRotationDate ? { nextRotationAt: described.NextRotationDate } : {}),
    rotationEnabled: described.RotationEnabled === true,
    replicaRegions: (described.ReplicationStatus ?? []).flatMap((replica) =>
      replica.Region ? [replica.Region] : []
    )
  }
}

export function createSecretsReader(region?: string, signal?: AbortSignal): SecretsReader {
  const client = withSignal(new SecretsManagerClient(clientSettings(region)), signal)
  return {
    async serviceSecrets(serviceArns) {
      const found = new Map<string, string[]>(serviceArns.map((arn) => [arn, []]))
      // tag-value is a prefix match on any tag: the exact AmazonECSCreated value is checked here.
      for (const batch of chunk(serviceArns, FILTER_VALUES_MAX)) {
        const pages = paginateListSecrets(
          { client },
          {
            Filters: [
              { Key: 'name', Values: [SECRET_NAME_PREFIX] },
              { Key: 'tag-key', Values: [CREATED_BY_TAG] },
              { Key: 'tag-value', Values: [...batch] }
            ],
            MaxResults: 100
          }
        )
        for await (const page of pages)
          for (const secret of page.SecretList ?? []) {
            const owner = secret.Tags?.find((tag) => tag.Key === CREATED_BY_TAG)?.Value
            const list = owner !== undefined ? found.get(owner) : undefined
            if (list && secret.ARN) list.push(secret.ARN)
          }
      }
      // ListSecrets may lag by minutes and has no replication status: describe each secret.
      const pairs = [...found].flatMap(([serviceArn, arns]) => arns.map((arn) => [serviceArn, arn]))
      const described = await mapLimit(pairs, 10, async ([, SecretId]) =>
        fromDescription(await client.send(new DescribeSecretCommand({ SecretId })))
      )
      const result = new Map<string, CertificateSecret[]>(serviceArns.map((arn) => [arn, []]))
      pairs.forEach(([serviceArn = ''], index) => {
        const secret = described[index]
        if (secret) result.get(serviceArn)?.push(secret)
      })
      return result
    }
  }
}
