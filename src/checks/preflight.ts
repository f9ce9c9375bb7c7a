/**
 * Pure preflight checks: configuration that would make a TLS rollout fail, read before
 * anything is written. Each check turns facts already read into findings.
 */
import type { KeyMetadata } from '@aws-sdk/client-kms'
import type { TaskDefinition } from '@aws-sdk/client-ecs'
import type { RoleFacts } from '../aws/iam.js'
import { parseArn } from '../inputs/arn.js'
import {
  type CaDetails,
  caStatusFindings,
  ECS_MANAGED_TAG,
  ecsManagedTag,
  unsupportedKeyAlgorithm
} from './ca.js'
import type { Finding } from './findings.js'
import type { Target } from '../read/target.js'
import { whereGranted } from '../aws/permissions.js'
import type { Decision } from '../aws/iam.js'
import { tlsView } from '../plan/service-connect.js'

export const TLS_MANAGED_POLICY_ARN =
  'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity'

export interface CaContext {
  now: Date
  errorDays: number
  warnDays: number
  /** From the cluster or a service ARN; absent when unknown. */
  clusterRegion?: string
  clusterAccount?: string
}

export function caFindings(ca: CaDetails, context: CaContext): Finding[] {
  const findings = caStatusFindings(ca, context)
  if (ca.usageMode === 'GENERAL_PURPOSE')
    findings.push({
      severity: 'notice',
      code: 'ca-general-purpose',
      message:
        'the CA is in general-purpose mode; short-lived certificate mode is recommended for Service Connect TLS and costs less per certificate',
      found: ca.usageMode
    })
  const tag = ca.tags ? ecsManagedTag(ca.tags) : undefined
  if (ca.tags && tag?.value !== 'true')
    findings.push({
      severity: 'error',
      code: 'ca-not-tagged',
      message: `the CA lacks the tag ${ECS_MANAGED_TAG}=true, without which ECS's managed policy cannot use it. Add it with: aws acm-pca tag-certificate-authority --certificate-authority-arn ${ca.arn} --tags Key=${ECS_MANAGED_TAG},Value=true`,
      expected: `${ECS_MANAGED_TAG}=true`,
      found: tag === undefined ? '(no tag)' : `${tag.key}=${tag.value}`
    })
  if (unsupportedKeyAlgorithm(ca.keyAlgorithm))
    findings.push({
      severity: 'error',
      code: 'ca-key-algorithm',
      message: `ECS cannot issue Service Connect certificates from a CA with key algorithm ${ca.keyAlgorithm}: it issues ECDSA P-256 or RSA 2048 certificates, so use an RSA or EC CA`,
      expected: 'RSA_* or EC_*',
      found: ca.keyAlgorithm
    })
  const arn = parseArn(ca.arn)
  if (arn && context.clusterRegion && arn.region !== context.clusterRegion)
    findings.push({
      severity: 'warning',
      code: 'ca-other-region',
      message: `the CA is in Region ${arn.region}, the cluster in ${context.clusterRegion}`,
      expected: context.clusterRegion,
      found: arn.region
    })
  if (arn && context.clusterAccount && arn.account !== context.clusterAccount)
    findings.push({
      severity: 'warning',
      code: 'ca-other-account',
      message: `the CA belongs to account ${arn.account}, the cluster to ${context.clusterAccount}; the CA must be shared with the cluster's account`,
      expected: context.clusterAccount,
      found: arn.account
    })
  return findings
}

export function kmsFindings(key: KeyMetadata | undefined): Finding[] {
  if (!key)
    return [
      { severity: 'error', code: 'kms-key-missing', message: 'KMS DescribeKey returned no key' }
    ]
  const rules: [boolean, string, string, string][] = [
    [key.Enabled === true, 'kms-key-disabled', 'enabled', key.KeyState ?? 'disabled'],
    [
      key.KeySpec === 'SYMMETRIC_DEFAULT',
      'kms-key-not-symmetric',
      'SYMMETRIC_DEFAULT',
      key.KeySpec ?? '(none)'
    ],
    [
      key.KeyUsage === 'ENCRYPT_DECRYPT',
      'kms-key-wrong-usage',
      'ENCRYPT_DECRYPT',
      key.KeyUsage ?? '(none)'
    ]
  ]
  return rules
    .filter(([ok]) => !ok)
    .map(([, code, expected, found]) => ({
      severity: 'error',
      code,
      message: `the KMS key cannot protect Service Connect TLS private keys: ECS needs an enabled symmetric encryption key`,
      expected,
      found
    }))
}

