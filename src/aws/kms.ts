/** The KMS gateway: only DescribeKey, to check the key before ECS is told to use it. */
import { DescribeKeyCommand, KMSClient, type KeyMetadata } from '@aws-sdk/client-kms'
import { parseArn } from '../inputs/arn.js'
import { clientSettings } from './clients.js'

export interface KmsReader {
  describeKey(keyArn: string): Promise<KeyMetadata | undefined>
}

export function createKmsReader(keyArn: string): KmsReader {
  const client = new KMSClient(clientSettings(parseArn(keyArn)?.region))
  return {
    async describeKey(KeyId) {
      return (await client.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata
    }
  }
}
