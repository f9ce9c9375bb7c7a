/**
 * Emulated IAM (awsQuery): GetRole and ListAttachedRolePolicies over seeded roles. Shapes are
 * in model/iam.json, written by hand from the IAM API Reference (see README.md).
 */
import { iamUniqueId } from './ids.js'
import { evaluate, type PolicyDocument } from './policy.js'
import { AwsError, epochSeconds, handler, type Handler } from './protocol.js'

/** The managed policy ECS documents for the Service Connect TLS infrastructure role. */
export const SERVICE_CONNECT_TLS_POLICY_ARN =
  'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity'

/**
 * The part of the managed policy's document that concerns the CA (AWS Managed Policy Reference,
 * AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity, v2): acm-pca
 * actions only on CAs tagged AmazonECSManaged=true. Its Secrets Manager statements are left out:
 * the action never simulates them. It grants no KMS action.
 */
export const SERVICE_CONNECT_TLS_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'PrivateCAAccess',
      Effect: 'Allow',
      Action: [
        'acm-pca:GetCertificate',
        'acm-pca:IssueCertificate',
        'acm-pca:DescribeCertificateAuthority'
      ],
      Resource: 'arn:aws:acm-pca:*:*:certificate-authority/*',
      Condition: { StringEquals: { 'aws:ResourceTag/AmazonECSManaged': 'true' } }
    }
  ]
}

/** Managed policies whose documents the emulator knows; others attach but grant nothing. */
const MANAGED_POLICIES: Record<string, PolicyDocument> = {
  [SERVICE_CONNECT_TLS_POLICY_ARN]: SERVICE_CONNECT_TLS_POLICY
}

export interface RoleSeed {
  name: string
  /** Service principals allowed to sts:AssumeRole; default ['ecs.amazonaws.com']. */
  trustedServices?: string[]
  /** Default: the Service Connect TLS managed policy. */
  attachedPolicyArns?: string[]
  /** IAM path; default '/'. */
  path?: string
  /** Inline identity policies, evaluated by SimulatePrincipalPolicy. */
  inlinePolicies?: PolicyDocument[]
}

export interface RoleState {
  name: string
  arn: string
  roleId: string
  path: string
  createdAt: number
  /** The trust policy as JSON text (GetRole returns it URL-encoded). */
  trustPolicy: string
  attachedPolicyArns: string[]
  inlinePolicies: PolicyDocument[]
}

interface RoleNameInput {
  RoleName: string
}
interface ContextEntry {
  ContextKeyName?: string
  ContextKeyValues?: string[]
  ContextKeyType?: string
}

interface SimulatePrincipalPolicyInput {
  PolicySourceArn: string
  ActionNames: string[]
  ResourceArns?: string[]
  ResourcePolicy?: string
  ContextEntries?: ContextEntry[]
  CallerArn?: string
  ResourceOwner?: string
  PolicyInputList?: string[]
}

interface ListAttachedRolePoliciesInput extends RoleNameInput {
  PathPrefix?: string
  Marker?: string
  MaxItems?: number
}

/** RFC 3986 percent-encoding, which IAM uses for policy documents (API_GetRole). */
export function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** A policy ARN's path: arn:aws:iam::aws:policy/service-role/X -> /service-role/ */
function policyPath(arn: string): string {
  const resource = arn.slice(arn.indexOf(':policy/') + ':policy'.length)
  return resource.slice(0, resource.lastIndexOf('/') + 1)
}

export class IamBackend {
  private readonly roles = new Map<string, RoleState>()

  constructor(
    private readonly accountId: string,
    private readonly clock: () => number
  ) {}

