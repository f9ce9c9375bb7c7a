/**
 * The shared resources a run's checks look at: the CA (and its tags), the KMS key (and its
 * policy), the infrastructure role, what IAM's simulator says the role may do, and the roots of
 * the other CAs a namespace would keep. Each is a value or a NotRead; nothing is judged here.
 */
import type { IamReader, Simulation } from '../aws/iam.js'
import type { PcaReader } from '../aws/pca.js'
import type { ReadGateways } from '../aws/gateways.js'
import type { Inputs } from '../inputs/inputs.js'
import type { CaDetails, Decision, Read, ReadyTarget, SharedFacts } from '../model/facts.js'
import type { Lazy } from '../util/lazy.js'
import { nameOf } from '../util/arn.js'
import { mapLimit } from '../util/concurrency.js'
import { errorText, isAccessDenied } from '../util/errors.js'
import { chainRoot } from '../util/pem.js'
import { ROLE_CA_ACTIONS, ROLE_KMS_ACTIONS } from '../util/permissions.js'
import { endState } from '../util/service-connect.js'
import { readOr } from './not-read.js'

/** The CA tag ECS's managed policy is conditioned on (ECS developer guide). */
const ECS_MANAGED_TAG = 'AmazonECSManaged'
/** Other CAs' certificates read at once for the namespace check. */
const ROOT_READS = 5

const CA_PERMISSION =
  'acm-pca:DescribeCertificateAuthority and acm-pca:GetCertificateAuthorityCertificate'

/**
 * The CA without its tags. A CA that cannot be found or read stops apply and plan (its details
 * are outputs, its checks guard the write); verify reports it as not read. A read the caller
 * may not make is "not read" in every mode: it never stops apply.
 */
async function readCa(
  caArn: string,
  pca: Lazy<PcaReader>,
  mode: Inputs['mode']
): Promise<Read<CaDetails>> {
  const what = `The certificate authority ${caArn}`
  try {
    return { ok: true, value: await (await pca()).readCertificateAuthority(caArn, false) }
  } catch (error) {
    if (isAccessDenied(error) || mode === 'verify')
      return {
        ok: false,
        notRead: {
          reason: isAccessDenied(error) ? 'denied' : 'failed',
          what,
          permission: CA_PERMISSION,
          error: errorText(error)
        }
      }
    throw new Error(
      `Could not read the certificate authority ${caArn}: ${errorText(error)}. Nothing was changed.`,
      { cause: error }
    )
  }
}

/** The gateways a shared read uses, each loaded once ECS has answered (see read.ts). */
export type SharedGateways = { [K in 'pca' | 'kms' | 'iam']?: ReadGateways[K] | undefined }

/** Starts every shared read that needs nothing but the inputs; settles them together. */
export async function readShared(inputs: Inputs, gateways: SharedGateways): Promise<SharedFacts> {
  const { caArn, kmsKey, roleArn } = inputs
  const { pca, kms, iam } = gateways
  const ca = caArn && pca ? readCa(caArn, pca, inputs.mode) : undefined
  // Settle the CA read even if another read throws first, so no promise is left unhandled.
  ca?.catch(() => undefined)
  const caTags =
    caArn && pca
      ? readOr(
          `The CA tag ${ECS_MANAGED_TAG} (and whether the role may issue from the CA)`,
          'acm-pca:ListTags',
          async () => (await pca()).listTags(caArn)
        )
      : undefined
  const key =
    kmsKey && kms
      ? readOr('The KMS key', 'kms:DescribeKey', async () => (await kms()).describeKey(kmsKey))
      : undefined
  const keyPolicy =
    kmsKey && kms && roleArn && iam
      ? readOr('Whether the role may use the KMS key', 'kms:GetKeyPolicy', async () =>
          (await kms()).getKeyPolicy(kmsKey)
        )
      : undefined
  const role =
    roleArn && iam
      ? readOr(
          'The infrastructure role',
          'iam:GetRole and iam:ListAttachedRolePolicies',
          async () => (await iam()).readRole(nameOf(roleArn))
        )
      : undefined
  const [caRead, tagsRead, keyRead, policyRead, roleRead] = await Promise.all([
    ca,
    caTags,
    key,
    keyPolicy,
    role
  ])
  const shared: SharedFacts = {
    ...(caRead ? { ca: caRead } : {}),
    ...(tagsRead ? { caTags: tagsRead } : {}),
    ...(keyRead ? { key: keyRead } : {}),
    ...(policyRead ? { keyPolicy: policyRead } : {}),
    ...(roleRead ? { role: roleRead } : {})
  }
  if (roleArn && iam) Object.assign(shared, await simulateRole(iam, roleArn, inputs, shared))
  return shared
}

