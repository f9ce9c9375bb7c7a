/**
 * The read step: everything the plan and the checks need, fetched with read-only gateways.
 * Nothing here can write; the types it is given have no write operation.
 */
import type { Service, TaskDefinition } from '@aws-sdk/client-ecs'
import { nameOf, parseArn } from '../inputs/arn.js'
import type { EcsReader } from '../aws/ecs.js'
import type { IamReader } from '../aws/iam.js'
import type { KmsReader } from '../aws/kms.js'
import type { PcaReader } from '../aws/pca.js'
import type { CaDetails } from '../checks/ca.js'
import { mapLimit } from '../act/concurrency.js'
import { errorText, isAccessDenied } from '../errors.js'
import type { Finding } from '../checks/findings.js'
import type { Inputs } from '../inputs/inputs.js'
import {
  caFindings,
  kmsFindings,
  roleFindings,
  serviceFindings,
  skippedCheck
} from '../checks/preflight.js'
import { primaryDeployment } from '../plan/service-connect.js'
import { resolveTarget, type Target } from './target.js'

/** Loads a client on first use: each AWS client is a bundle chunk of its own. */
export type Lazy<T> = () => Promise<T>

export interface ReadGateways {
  ecs: EcsReader
  pca?: Lazy<PcaReader>
  kms?: Lazy<KmsReader>
  iam?: Lazy<IamReader>
}

export interface World {
  targets: Target[]
  ca?: CaDetails
  /** About the CA, KMS key and role. */
  sharedFindings: Finding[]
  /** Preflight findings per service name. */
  serviceFindings: Map<string, Finding[]>
  /** `service: '*'`: how many services the cluster listed before the Service Connect filter. */
  listed?: number
}

/** Days under which the CA's remaining validity is an error in apply and plan. */
export const MIN_CA_DAYS_TO_APPLY = 7

interface Selected {
  names: string[]
  found: Map<string, Service>
  listed?: number
}

/**
 * The services to work on, described once. `service: '*'` lists the cluster and keeps every
 * ACTIVE service with Service Connect entries on its PRIMARY deployment.
 */
async function selectServices(ecs: EcsReader, inputs: Inputs): Promise<Selected> {
  if (!inputs.services.all) {
    const { names } = inputs.services
    return { names, found: (await ecs.describeServices(inputs.cluster, names)).found }
  }
  const listed = (await ecs.listServiceArns(inputs.cluster)).map(nameOf)
  const { found } = await ecs.describeServices(inputs.cluster, listed)
  const names = listed.filter((name) => {
    const service = found.get(name)
    const config = service && primaryDeployment(service)?.serviceConnectConfiguration
    return (
      service?.status === 'ACTIVE' && config?.enabled === true && (config.services?.length ?? 0) > 0
    )
  })
  return { names, found, listed: listed.length }
}

async function orSkip<T>(
  what: string,
  permission: string,
  read: () => Promise<T>
): Promise<T | Finding> {
  try {
    return await read()
  } catch (error) {
    if (isAccessDenied(error)) return skippedCheck(what, permission, errorText(error))
    return {
      severity: 'error',
      code: 'read-failed',
      message: `${what} could not be read: ${errorText(error)}`
    }
  }
}

/**
 * apply and plan need the CA (its details are outputs, its checks guard the write), so a CA
 * that cannot be read stops them. verify reports it as a finding, like the other checks.
 */
function readCa(
  caArn: string,
  pca: Lazy<PcaReader>,
  asFinding: boolean
): Promise<CaDetails | Finding> {
  const read = async (): Promise<CaDetails> => (await pca()).readCertificateAuthority(caArn, true)
  if (asFinding)
    return orSkip(
      `The certificate authority ${caArn}`,
      'acm-pca:DescribeCertificateAuthority, acm-pca:GetCertificateAuthorityCertificate and acm-pca:ListTags',
      read
    )
  return read().catch((error: unknown) => {
    throw new Error(
      `Could not read the certificate authority ${caArn}: ${errorText(error)}. Nothing was changed.`
    )
  })
}

