/**
 * Pure preflight checks: configuration that would make a TLS rollout fail, read before
 * anything is written. Each check turns facts already read into findings.
 */
import type { KeyMetadata } from '@aws-sdk/client-kms'
import type { TaskDefinition } from '@aws-sdk/client-ecs'
import type { RoleFacts } from '../aws/iam.js'
import { parseArn } from '../inputs/arn.js'
import { type CaDetails, caStatusFindings, ECS_MANAGED_TAG } from './ca.js'
import type { Finding } from './findings.js'
import type { Target } from '../read/target.js'

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
  if (ca.tags && ca.tags[ECS_MANAGED_TAG] !== 'true')
    findings.push({
      severity: 'error',
      code: 'ca-not-tagged',
      message: `the CA lacks the tag ${ECS_MANAGED_TAG}=true, without which ECS's managed policy cannot use it. Add it with: aws acm-pca tag-certificate-authority --certificate-authority-arn ${ca.arn} --tags Key=${ECS_MANAGED_TAG},Value=true`,
      expected: `${ECS_MANAGED_TAG}=true`,
      found:
        ca.tags[ECS_MANAGED_TAG] === undefined
          ? '(no tag)'
          : `${ECS_MANAGED_TAG}=${ca.tags[ECS_MANAGED_TAG]}`
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
  if (networkMode !== 'awsvpc')
    findings.push({
      severity: 'error',
      code: 'network-mode',
      service,
      message: `Service Connect TLS supports only the awsvpc network mode; task definition ${taskDefinition.family ?? ''}:${taskDefinition.revision ?? ''} uses ${networkMode}`,
      expected: 'awsvpc',
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
  return {
    severity: 'warning',
    code: 'check-skipped',
    message: `${what} was not checked: the caller may not call ${permission} (${error}). Grant it to enable this check.`
  }
}
