/**
 * The read step: everything the plan and the checks need, fetched with read-only gateways.
 * Nothing here can write; the types it is given have no write operation.
 */
import type { Service, TaskDefinition } from '@aws-sdk/client-ecs'
import { type Arn, nameOf, parseArn } from '../inputs/arn.js'
import type { EcsReader } from '../aws/ecs.js'
import type { IamReader, Simulation } from '../aws/iam.js'
import type { KmsReader } from '../aws/kms.js'
import type { PcaReader } from '../aws/pca.js'
import type { CaDetails } from '../checks/ca.js'
import { mapLimit } from '../act/concurrency.js'
import { errorText, explainDenied, isAccessDenied } from '../errors.js'
import type { Finding } from '../checks/findings.js'
import type { Inputs } from '../inputs/inputs.js'
import {
  caChangeFindings,
  caFindings,
  endState,
  kmsFindings,
  kmsRegionFindings,
  namespaceRootFindings,
  ROLE_CA_ACTIONS,
  ROLE_KMS_ACTIONS,
  roleFindings,
  serviceFindings,
  simulationFindings,
  skippedCheck
} from '../checks/preflight.js'
import { chainRoot, ECS_MANAGED_TAG } from '../checks/ca.js'
import { primaryDeployment, usesServiceConnect } from '../plan/service-connect.js'
import { resolveTarget, type Target } from './target.js'

/** Loads a client on first use: each AWS client is a bundle chunk of its own. */
export type Lazy<T> = () => Promise<T>

