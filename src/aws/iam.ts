/** The IAM gateway: reads the infrastructure role's trust policy and attached policies. */
import { GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'

export interface RoleFacts {
  /** The trust policy as JSON text (IAM returns it URL-encoded). */
  trustPolicy: string
  attachedPolicyArns: string[]
}

export interface IamReader {
  readRole(roleName: string): Promise<RoleFacts>
}

/** IAM is global; `region` only picks the partition's endpoint when no Region is configured. */
export function createIamReader(region?: string, signal?: AbortSignal): IamReader {
  const client = withSignal(new IAMClient(clientSettings(region)), signal)
  return {
    async readRole(RoleName) {
      const role = await client.send(new GetRoleCommand({ RoleName }))
      const attachedPolicyArns: string[] = []
      let Marker: string | undefined
      do {
        const page = await client.send(
          new ListAttachedRolePoliciesCommand({ RoleName, ...(Marker ? { Marker } : {}) })
        )
        for (const policy of page.AttachedPolicies ?? [])
          if (policy.PolicyArn) attachedPolicyArns.push(policy.PolicyArn)
        Marker = page.IsTruncated ? page.Marker : undefined
      } while (Marker)
      return {
        trustPolicy: decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? ''),
        attachedPolicyArns
      }
    }
  }
}
