/**
 * What a live run does once the read is in, by mode: the checks judge the facts, then apply
 * plans and writes, plan and verify only judge. main.ts loads this module after ECS has
 * answered, so none of it is on the path to the first request (start-up figures in README).
 */
import type { Gateways } from '../aws/gateways.js'
import { judge } from '../checks/registry.js'
import { withDeploymentFindings } from '../checks/deployment.js'
import { checkedCount, checkedNothingReason } from '../checks/verify.js'
import { AWS_OWNED, type Inputs } from '../inputs/inputs.js'
import type { ServiceTlsDeployment } from '../model/certificates.js'
import type { Facts, World } from '../model/facts.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { CertificateEvidence, RunOutput, RunResult } from '../model/result.js'
import type { SecretsReader } from '../aws/secrets.js'
import type { Lazy } from '../util/lazy.js'
import { planMode, verifyMode } from '../plan/modes.js'
import { readCertificateSecrets, tlsDeploymentOf } from '../read/certificates.js'
import { readReleases } from '../read/in-flight.js'
import type { Toolkit } from '../util/toolkit.js'
import { applyMode } from './apply-mode.js'
import { withRevisionRead } from './in-force.js'

/**
 * Rollouts after which the requested TLS runs in production: completed, traffic shifted to the
 * new tasks (BAKE_TIME or later), or superseded by a deployment that kept it (apply reports
 * those `updated`). Their tasks serve with certificates ECS has issued.
 */
const TLS_RUNNING: ReadonlySet<string> = new Set(['completed', 'traffic-shifted', 'superseded'])

/**
 * The services whose certificate secrets are checked: in verify every service whose PRIMARY
 * deployment has TLS; in apply, after the rollouts, those this run updated whose TLS now runs in
 * production (just now, so the grace period starts now).
 */
function certificateTargets(
  world: World,
  outcomes: readonly ServiceOutcome[],
  inputs: Inputs,
  now: Date
): ServiceTlsDeployment[] {
  if (inputs.mode === 'verify')
    return world.targets.flatMap((target) => {
      const deployment = target.ok ? tlsDeploymentOf(target.name, target.service) : undefined
      return deployment ? [deployment] : []
    })
  return outcomes.flatMap((outcome) =>
    outcome.status === 'updated' &&
    outcome.rollout !== undefined &&
    TLS_RUNNING.has(outcome.rollout) &&
    outcome.serviceArn
      ? [{ name: outcome.name, serviceArn: outcome.serviceArn, completedAt: now }]
      : []
  )
}

function verifyResult(
  world: World,
  inputs: Inputs
): Pick<RunResult, 'outcomes' | 'checkedServices' | 'checkedNothing' | 'findings'> {
  const outcomes = verifyMode(world, inputs)
  const nothing = checkedNothingReason(world.targets, {
    cluster: inputs.cluster,
    all: inputs.services.all,
    ...(world.listed !== undefined ? { listed: world.listed } : {})
  })
  return {
    outcomes,
    checkedServices: checkedCount(world.targets),
    findings: nothing
      ? [
          ...world.sharedFindings,
          {
            severity: 'warning',
            code: 'checked-nothing',
            message: `verify checked nothing: ${nothing}`
          }
        ]
      : world.sharedFindings,
    ...(nothing ? { checkedNothing: nothing } : {})
  }
}

export async function runMode(
  facts: Facts,
  inputs: Inputs,
  gateways: Gateways,
  signal: AbortSignal,
  core: Toolkit
): Promise<RunOutput> {
  const judged = judge(facts, { inputs, now: new Date() })
  let result: RunResult = {
    mode: inputs.mode,
    cluster: inputs.cluster,
    outcomes: [],
    findings: judged.sharedFindings,
    ...(judged.ca ? { ca: judged.ca } : {}),
    ...(inputs.kmsKey || inputs.awsOwnedKey ? { kmsKey: inputs.kmsKey ?? AWS_OWNED } : {}),
    ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {}),
    diffs: new Map()
  }
  let world = judged
  if (inputs.mode === 'apply' && gateways.writer) {
    const applied = await applyMode(
      facts,
      judged,
      inputs,
      { read: gateways.read, writer: gateways.writer },
      signal,
      core
    )
    world = applied.world
    result = {
      ...result,
      findings: world.sharedFindings,
      outcomes: applied.outcomes,
      blockedBy: applied.blockedBy
    }
  } else {
    world = withDeploymentFindings(
      judged,
      await readReleases(gateways.read.ecs, judged.targets),
      inputs
    )
    result =
      inputs.mode === 'verify'
        ? { ...result, ...verifyResult(world, inputs) }
        : { ...result, findings: world.sharedFindings, ...planMode(world, inputs) }
  }
  if (result.blockedBy?.length === 0) delete result.blockedBy
  result.outcomes = result.outcomes.map((outcome) => withRevisionRead(outcome, world))
  const certificates =
    gateways.secrets && !signal.aborted
      ? await readCertificates(world, result, inputs, gateways.secrets)
      : undefined
  if (signal.aborted) result.cancelled = true
  return { result, ...(certificates ? { certificates } : {}) }
}

async function readCertificates(
  world: World,
  result: RunResult,
  inputs: Inputs,
  secrets: Lazy<SecretsReader>
): Promise<CertificateEvidence> {
  const deployments = certificateTargets(world, result.outcomes, inputs, new Date())
  const read = await readCertificateSecrets(deployments, secrets)
  return {
    deployments,
    secrets: read,
    at: new Date(),
    from: inputs.mode === 'verify' ? 'verify' : 'apply',
    strict: inputs.checkCertificates === 'strict',
    graceMinutes: inputs.certificateGraceMinutes
  }
}
