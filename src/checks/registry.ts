/**
 * Every check, in one list per kind: each is a pure function from the facts read (live or from
 * files) to findings. `judge` runs them and hands the plan and the verdicts a World. Adding a
 * check is one function here and its tests; the read and the plan do not change.
 */
import type { Inputs } from '../inputs/inputs.js'
import type { Facts, ReadyTarget, World } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import { chainRoot } from '../util/pem.js'
import { endState } from '../util/service-connect.js'
import { caFindings } from './ca.js'
import { kmsFindings, kmsRegionFindings } from './kms.js'
import { namespaceRootFindings } from './namespace.js'
import { judgeRead, notReadFinding } from './not-read.js'
import { roleFindings, simulationFindings } from './role.js'
import { caChangeFindings, serviceFindings } from './service.js'
import { ROLE_CA_ACTIONS, ROLE_KMS_ACTIONS } from '../util/permissions.js'
import { primaryDeployment } from '../util/service-connect.js'

/** Days under which the CA's remaining validity is an error in apply and plan. */
export const MIN_CA_DAYS_TO_APPLY = 7

export interface CheckContext {
  inputs: Inputs
  now: Date
}

/** A check of the shared resources (CA, key, role). */
export type SharedCheck = (facts: Facts, context: CheckContext) => Finding[]
/** A check of one service that could be worked on. */
export type ServiceCheck = (target: ReadyTarget, facts: Facts, context: CheckContext) => Finding[]

const caCheck: SharedCheck = ({ shared }, { inputs, now }) => {
  const ca = shared.ca
  if (!ca) return []
  if (!ca.ok) return [notReadFinding(ca.notRead)]
  const tags = shared.caTags
  const withTags = tags?.ok ? { ...ca.value, tags: tags.value } : ca.value
  return [
    ...(tags && !tags.ok ? [notReadFinding(tags.notRead)] : []),
    ...caFindings(withTags, {
      now,
      errorDays: inputs.mode === 'verify' ? inputs.minCaValidityDays : MIN_CA_DAYS_TO_APPLY,
      warnDays: Math.max(inputs.minCaValidityDays, MIN_CA_DAYS_TO_APPLY),
      ...(shared.clusterRegion ? { clusterRegion: shared.clusterRegion } : {}),
      ...(shared.clusterAccount ? { clusterAccount: shared.clusterAccount } : {})
    })
  ]
}

/** A CA that could not be read still has its tags' read reported. */
const caTagsCheck: SharedCheck = ({ shared }) =>
  shared.ca && !shared.ca.ok && shared.caTags && !shared.caTags.ok
    ? [notReadFinding(shared.caTags.notRead)]
    : []

const kmsRegionCheck: SharedCheck = ({ shared }, { inputs }) =>
  inputs.kmsKey ? kmsRegionFindings(inputs.kmsKey, shared.clusterRegion) : []

const kmsCheck: SharedCheck = ({ shared }) => judgeRead(shared.key, kmsFindings)

const roleCheck: SharedCheck = ({ shared }) => judgeRead(shared.role, roleFindings)

const simulationCheck: SharedCheck = ({ shared }, { inputs }) => [
  ...(shared.keyPolicy && !shared.keyPolicy.ok ? [notReadFinding(shared.keyPolicy.notRead)] : []),
  ...judgeRead(shared.kmsSimulation, (decisions) =>
    simulationFindings('kms', inputs.kmsKey ?? '', decisions, ROLE_KMS_ACTIONS)
  ),
  ...judgeRead(shared.caSimulation, (decisions) =>
    simulationFindings('ca', inputs.caArn ?? '', decisions, ROLE_CA_ACTIONS)
  )
]

/** Services of one namespace on CAs under different roots (apply and plan read the roots). */
const namespaceRootCheck: SharedCheck = ({ shared, targets }, { inputs }) => {
  const { caArn } = inputs
  if (!caArn || !shared.otherRoots) return []
  const findings: Finding[] = []
  const roots = new Map<string, string>()
  if (shared.ca?.ok)
    roots.set(caArn, chainRoot(shared.ca.value.certificatePem, shared.ca.value.chainPem))
  for (const [arn, read] of shared.otherRoots) {
    if (read.ok) roots.set(arn, read.value)
    else {
      // A CA that is only in use today is worth a warning, never a stop.
      const finding = notReadFinding(read.notRead)
      findings.push(finding.code === 'read-failed' ? { ...finding, severity: 'warning' } : finding)
    }
  }
  const states = targets.flatMap((target) => (target.ok ? [endState(target, caArn)] : []))
  return [...findings, ...namespaceRootFindings(states, roots)]
}

/** Deployment controller, network mode, named ports: from the task definition when it was read. */
const serviceCheck: ServiceCheck = (target, { taskDefinitions }) => {
  const arn = primaryDeployment(target.service)?.taskDefinition ?? ''
  const read = taskDefinitions?.get(arn)
  if (read && !read.ok) return [notReadFinding(read.notRead)]
  return serviceFindings(target, read?.value)
}

const caChangeCheck: ServiceCheck = (target, _facts, { inputs }) =>
  inputs.caArn && inputs.mode !== 'verify' ? caChangeFindings(target, inputs.caArn) : []

/** The checks, in the order their findings are reported. */
export const SHARED_CHECKS: readonly SharedCheck[] = [
  caCheck,
  caTagsCheck,
  kmsRegionCheck,
  kmsCheck,
  roleCheck,
  simulationCheck,
  namespaceRootCheck
]
export const SERVICE_CHECKS: readonly ServiceCheck[] = [serviceCheck, caChangeCheck]

/** Runs every check on the facts: the world the plan and the verdicts work on. */
export function judge(facts: Facts, context: CheckContext): World {
  const sharedFindings = SHARED_CHECKS.flatMap((check) => check(facts, context))
  const serviceFindings = new Map<string, Finding[]>()
  for (const target of facts.targets)
    if (target.ok)
      serviceFindings.set(
        target.name,
        SERVICE_CHECKS.flatMap((check) => check(target, facts, context))
      )
  const ca = facts.shared.ca?.ok ? facts.shared.ca.value : undefined
  const tags = facts.shared.caTags?.ok ? facts.shared.caTags.value : undefined
  return {
    targets: facts.targets,
    ...(ca ? { ca: tags ? { ...ca, tags } : ca } : {}),
    sharedFindings,
    serviceFindings,
    ...(facts.listed !== undefined ? { listed: facts.listed } : {})
  }
}
