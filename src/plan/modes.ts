/** What each mode makes of the world that was read: plans, diffs, verdicts. */
import { configurationDiff } from './diff.js'
import { isError } from '../checks/findings.js'
import type { Inputs } from '../inputs/inputs.js'
import { planService } from './plan.js'
import { verifyService } from '../checks/verify.js'
import type { Blocker, DesiredTls, ServicePlan } from '../model/plan.js'
import type { Finding } from '../model/findings.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { World } from '../model/facts.js'

export function desiredTls(inputs: Inputs): DesiredTls {
  // parseInputs guarantees both in apply and plan.
  const desired: DesiredTls = { caArn: inputs.caArn ?? '', roleArn: inputs.roleArn ?? '' }
  if (inputs.kmsKey) desired.kmsKey = inputs.kmsKey
  if (inputs.awsOwnedKey) desired.awsOwnedKey = true
  return desired
}

function blockers(world: World, name: string): Finding[] {
  return [...world.sharedFindings, ...(world.serviceFindings.get(name) ?? [])].filter(isError)
}

/** Each service's own plan, with its preflight errors (or a shared resource's) folded in. */
export function ownPlans(world: World, inputs: Inputs): ServicePlan[] {
  const desired = desiredTls(inputs)
  return world.targets.map((target) => {
    const plan = planService(target, desired)
    const blocking = blockers(world, target.name)
    if (plan.error || blocking.length === 0) return plan
    const codes = [...new Set(blocking.map((finding) => finding.code))].join(', ')
    return { ...plan, error: `preflight found ${blocking.length} error(s) (${codes})` }
  })
}

/**
 * Plans with preflight errors folded in. All or nothing: when any chosen service cannot be
 * planned or has an error finding (its own, or one about a shared resource), no service is
 * written; the others carry an error naming the services that blocked the run. Warnings and
 * notices block nothing.
 */
export function plansFor(
  world: World,
  inputs: Inputs
): { plans: ServicePlan[]; findings: Map<string, Finding[]>; blockedBy: Blocker[] } {
  const own = ownPlans(world, inputs)
  const blockedBy = allOrNothing(own)
  const plans =
    blockedBy.length === 0
      ? own
      : own.map((plan) =>
          plan.error || !plan.changed
            ? plan
            : {
                ...plan,
                error: `not updated: nothing is written while any chosen service has an error, and ${blockedBy
                  .map((blocker) => blocker.service)
                  .join(', ')} did`
              }
        )
  return { plans, findings: world.serviceFindings, blockedBy }
}

/** Pure: the services whose own plan failed; when any did, no service may be written. */
export function allOrNothing(plans: readonly ServicePlan[]): Blocker[] {
  return plans.flatMap((plan) => (plan.error ? [{ service: plan.name, reason: plan.error }] : []))
}

export function outcomeOf(plan: ServicePlan, findings: Finding[]): ServiceOutcome {
  return {
    name: plan.name,
    ...(plan.serviceArn ? { serviceArn: plan.serviceArn } : {}),
    status: plan.error ? 'failed' : plan.changed ? 'would-update' : 'unchanged',
    ports: plan.ports,
    ...(plan.error ? { error: plan.error } : {}),
    findings,
    log: []
  }
}

export function planMode(
  world: World,
  inputs: Inputs
): { outcomes: ServiceOutcome[]; diffs: Map<string, string>; blockedBy: Blocker[] } {
  const { plans, findings, blockedBy } = plansFor(world, inputs)
  const diffs = new Map<string, string>()
  const outcomes = plans.map((plan) => {
    const outcome = outcomeOf(plan, findings.get(plan.name) ?? [])
    if (plan.changed && plan.before && plan.after) {
      const diff = configurationDiff(plan.name, plan.before, plan.after)
      diffs.set(plan.name, diff)
      outcome.log.push(
        'Would send UpdateService with this Service Connect configuration change:',
        diff
      )
    } else if (!plan.error) outcome.log.push('No change: TLS is already as requested.')
    return outcome
  })
  return { outcomes, diffs, blockedBy }
}

export function verifyMode(world: World, inputs: Inputs): ServiceOutcome[] {
  const expect = {
    ...(inputs.caArn ? { caArn: inputs.caArn } : {}),
    ...(inputs.kmsKey ? { kmsKey: inputs.kmsKey } : {}),
    ...(inputs.awsOwnedKey ? { awsOwnedKey: true } : {}),
    ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {})
  }
  return world.targets.map((target) => {
    const compliance = verifyService(target, expect)
    const findings = [...compliance.findings, ...(world.serviceFindings.get(target.name) ?? [])]
    const compliant = !findings.some(isError)
    return {
      name: compliance.name,
      ...(compliance.serviceArn ? { serviceArn: compliance.serviceArn } : {}),
      status: compliant ? 'compliant' : 'noncompliant',
      ports: compliance.ports.map((port) => ({
        portName: port.portName,
        ...(port.tls ? { before: port.tls } : {}),
        changed: false
      })),
      findings,
      log: findings.map(
        (finding) =>
          `${finding.severity}: ${finding.port ? `${finding.port}: ` : ''}${finding.message}`
      )
    }
  })
}
