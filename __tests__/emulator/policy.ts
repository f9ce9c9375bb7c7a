/**
 * The subset of IAM policy evaluation that SimulatePrincipalPolicy needs for the tests, after
 * the IAM User Guide, "Policy evaluation logic"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html)
 * for a principal and a resource in the same account:
 *
 * - an explicit Deny in any applicable policy wins (explicitDeny);
 * - otherwise an Allow in an identity-based policy, or in the resource-based policy for a
 *   statement whose Principal names the role itself (or `*`), allows;
 * - a resource policy naming only the account (`arn:aws:iam::<account>:root` or the bare
 *   account ID) delegates to identity policies and allows nothing on its own;
 * - otherwise the request is implicitly denied (implicitDeny).
 *
 * Elements: Effect, Action (string or list; `*` and `?` wildcards, case-insensitive, as the
 * "IAM JSON policy elements: Action" page says), Resource (wildcards), Principal (for resource
 * policies), Condition with StringEquals, StringNotEquals, StringLike, StringEqualsIgnoreCase,
 * ArnEquals, ArnLike and Bool. Condition key names are case-insensitive ("IAM JSON policy
 * elements: Condition"); so are tag keys in `aws:ResourceTag/<key>` ("Controlling access to AWS
 * resources using tags"). NotAction, NotResource, NotPrincipal, policy variables, the
 * ...IfExists and ForAllValues/ForAnyValue forms are not modelled: a statement using them
 * never matches (so it can neither allow nor deny), which tests must not rely on.
 */

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny'

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action?: string | string[]
  Resource?: string | string[]
  Principal?: '*' | { AWS?: string | string[]; Service?: string | string[] }
  Condition?: Record<string, Record<string, string | string[] | boolean>>
  NotAction?: unknown
  NotResource?: unknown
  NotPrincipal?: unknown
}

export interface PolicyDocument {
  Version?: string
  Statement: PolicyStatement | PolicyStatement[]
}

export interface EvaluationRequest {
  action: string
  resource: string
  principalArn: string
  principalAccount: string
  /** Context keys, lower-cased, to their values. */
  context: Map<string, string[]>
}

export interface Evaluation {
  decision: Decision
  /** Context keys a condition asked for that the request did not supply. */
  missing: string[]
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** IAM wildcards: `*` any run of characters, `?` any one character. */
export function wildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value)
}

type Operator = (wanted: string, actual: string) => boolean

const OPERATORS: Record<string, Operator> = {
  StringEquals: (wanted, actual) => wanted === actual,
  StringEqualsIgnoreCase: (wanted, actual) => wanted.toLowerCase() === actual.toLowerCase(),
  StringLike: (wanted, actual) => wildcard(wanted, actual, false),
  ArnEquals: (wanted, actual) => wanted === actual,
  ArnLike: (wanted, actual) => wildcard(wanted, actual, false),
  Bool: (wanted, actual) => wanted.toLowerCase() === actual.toLowerCase()
}

/** True when every condition holds; keys the context lacks are collected in `missing`. */
function conditionsHold(
  condition: PolicyStatement['Condition'],
  context: Map<string, string[]>,
  missing: Set<string>
): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    const negated = operator === 'StringNotEquals'
    const test = negated ? OPERATORS.StringEquals : OPERATORS[operator]
    if (!test) return false
    for (const [key, wantedValue] of Object.entries(keys)) {
      const actual = context.get(key.toLowerCase())
      if (!actual) {
        missing.add(key)
        // A negated operator on an absent key matches (IAM "condition operators" page).
        if (negated) continue
        return false
      }
      const wanted = list(wantedValue).map(String)
      const any = actual.some((value) => wanted.some((w) => test(w, value)))
      if (negated ? any : !any) return false
    }
  }
  return true
}

function statementApplies(
  statement: PolicyStatement,
  request: EvaluationRequest,
  missing: Set<string>
): boolean {
  if (statement.NotAction || statement.NotResource || statement.NotPrincipal) return false
  const actions = list(statement.Action)
  if (!actions.some((action) => wildcard(action, request.action, true))) return false
  const resources = list(statement.Resource)
  if (!resources.some((resource) => wildcard(resource, request.resource, false))) return false
  return conditionsHold(statement.Condition, request.context, missing)
}

type PrincipalMatch = 'principal' | 'account' | 'none'

/** Whom a resource policy statement names: the role itself, its account, or someone else. */
function principalMatch(statement: PolicyStatement, request: EvaluationRequest): PrincipalMatch {
  const principal = statement.Principal
  if (principal === '*') return 'principal'
  const aws = list(principal?.AWS)
  if (aws.includes('*') || aws.includes(request.principalArn)) return 'principal'
  const root = `arn:aws:iam::${request.principalAccount}:root`
  if (aws.includes(root) || aws.includes(request.principalAccount)) return 'account'
  return 'none'
}

const statementsOf = (document: PolicyDocument): PolicyStatement[] => list(document.Statement)

export function evaluate(
  request: EvaluationRequest,
  identityPolicies: readonly PolicyDocument[],
  resourcePolicy?: PolicyDocument
): Evaluation {
  const missing = new Set<string>()
  let denied = false
  let allowed = false
  for (const statement of identityPolicies.flatMap(statementsOf)) {
    if (!statementApplies(statement, request, missing)) continue
    if (statement.Effect === 'Deny') denied = true
    else allowed = true
  }
  for (const statement of resourcePolicy ? statementsOf(resourcePolicy) : []) {
    const whom = principalMatch(statement, request)
    if (whom === 'none' || !statementApplies(statement, request, missing)) continue
    if (statement.Effect === 'Deny') denied = true
    else if (whom === 'principal') allowed = true
  }
  return {
    decision: denied ? 'explicitDeny' : allowed ? 'allowed' : 'implicitDeny',
    missing: [...missing]
  }
}
