/** Pure checks of the infrastructure role: its trust policy, its policies, what IAM's simulator says. */
import type { Decision, RoleFacts } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import { ECS_MANAGED_TAG } from './ca.js'

export const TLS_MANAGED_POLICY_ARN =
  'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity'

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
