/**
 * The gateways a run gets, by mode: read-only ones always, the ECS writer only in apply. Each
 * AWS client is its own bundle chunk; only ECS is built here, the others load on first use
 * (after ECS has answered, see src/read/read.ts).
 */
import { parseArn } from '../inputs/arn.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Lazy, ReadGateways } from '../read/read.js'
import type { EcsWriter } from './ecs.js'
import type { SecretsReader } from './secrets.js'

export interface Gateways {
  read: ReadGateways
  writer?: EcsWriter
  /** Present when this run checks the certificate secrets (verify and apply). */
  secrets?: Lazy<SecretsReader>
}

export async function loadGateways(inputs: Inputs, signal: AbortSignal): Promise<Gateways> {
  const ecs = await import('./ecs.js')
  const client = ecs.createEcsClient(parseArn(inputs.cluster)?.region)
  // A second client for the task definitions: see createEcsReader.
  const taskDefinitions = ecs.createEcsClient(parseArn(inputs.cluster)?.region)
  const read: ReadGateways = { ecs: ecs.createEcsReader(client, signal, taskDefinitions) }
  // Resolved only for an error message, so not awaited before the first request.
  read.region = () => client.config.region().catch(() => undefined)
  const { caArn, kmsKey } = inputs
  // Each client is its own bundle chunk, loaded only when this run needs it.
  if (caArn) read.pca = async () => (await import('./pca.js')).createPcaReader(caArn, signal)
  if (kmsKey) read.kms = async () => (await import('./kms.js')).createKmsReader(kmsKey, signal)
  const region = parseArn(inputs.cluster)?.region ?? (caArn ? parseArn(caArn)?.region : undefined)
  if (inputs.roleArn)
    read.iam = async () => (await import('./iam.js')).createIamReader(region, signal)
  const gateways: Gateways =
    inputs.mode === 'apply' ? { read, writer: ecs.createEcsWriter(client, signal) } : { read }
  // The certificate secrets live in the services' Region, which is the cluster's.
  if (inputs.checkCertificates !== 'off' && inputs.mode !== 'plan') {
    const clusterRegion = parseArn(inputs.cluster)?.region
    gateways.secrets = async () =>
      (await import('./secrets.js')).createSecretsReader(clusterRegion, signal)
  }
  return gateways
}