const isFinding = (value: unknown): value is Finding =>
  typeof value === 'object' && value !== null && 'severity' in value && 'code' in value

export async function readWorld(inputs: Inputs, gateways: ReadGateways): Promise<World> {
  const { ecs, pca, kms, iam } = gateways
  const { caArn, kmsKey, roleArn } = inputs
  // The ECS read goes first; the other clients load while it is on the wire.
  const selecting = selectServices(ecs, inputs)
  const caRead = caArn && pca ? readCa(caArn, pca, inputs.mode === 'verify') : undefined
  // Settle the CA read even if listing fails, so no promise is left unhandled.
  caRead?.catch(() => undefined)
  const keyRead =
    kmsKey && kms
      ? orSkip('The KMS key', 'kms:DescribeKey', async () => (await kms()).describeKey(kmsKey))
      : undefined
  const roleRead =
    roleArn && iam
      ? orSkip(
          'The infrastructure role',
          'iam:GetRole and iam:ListAttachedRolePolicies',
          async () => (await iam()).readRole(nameOf(roleArn))
        )
      : undefined
  const { names, found, listed } = await selecting
  const targets = names.map((name) => {
    const service = found.get(name)
    return resolveTarget(service ? { name, service } : { name }, inputs.cluster, inputs.portNames)
  })

  const sharedFindings: Finding[] = []
  const [caOrFinding, key, role, taskDefinitions] = await Promise.all([
    caRead,
    keyRead,
    roleRead,
    readTaskDefinitions(ecs, targets)
  ])

  const ca = isFinding(caOrFinding) ? undefined : caOrFinding
  if (isFinding(caOrFinding)) sharedFindings.push(caOrFinding)
  const anyService = targets.find((target) => target.ok)
  const clusterArn =
    parseArn(inputs.cluster) ?? (anyService?.ok ? parseArn(anyService.serviceArn) : undefined)
  if (ca)
    sharedFindings.push(
      ...caFindings(ca, {
        now: new Date(),
        errorDays: inputs.mode === 'verify' ? inputs.minCaValidityDays : MIN_CA_DAYS_TO_APPLY,
        warnDays: Math.max(inputs.minCaValidityDays, MIN_CA_DAYS_TO_APPLY),
        ...(clusterArn
          ? { clusterRegion: clusterArn.region, clusterAccount: clusterArn.account }
          : {})
      })
    )
  if (key !== undefined) sharedFindings.push(...(isFinding(key) ? [key] : kmsFindings(key)))
  if (role !== undefined) sharedFindings.push(...(isFinding(role) ? [role] : roleFindings(role)))

  const perService = new Map<string, Finding[]>()
  for (const target of targets) {
    if (!target.ok) continue
    const taskDefinition = taskDefinitions.get(
      primaryDeployment(target.service)?.taskDefinition ?? ''
    )
    perService.set(
      target.name,
      isFinding(taskDefinition) ? [taskDefinition] : serviceFindings(target, taskDefinition)
    )
  }
  return {
    targets,
    ...(ca ? { ca } : {}),
    sharedFindings,
    serviceFindings: perService,
    ...(listed !== undefined ? { listed } : {})
  }
}

/** One DescribeTaskDefinition per distinct task definition, not per service. */
async function readTaskDefinitions(
  ecs: EcsReader,
  targets: readonly Target[]
): Promise<Map<string, TaskDefinition | Finding | undefined>> {
  const arns = new Set(
    targets.flatMap((target) => {
      const arn = target.ok ? primaryDeployment(target.service)?.taskDefinition : undefined
      return arn ? [arn] : []
    })
  )
  // A fleet may have a task definition per service: keep the burst modest.
  const entries = await mapLimit([...arns], 10, async (arn) => {
    const read = await orSkip(`Task definition ${arn}`, 'ecs:DescribeTaskDefinition', () =>
      ecs.describeTaskDefinition(arn)
    )
    return [arn, read] as const
  })
  return new Map(entries)
}
