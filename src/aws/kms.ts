/** The KMS gateway: DescribeKey and GetKeyPolicy, to check the key before ECS is told to use it. */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  KMSClient,
  type KeyMetadata
} from '@aws-sdk/client-kms'
import { parseArn } from '../util/arn.js'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'

export interface KmsReader {
  describeKey(keyArn: string): Promise<KeyMetadata | undefined>
  /** The key policy document as JSON text (a key has one policy, named "default"). */
  getKeyPolicy(keyArn: string): Promise<string | undefined>
}

export function createKmsReader(keyArn: string, signal?: AbortSignal): KmsReader {
  const client = withSignal(new KMSClient(clientSettings(parseArn(keyArn)?.region)), signal)
  return {
    async describeKey(KeyId) {
      return (await client.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata
    },
    async getKeyPolicy(KeyId) {
      return (await client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))).Policy
    }
  }
}