  addRole(seed: RoleSeed): string {
    if (!/^[\w+=,.@-]{1,64}$/.test(seed.name)) throw new Error(`invalid role name ${seed.name}`)
    const path = seed.path ?? '/'
    const services = seed.trustedServices ?? ['ecs.amazonaws.com']
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: '',
          Effect: 'Allow',
          Principal: { Service: services.length === 1 ? services[0] : services },
          Action: 'sts:AssumeRole'
        }
      ]
    }
    const role: RoleState = {
      name: seed.name,
      arn: `arn:aws:iam::${this.accountId}:role${path}${seed.name}`,
      roleId: iamUniqueId('AROA'),
      path,
      createdAt: Math.floor(this.clock() / 1000) * 1000,
      trustPolicy: JSON.stringify(trust),
      attachedPolicyArns: [...(seed.attachedPolicyArns ?? [SERVICE_CONNECT_TLS_POLICY_ARN])],
      inlinePolicies: structuredClone(seed.inlinePolicies ?? [])
    }
    // Role names are unique per account, case-insensitively (IAM user guide, "IAM identifiers").
    this.roles.set(seed.name.toLowerCase(), role)
    return role.arn
  }

  private lookup(name: string): RoleState {
    const role = this.roles.get(name.toLowerCase())
    if (!role) {
      throw new AwsError('NoSuchEntityException', `The role with name ${name} cannot be found.`)
    }
    return role
  }

  /** The role an ARN names, by its name (the path is not part of the lookup). */
  private roleByArn(arn: string): RoleState {
    const match = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn)
    if (!match || match[1] !== this.accountId)
      throw new AwsError('NoSuchEntityException', `The role with ARN ${arn} cannot be found.`)
    return this.lookup(match[2] ?? '')
  }

  readonly handlers: Record<string, Handler> = {
    /**
     * IAM API Reference, SimulatePrincipalPolicy: the role's attached and inline policies (and
     * any PolicyInputList) against each action and resource, with the optional resource policy
     * and context entries; policy logic in policy.ts. Malformed JSON in a policy is
     * MalformedPolicyDocument in IAM; here it is InvalidInput, the closest modelled error.
     */
    SimulatePrincipalPolicy: handler<SimulatePrincipalPolicyInput>((input) => {
      const role = this.roleByArn(input.PolicySourceArn)
      const parse = (text: string): PolicyDocument => {
        try {
          return JSON.parse(text) as PolicyDocument
        } catch {
          throw new AwsError('InvalidInputException', 'The policy document is not valid JSON.')
        }
      }
      const identity = [
        ...role.attachedPolicyArns.flatMap((arn) => {
          const document = MANAGED_POLICIES[arn]
          return document ? [document] : []
        }),
        ...role.inlinePolicies,
        ...(input.PolicyInputList ?? []).map(parse)
      ]
      const resourcePolicy = input.ResourcePolicy ? parse(input.ResourcePolicy) : undefined
      const context = new Map<string, string[]>()
      for (const entry of input.ContextEntries ?? [])
        if (entry.ContextKeyName)
          context.set(entry.ContextKeyName.toLowerCase(), entry.ContextKeyValues ?? [])
      const resources = input.ResourceArns?.length ? input.ResourceArns : ['*']
      const EvaluationResults = input.ActionNames.flatMap((action) =>
        resources.map((resource) => {
          const result = evaluate(
            {
              action,
              resource,
              principalArn: role.arn,
              principalAccount: this.accountId,
              context
            },
            identity,
            resourcePolicy
          )
          return {
            EvalActionName: action,
            EvalResourceName: resource,
            EvalDecision: result.decision,
            MatchedStatements: [],
            MissingContextValues: result.missing
          }
        })
      )
      return { EvaluationResults, IsTruncated: false }
    }),

    GetRole: handler<RoleNameInput>((input) => {
      const role = this.lookup(input.RoleName)
      return {
        Role: {
          Path: role.path,
          RoleName: role.name,
          RoleId: role.roleId,
          Arn: role.arn,
          CreateDate: epochSeconds(role.createdAt),
          AssumeRolePolicyDocument: rfc3986(role.trustPolicy),
          MaxSessionDuration: 3600,
          RoleLastUsed: {}
        }
      }
    }),

    ListAttachedRolePolicies: handler<ListAttachedRolePoliciesInput>((input) => {
      const role = this.lookup(input.RoleName)
      const prefix = input.PathPrefix ?? '/'
      const all = role.attachedPolicyArns
        .filter((arn) => policyPath(arn).startsWith(prefix))
        .map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }))
      const start = input.Marker === undefined ? 0 : Number.parseInt(input.Marker, 10)
      if (!Number.isInteger(start) || start < 0 || start > all.length) {
        throw new AwsError('InvalidInputException', 'Invalid Marker.')
      }
      const max = input.MaxItems ?? 100
      const page = all.slice(start, start + max)
      const truncated = start + max < all.length
      return {
        AttachedPolicies: page,
        IsTruncated: truncated,
        ...(truncated ? { Marker: String(start + max) } : {})
      }
    })
  }
}