/**
 * Asks IAM's policy simulator whether the role may do what ECS will do with it: use the KMS key
 * (with the key policy as the resource policy) and issue from the CA (with the CA's tags as
 * context, since the managed policy is conditioned on them). A simulation whose inputs could
 * not be read is not run (the read's own NotRead says which permission was missing).
 */
async function simulateRole(
  iam: Lazy<IamReader>,
  roleArn: string,
  inputs: Inputs,
  shared: SharedFacts
): Promise<Pick<SharedFacts, 'kmsSimulation' | 'caSimulation'>> {
  const { kmsKey, caArn } = inputs
  const simulate = (
    what: string,
    simulation: Omit<Simulation, 'roleArn'>
  ): Promise<Read<Map<string, Decision>>> =>
    readOr(what, 'iam:SimulatePrincipalPolicy', async () =>
      (await iam()).simulate({ roleArn, ...simulation })
    )
  // The two simulations are independent: run them side by side.
  const policy = shared.keyPolicy
  const kms =
    kmsKey && policy?.ok
      ? simulate('Whether the role may use the KMS key', {
          actions: ROLE_KMS_ACTIONS,
          resourceArn: kmsKey,
          ...(policy.value ? { resourcePolicy: policy.value } : {})
        })
      : undefined
  const tags = shared.caTags
  const ca =
    caArn && tags?.ok
      ? simulate('Whether the role may issue certificates from the CA', {
          actions: ROLE_CA_ACTIONS,
          resourceArn: caArn,
          context: Object.fromEntries(
            Object.entries(tags.value).map(([name, value]) => [`aws:ResourceTag/${name}`, value])
          )
        })
      : undefined
  const [kmsSimulation, caSimulation] = await Promise.all([kms, ca])
  return {
    ...(kmsSimulation ? { kmsSimulation } : {}),
    ...(caSimulation ? { caSimulation } : {})
  }
}

/**
 * The roots of the CAs that ports of a namespace would keep besides `caArn`: read only when a
 * namespace would end up with more than one CA.
 */
export async function readOtherRoots(
  targets: readonly ReadyTarget[],
  caArn: string,
  pca: Lazy<PcaReader>
): Promise<Map<string, Read<string>>> {
  const namespaces = new Map<string, Set<string>>()
  for (const state of targets.map((target) => endState(target, caArn)))
    for (const arn of state.caArns)
      namespaces.set(state.namespace, (namespaces.get(state.namespace) ?? new Set()).add(arn))
  const mixed = [...namespaces.values()].filter((arns) => arns.size > 1)
  const others = [...new Set(mixed.flatMap((arns) => [...arns]))].filter((arn) => arn !== caArn)
  const roots = await mapLimit(others, ROOT_READS, async (arn) => {
    const read = await readOr(
      `Whether the CA ${arn} (in use now) shares a root with ${caArn}`,
      'acm-pca:GetCertificateAuthorityCertificate',
      async () => {
        const certificate = await (await pca()).readCertificate(arn)
        return chainRoot(certificate.certificatePem, certificate.chainPem)
      }
    )
    return [arn, read] as const
  })
  return new Map(roots)
}