export interface ReadGateways {
  ecs: EcsReader
  pca?: Lazy<PcaReader>
  kms?: Lazy<KmsReader>
  iam?: Lazy<IamReader>
  /** The ECS client's Region, for error messages. */
  region?: Lazy<string | undefined>
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
  const names = listed.filter((name) => {
    const service = found.get(name)
    return service !== undefined && usesServiceConnect(service)
  })
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
 * The CA without its tags. A CA that cannot be found or read stops apply and plan (its details
 * are outputs, its checks guard the write); verify reports it as a finding. A read the caller
 * may not make is a "not checked" warning in every mode: it never stops apply.
 */
async function readCa(
  caArn: string,
  pca: Lazy<PcaReader>,
  asFinding: boolean
): Promise<CaDetails | Finding> {
  const what = `The certificate authority ${caArn}`
  try {
    return await (await pca()).readCertificateAuthority(caArn, false)
  } catch (error) {
    if (isAccessDenied(error))
      return skippedCheck(
        what,
        'acm-pca:DescribeCertificateAuthority and acm-pca:GetCertificateAuthorityCertificate',
        errorText(error)
      )
    if (asFinding)
      return {
        severity: 'error',
        code: 'read-failed',
        message: `${what} could not be read: ${errorText(error)}`
      }
    throw new Error(
      `Could not read the certificate authority ${caArn}: ${errorText(error)}. Nothing was changed.`,
      { cause: error }
    )
  }
}

const isFinding = (value: unknown): value is Finding =>
  typeof value === 'object' && value !== null && 'severity' in value && 'code' in value

/** The cluster's Region and account, from the cluster ARN or any service ARN read. */
function clusterOf(inputs: Inputs, targets: readonly Target[]): Arn | undefined {
  const anyService = targets.find((target) => target.ok)
  return parseArn(inputs.cluster) ?? (anyService?.ok ? parseArn(anyService.serviceArn) : undefined)
}

/** The services' part of the read: who they are and what preflight says about each. */
export type ServiceFacts = Pick<World, 'targets' | 'serviceFindings' | 'listed'>

async function serviceFacts(
  selected: Selected,
  inputs: Inputs,
  ecs: EcsReader
): Promise<ServiceFacts> {
  const { names, found, listed } = selected
  const targets = names.map((name) => {
    const service = found.get(name)
    return resolveTarget(service ? { name, service } : { name }, inputs.cluster, inputs.portNames)
  })
  const taskDefinitions = await readTaskDefinitions(ecs, targets)
  const perService = new Map<string, Finding[]>()
  for (const target of targets) {
    if (!target.ok) continue
    const taskDefinition = taskDefinitions.get(
      primaryDeployment(target.service)?.taskDefinition ?? ''
    )
    const findings = isFinding(taskDefinition)
      ? [taskDefinition]
      : serviceFindings(target, taskDefinition)
    if (inputs.caArn && inputs.mode !== 'verify')
      findings.push(...caChangeFindings(target, inputs.caArn))
    perService.set(target.name, findings)
  }
  return { targets, serviceFindings: perService, ...(listed !== undefined ? { listed } : {}) }
}

/**
 * The services alone, read again (after a release in flight finished): the CA, the key and the
 * role were read at the start of the run and do not change with a service's deployment.
 */
export async function rereadServices(
  inputs: Inputs,
  gateways: Pick<ReadGateways, 'ecs' | 'region'>
): Promise<ServiceFacts> {
  const selected = await selectServices(gateways.ecs, inputs, gateways.region)
  return serviceFacts(selected, inputs, gateways.ecs)
}

export async function readWorld(inputs: Inputs, gateways: ReadGateways): Promise<World> {
  const { ecs } = gateways
  const { caArn, kmsKey, roleArn } = inputs
  // The ECS read goes first. Loading another client's chunk is work on the one thread that
  // must also put that request on the wire, so the other clients load once ECS has answered.
  const selecting = selectServices(ecs, inputs, gateways.region)
  const ecsAnswered = selecting.then(
    () => undefined,
    () => undefined
  )
  const afterEcs = <T>(load: Lazy<T> | undefined): Lazy<T> | undefined =>
    load && (() => ecsAnswered.then(load))
  const [pca, kms, iam] = [afterEcs(gateways.pca), afterEcs(gateways.kms), afterEcs(gateways.iam)]
  const caRead = caArn && pca ? readCa(caArn, pca, inputs.mode === 'verify') : undefined
  // Settle the CA read even if listing fails, so no promise is left unhandled.
  caRead?.catch(() => undefined)
  const tagsRead =
    caArn && pca
      ? orSkip(
          `The CA tag ${ECS_MANAGED_TAG} (and whether the role may issue from the CA)`,
          'acm-pca:ListTags',
          async () => (await pca()).listTags(caArn)
        )
      : undefined
  const keyRead =
    kmsKey && kms
      ? orSkip('The KMS key', 'kms:DescribeKey', async () => (await kms()).describeKey(kmsKey))
      : undefined
  const keyPolicyRead =
    kmsKey && kms && roleArn && iam
      ? orSkip('Whether the role may use the KMS key', 'kms:GetKeyPolicy', async () =>
          (await kms()).getKeyPolicy(kmsKey)
        )
      : undefined
  const roleRead =
    roleArn && iam
      ? orSkip(
          'The infrastructure role',
          'iam:GetRole and iam:ListAttachedRolePolicies',
          async () => (await iam()).readRole(nameOf(roleArn))
        )
      : undefined
  const facts = await selecting.then((selected) => serviceFacts(selected, inputs, ecs))
  const { targets } = facts

  const sharedFindings: Finding[] = []
  const [caOrFinding, tags, key, keyPolicy, role] = await Promise.all([
    caRead,
    tagsRead,
    keyRead,
    keyPolicyRead,
    roleRead
  ])

  const ca = isFinding(caOrFinding) ? undefined : caOrFinding
  if (isFinding(caOrFinding)) sharedFindings.push(caOrFinding)
  if (isFinding(tags)) sharedFindings.push(tags)
  else if (ca && tags) ca.tags = tags
  const clusterArn = clusterOf(inputs, targets)
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
  if (kmsKey) sharedFindings.push(...kmsRegionFindings(kmsKey, clusterArn?.region))
  if (key !== undefined) sharedFindings.push(...(isFinding(key) ? [key] : kmsFindings(key)))
  if (role !== undefined) sharedFindings.push(...(isFinding(role) ? [role] : roleFindings(role)))
  if (roleArn && iam)
    sharedFindings.push(
      ...(await simulateRole(iam, roleArn, {
        ...(kmsKey ? { kmsKey } : {}),
        ...(keyPolicy !== undefined ? { keyPolicy } : {}),
        ...(caArn ? { caArn } : {}),
        ...(tags !== undefined ? { tags } : {})
      }))
    )

  if (caArn && pca && inputs.mode !== 'verify')
    sharedFindings.push(...(await rootFindings(targets, caArn, ca, pca)))
  return { ...facts, ...(ca ? { ca } : {}), sharedFindings }
}

interface RoleResources {
  kmsKey?: string
  keyPolicy?: string | Finding
  caArn?: string
  tags?: Record<string, string> | Finding
}

/**
 * Asks IAM's policy simulator whether the role may do what ECS will do with it: use the KMS key
 * (with the key policy as the resource policy) and issue from the CA (with the CA's tags as
 * context, since the managed policy is conditioned on them). A check whose inputs could not be
 * read is skipped with a warning (the read's own warning says which permission was missing).
 */
async function simulateRole(
  iam: Lazy<IamReader>,
  roleArn: string,
  resources: RoleResources
): Promise<Finding[]> {
  const findings: Finding[] = []
  const { kmsKey, keyPolicy, caArn, tags } = resources
  if (isFinding(keyPolicy)) findings.push(keyPolicy)
  const simulate = (
    what: string,
    simulation: Omit<Simulation, 'roleArn'>
  ): Promise<Map<string, string> | Finding> =>
    orSkip(what, 'iam:SimulatePrincipalPolicy', async () =>
      (await iam()).simulate({ roleArn, ...simulation })
    )
  // The two simulations are independent: run them side by side.
  const checks: Promise<Finding[]>[] = []
  if (kmsKey && keyPolicy !== undefined && !isFinding(keyPolicy))
    checks.push(
      simulate('Whether the role may use the KMS key', {
        actions: ROLE_KMS_ACTIONS,
        resourceArn: kmsKey,
        ...(keyPolicy ? { resourcePolicy: keyPolicy } : {})
      }).then((decisions) =>
        isFinding(decisions)
          ? [decisions]
          : simulationFindings('kms', kmsKey, decisions, ROLE_KMS_ACTIONS)
      )
    )
  if (caArn && tags !== undefined && !isFinding(tags)) {
    const context = Object.fromEntries(
      Object.entries(tags).map(([name, value]) => [`aws:ResourceTag/${name}`, value])
    )
    checks.push(
      simulate('Whether the role may issue certificates from the CA', {
        actions: ROLE_CA_ACTIONS,
        resourceArn: caArn,
        context
      }).then((decisions) =>
        isFinding(decisions)
          ? [decisions]
          : simulationFindings('ca', caArn, decisions, ROLE_CA_ACTIONS)
      )
    )
  }
  for (const found of await Promise.all(checks)) findings.push(...found)
  return findings
}

/**
 * Warns when services of one namespace would end up on CAs under different roots. The CAs that
 * ports keep are read only when a namespace would have more than one CA.
 */
async function rootFindings(
  targets: readonly Target[],
  caArn: string,
  ca: CaDetails | undefined,
  pca: Lazy<PcaReader>
): Promise<Finding[]> {
  const states = targets.flatMap((target) => (target.ok ? [endState(target, caArn)] : []))
  const namespaces = new Map<string, Set<string>>()
  for (const state of states)
    for (const arn of state.caArns)
      namespaces.set(state.namespace, (namespaces.get(state.namespace) ?? new Set()).add(arn))
  const mixed = [...namespaces.values()].filter((arns) => arns.size > 1)
  if (mixed.length === 0) return []
  const others = [...new Set(mixed.flatMap((arns) => [...arns]))].filter((arn) => arn !== caArn)
  const findings: Finding[] = []
  const roots = new Map<string, string>()
  if (ca) roots.set(caArn, chainRoot(ca.certificatePem, ca.chainPem))
  await mapLimit(others, 5, async (arn) => {
    const read = await orSkip(
      `Whether the CA ${arn} (in use now) shares a root with ${caArn}`,
      'acm-pca:GetCertificateAuthorityCertificate',
      async () => (await pca()).readCertificate(arn)
    )
    if (isFinding(read))
      findings.push(read.code === 'read-failed' ? { ...read, severity: 'warning' } : read)
    else roots.set(arn, chainRoot(read.certificatePem, read.chainPem))
  })
  return [...findings, ...namespaceRootFindings(states, roots)]
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