interface PolicyStatement {
  Effect?: string
  Action?: string | string[]
  Principal?: { Service?: string | string[] }
  Condition?: unknown
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** True when the trust policy allows ecs.amazonaws.com to assume the role. */
export function trustsEcs(trustPolicy: string): boolean {
  let document: { Statement?: PolicyStatement | PolicyStatement[] }
  try {
    document = JSON.parse(trustPolicy) as typeof document
  } catch {
    return false
  }
  const statements = Array.isArray(document.Statement)
    ? document.Statement
    : document.Statement
      ? [document.Statement]
      : []
  // IAM action names are case-insensitive; an unconditional Deny wins over any Allow.
  const aboutEcs = (statement: PolicyStatement): boolean =>
    asList(statement.Principal?.Service).includes('ecs.amazonaws.com') &&
    asList(statement.Action).some((action) => /^(sts:assumerole|sts:\*|\*)$/i.test(action))
  if (
    statements.some(
      (statement) =>
        statement.Effect === 'Deny' && statement.Condition === undefined && aboutEcs(statement)
    )
  )
    return false
  return statements.some((statement) => statement.Effect === 'Allow' && aboutEcs(statement))
}

export function roleFindings(role: RoleFacts): Finding[] {
  const findings: Finding[] = []
  if (!trustsEcs(role.trustPolicy))
    findings.push({
      severity: 'error',
      code: 'role-not-trusted',
      message:
        'the role does not let ecs.amazonaws.com assume it (sts:AssumeRole in its trust policy), so ECS cannot use it',
      expected: 'Principal.Service ecs.amazonaws.com with sts:AssumeRole',
      found: 'no such statement'
    })
  // Compared without the partition, so aws-cn and aws-us-gov ARNs match too.
  const policy = TLS_MANAGED_POLICY_ARN.slice('arn:aws'.length)
  if (!role.attachedPolicyArns.some((arn) => arn.endsWith(policy)))
    findings.push({
      severity: 'warning',
      code: 'role-policy-missing',
      message:
        'the managed policy AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity is not attached; an inline policy may still grant what ECS needs',
      expected: TLS_MANAGED_POLICY_ARN,
      found: role.attachedPolicyArns.join(', ') || '(none)'
    })
  return findings
}

/** Per-service checks: deployment controller, network mode, named port mappings. */
export function serviceFindings(
  target: Extract<Target, { ok: true }>,
  taskDefinition: TaskDefinition | undefined
): Finding[] {
  const findings: Finding[] = []
  const service = target.name
  const controller = target.service.deploymentController?.type ?? 'ECS'
  if (controller !== 'ECS')
    findings.push({
      severity: 'error',
      code: 'deployment-controller',
      service,
      message: `Service Connect TLS needs the ECS deployment controller; this service uses ${controller}`,
      expected: 'ECS',
      found: controller
    })
  if (!taskDefinition) return findings
  const networkMode = taskDefinition.networkMode ?? 'bridge'
  const revision = `${taskDefinition.family ?? ''}:${taskDefinition.revision ?? ''}`
  // ECS developer guide, "Service Connect and Application Load Balancer health checks": TLS
  // works in bridge mode; only ALB HTTPS health checks against a TLS port need awsvpc.
  if (networkMode === 'bridge')
    findings.push({
      severity: 'warning',
      code: 'network-mode',
      service,
      message: `task definition ${revision} uses the bridge network mode: TLS works, but Application Load Balancer HTTPS health checks against a TLS port need awsvpc (HTTP health checks keep working)`,
      expected: 'awsvpc for ALB HTTPS health checks',
      found: networkMode
    })
  else if (networkMode !== 'awsvpc')
    findings.push({
      severity: 'error',
      code: 'network-mode',
      service,
      message: `Service Connect does not support the ${networkMode} network mode (task definition ${revision})`,
      expected: 'awsvpc or bridge',
      found: networkMode
    })
  const named = new Set(
    (taskDefinition.containerDefinitions ?? []).flatMap((container) =>
      (container.portMappings ?? []).flatMap((mapping) => (mapping.name ? [mapping.name] : []))
    )
  )
  for (const port of target.chosen)
    if (!named.has(port))
      findings.push({
        severity: 'error',
        code: 'port-not-in-task-definition',
        service,
        port,
        message: `port name "${port}" is not a named port mapping in the task definition of the PRIMARY deployment`,
        expected: `a portMappings entry named "${port}"`,
        found: [...named].join(', ') || '(no named port mappings)'
      })
  return findings
}

export function skippedCheck(what: string, permission: string, error: string): Finding {
  const where = permission
    .split(/,? and |, /)
    .map(whereGranted)
    .find((text) => text !== '')
  return {
    severity: 'warning',
    code: 'check-skipped',
    message: `${what} was not checked: the caller may not call ${permission} (${error}). Grant it to enable this check${where ? ` (${where})` : ''}.`
  }
}

/** The KMS actions the role needs on a customer key (ECS developer guide, Service Connect TLS). */
export const ROLE_KMS_ACTIONS = [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair'
] as const

/** The ACM-PCA actions the role needs on the CA (the managed policy's CA statement). */
export const ROLE_CA_ACTIONS = [
  'acm-pca:IssueCertificate',
  'acm-pca:GetCertificate',
  'acm-pca:DescribeCertificateAuthority'
] as const

/** Secrets are regional, so the key must live where the cluster does. */
export function kmsRegionFindings(keyArn: string, clusterRegion: string | undefined): Finding[] {
  const region = parseArn(keyArn)?.region
  if (!region || !clusterRegion || region === clusterRegion) return []
  return [
    {
      severity: 'error',
      code: 'kms-key-other-region',
      message: `the KMS key is in Region ${region}, the cluster in ${clusterRegion}: ECS keeps the TLS secrets in the cluster's Region, so use a key from that Region`,
      expected: clusterRegion,
      found: region
    }
  ]
}

/** A denial from IAM's policy simulator: the role may not do what ECS will do with it. */
export function simulationFindings(
  what: 'kms' | 'ca',
  resourceArn: string,
  decisions: ReadonlyMap<string, Decision>,
  actions: readonly string[]
): Finding[] {
  const denied = actions.filter((action) => decisions.get(action) !== 'allowed')
  if (denied.length === 0) return []
  const explicit = denied.filter((action) => decisions.get(action) === 'explicitDeny')
  const fix =
    what === 'kms'
      ? 'allow them in the key policy (Principal: the role) or in a policy of the role; the managed policy grants no KMS action'
      : `allow them in a policy of the role; the managed policy grants them only on CAs tagged ${ECS_MANAGED_TAG}=true`
  return [
    {
      severity: 'error',
      code: what === 'kms' ? 'role-kms-denied' : 'role-ca-denied',
      message: `the role may not ${denied.join(', ')} on ${resourceArn}${explicit.length ? ` (explicitly denied: ${explicit.join(', ')})` : ''} (IAM SimulatePrincipalPolicy): ${fix}`,
      expected: `allowed: ${actions.join(', ')}`,
      found: denied
        .map((action) => `${action}: ${decisions.get(action) ?? 'not evaluated'}`)
        .join(', ')
    }
  ]
}

/**
 * A chosen port that has TLS from another CA now: certificates from the old CA stay in use
 * until every task has been replaced, and a rollback goes back to it.
 */
export function caChangeFindings(target: Extract<Target, { ok: true }>, caArn: string): Finding[] {
  return (target.config.services ?? []).flatMap((entry): Finding[] => {
    const port = entry.portName ?? ''
    const before = tlsView(entry.tls)
    if (!target.chosen.has(port) || !before || before.caArn === caArn) return []
    return [
      {
        severity: 'warning',
        code: 'ca-change',
        service: target.name,
        port,
        message: `this run moves the port to another CA: keep the old CA ${before.caArn} ACTIVE until the rollout and its rollback window are over, or tasks still on (or rolled back to) its certificates cannot renew them`,
        expected: caArn,
        found: before.caArn
      }
    ]
  })
}

/** Where one service's Service Connect ports end up after the run, by CA. */
export interface EndState {
  service: string
  namespace: string
  caArns: string[]
}

/** The CAs each service's ports use once the run is over: the new one on chosen ports. */
export function endState(target: Extract<Target, { ok: true }>, caArn: string): EndState {
  const caArns = (target.config.services ?? []).flatMap((entry) => {
    if (target.chosen.has(entry.portName ?? '')) return [caArn]
    const now = tlsView(entry.tls)?.caArn
    return now ? [now] : []
  })
  const namespace = target.config.namespace ?? ''
  // A namespace may come back as an ARN or a name: the ARN's last segment is its ID.
  return {
    service: target.name,
    namespace: namespace.startsWith('arn:')
      ? namespace.slice(namespace.lastIndexOf('/') + 1)
      : namespace,
    caArns: [...new Set(caArns)]
  }
}

/**
 * Services of one namespace that end up on CAs whose chains have different roots. ECS treats the
 * issuer as the root of trust; what happens between unrelated roots is not documented, so warn.
 * `roots` maps a CA ARN to its chain's root (absent: unknown, not compared).
 */
export function namespaceRootFindings(
  states: readonly EndState[],
  roots: ReadonlyMap<string, string>
): Finding[] {
  const byNamespace = new Map<string, EndState[]>()
  for (const state of states)
    byNamespace.set(state.namespace, [...(byNamespace.get(state.namespace) ?? []), state])
  const findings: Finding[] = []
  for (const [namespace, members] of byNamespace) {
    const byRoot = new Map<string, Set<string>>()
    for (const member of members)
      for (const ca of member.caArns) {
        const root = roots.get(ca)
        if (root === undefined) continue
        byRoot.set(root, (byRoot.get(root) ?? new Set()).add(`${member.service} (${ca})`))
      }
    if (byRoot.size < 2) continue
    findings.push({
      severity: 'warning',
      code: 'ca-roots-differ',
      message: `services of namespace ${namespace || '(none)'} would use CAs with ${byRoot.size} different root certificates: ${[
        ...byRoot.values()
      ]
        .map((names) => [...names].join(', '))
        .join(
          ' | '
        )}. Services may not trust each other's certificates; move them to CAs under one root`,
      expected: 'one root per namespace',
      found: `${byRoot.size} roots`
    })
  }
  return findings
}
