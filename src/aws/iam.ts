/**
 * The IAM gateway: reads the infrastructure role's trust policy and attached policies, and asks
 * IAM's policy simulator what the role may do on a resource.
 */
import {
  type ContextEntry,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  SimulatePrincipalPolicyCommand
} from '@aws-sdk/client-iam'
import { clientSettings } from './clients.js'
import { withSignal } from './abort.js'
import type { Decision, RoleFacts } from '../model/facts.js'

export interface Simulation {
  roleArn: string
  actions: readonly string[]
  resourceArn: string
  /** A resource-based policy (e.g. a KMS key policy) as JSON text. */
  resourcePolicy?: string
  /** Context keys and their single string values, e.g. aws:ResourceTag/<key>. */
  context?: Record<string, string>
}

export interface IamReader {
  readRole(roleName: string): Promise<RoleFacts>
  /** The decision for each action (SimulatePrincipalPolicy). */
  simulate(simulation: Simulation): Promise<Map<string, Decision>>
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
    },
    async simulate(simulation) {
      const ContextEntries: ContextEntry[] = Object.entries(simulation.context ?? {}).map(
        ([ContextKeyName, value]) => ({
          ContextKeyName,
          ContextKeyValues: [value],
          ContextKeyType: 'string'
        })
      )
      const decisions = new Map<string, Decision>()
      let Marker: string | undefined
      do {
        const page = await client.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: simulation.roleArn,
            ActionNames: [...simulation.actions],
            ResourceArns: [simulation.resourceArn],
            ...(simulation.resourcePolicy ? { ResourcePolicy: simulation.resourcePolicy } : {}),
            ...(ContextEntries.length > 0 ? { ContextEntries } : {}),
            ...(Marker ? { Marker } : {})
          })
        )
        for (const result of page.EvaluationResults ?? [])
          if (result.EvalActionName) decisions.set(result.EvalActionName, result.EvalDecision ?? '')
        Marker = page.IsTruncated ? page.Marker : undefined
      } while (Marker)
      return decisions
    }
  }
}
