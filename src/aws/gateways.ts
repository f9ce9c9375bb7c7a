/**
 * The gateways a run gets, by mode: read-only ones always, the ECS writer only in apply. Each
 * AWS client is its own bundle chunk; only ECS is built here, the others load on first use
 * (after ECS has answered, see src/read/read.ts).
 */
import { parseArn } from '../util/arn.js'
import type { Mode } from '../model/result.js'
import type { Lazy } from '../util/lazy.js'
import type { EcsReader, EcsWriter } from './ecs.js'
import type { IamReader } from './iam.js'
import type { KmsReader } from './kms.js'
import type { PcaReader } from './pca.js'
import type { SecretsReader } from './secrets.js'

/** The read-only gateways: what plan and verify get, and apply's reads. */
export interface ReadGateways {
  ecs: EcsReader
  pca?: Lazy<PcaReader>
  kms?: Lazy<KmsReader>
  iam?: Lazy<IamReader>
  /** The ECS client's Region, for error messages. */
  region?: Lazy<string | undefined>
}

export interface Gateways {
  read: ReadGateways
  writer?: EcsWriter
  /** Present when this run checks the certificate secrets (verify and apply). */
  secrets?: Lazy<SecretsReader>
}

/** What a run needs gateways for (the run's inputs satisfy it). */
export interface GatewayNeeds {
  mode: Mode
  cluster: string
  caArn?: string
  kmsKey?: string
  roleArn?: string
  checkCertificates: 'off' | 'on' | 'strict'
}

export async function loadGateways(inputs: GatewayNeeds, signal: AbortSignal): Promise<Gateways> {
  const ecs = await import('./ecs.js')
  const client = ecs.createEcsClient(parseArn(inputs.cluster)?.region)
  const read: ReadGateways = { ecs: ecs.createEcsReader(client, signal) }
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
