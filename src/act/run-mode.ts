/**
 * What a live run does once the read is in, by mode: apply plans and writes, plan and verify
 * only judge. main.ts loads this module after ECS has answered, so none of it is on the path
 * to the first request (start-up figures in README).
 */
import type { Gateways } from '../aws/gateways.js'
import { AWS_OWNED, type Inputs } from '../inputs/inputs.js'
import { planMode, verifyMode } from '../plan/modes.js'
import type { World } from '../read/read.js'
import { deploymentChecks } from '../read/in-flight.js'
import { checkCertificatesInto } from '../read/certificates.js'
import { checkedCount, checkedNothingReason } from '../checks/verify.js'
import { withRevisionRead } from '../report/outcome.js'
import type { RunResult } from '../report/result.js'
import type { Toolkit } from '../report/toolkit.js'
import { applyMode } from './apply-mode.js'

export async function runMode(
  world: World,
  inputs: Inputs,
  gateways: Gateways,
  signal: AbortSignal,
  core: Toolkit
): Promise<RunResult> {
  const result: RunResult = {
    mode: inputs.mode,
    cluster: inputs.cluster,
    outcomes: [],
    findings: world.sharedFindings,
    ...(world.ca ? { ca: world.ca } : {}),
    ...(inputs.kmsKey || inputs.awsOwnedKey ? { kmsKey: inputs.kmsKey ?? AWS_OWNED } : {}),
    ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {}),
    diffs: new Map()
  }
  if (inputs.mode === 'apply' && gateways.writer)
    Object.assign(
      result,
      await applyMode(world, inputs, { read: gateways.read, writer: gateways.writer }, signal, core)
    )
  else {
    await deploymentChecks(world, inputs, gateways.read.ecs, core)
    if (inputs.mode === 'verify') {
      result.outcomes = verifyMode(world, inputs)
      result.checkedServices = checkedCount(world.targets)
      const nothing = checkedNothingReason(world.targets, {
        cluster: inputs.cluster,
        all: inputs.services.all,
        ...(world.listed !== undefined ? { listed: world.listed } : {})
      })
      if (nothing) {
        result.checkedNothing = nothing
        result.findings = [
          ...result.findings,
          {
            severity: 'warning',
            code: 'checked-nothing',
            message: `verify checked nothing: ${nothing}`
          }
        ]
      }
    } else Object.assign(result, planMode(world, inputs))
  }
  if (result.blockedBy?.length === 0) delete result.blockedBy
  result.outcomes = result.outcomes.map((outcome) => withRevisionRead(outcome, world))
  // Loaded only when this run reads the traffic metrics (its own chunk, like CloudWatch's).
  if (gateways.metrics && !signal.aborted)
    await (
      await import('./traffic.js')
    ).checkTrafficInto(result, world, inputs, gateways, signal, core)
  if (gateways.secrets && !signal.aborted)
    await checkCertificatesInto(result, world, gateways.secrets, inputs)
  if (signal.aborted) result.cancelled = true
  return result
}
