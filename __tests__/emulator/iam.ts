/**
 * Emulated IAM (awsQuery): GetRole and ListAttachedRolePolicies over seeded roles. Shapes are
 * in model/iam.json, written by hand from the IAM API Reference (see README.md).
 */
import { iamUniqueId } from './ids.js'
import { AwsError, epochSeconds, handler, type Handler } from './protocol.js'

/** The managed policy ECS documents for the Service Connect TLS infrastructure role. */
export const SERVICE_CONNECT_TLS_POLICY_ARN =
  'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity'

export interface RoleSeed {
  name: string
  /** Service principals allowed to sts:AssumeRole; default ['ecs.amazonaws.com']. */
  trustedServices?: string[]
  /** Default: the Service Connect TLS managed policy. */
  attachedPolicyArns?: string[]
  /** IAM path; default '/'. */
  path?: string
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
}

interface RoleNameInput {
  RoleName: string
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
      attachedPolicyArns: [...(seed.attachedPolicyArns ?? [SERVICE_CONNECT_TLS_POLICY_ARN])]
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

  readonly handlers: Record<string, Handler> = {
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
