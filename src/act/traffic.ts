/**
 * The traffic check of a live run (traffic-check warn or fail): whether TLS holds on live
 * Service Connect traffic. verify reads the last window once. apply watches each TLS rollout's
 * window (after it completed, or its bake time while it bakes) and polls, every service
 * together each round, until the window's last minute is published or the grace limit passes;
 * then fails (fail), warns (warn) and, with on-tls-errors: revert, puts the previous
 * configuration back.
 */
import type { ServiceDeployment } from '@aws-sdk/client-ecs'
import type { Gateways } from '../aws/gateways.js'
import type { MetricsReader } from '../aws/cloudwatch.js'
import { isCancelled } from '../aws/abort.js'
import { judgeTraffic, notChecked } from '../checks/traffic.js'
import { errorText, isAccessDenied } from '../util/errors.js'
import { nameOf } from '../util/arn.js'
import type { Inputs } from '../inputs/inputs.js'
import {
  minuteWindow,
  readTraffic,
  tlsDiscoveryNames,
  type TrafficTarget
} from '../read/traffic.js'
import type { Toolkit } from '../util/toolkit.js'
import { createWatcher } from './apply-mode.js'
import { revertService } from './revert.js'
import { abortableSleep } from './rollout.js'
import type { Finding } from '../model/findings.js'
import type { RunResult } from '../model/result.js'
import type { ServiceOutcome } from '../model/outcome.js'
import type { TrafficReport, TrafficWindow } from '../model/traffic.js'
import type { World } from '../model/facts.js'

const MINUTE = 60_000

export interface TrafficClock {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
}

const REAL: TrafficClock = { now: () => Date.now(), sleep: abortableSleep }

interface Watched extends TrafficTarget {
  kind: TrafficWindow['kind']
  deploymentArn?: string
}

export async function checkTrafficInto(
  result: RunResult,
  world: World,
  inputs: Inputs,
  gateways: Gateways,
  signal: AbortSignal,
  core: Toolkit,
  clock: TrafficClock = REAL
): Promise<void> {
  if (!gateways.metrics) return
  const watched =
    inputs.mode === 'verify'
      ? recentWindows(result.outcomes, inputs, clock.now())
      : await rolloutWindows(result.outcomes, inputs, gateways, clock.now())
  if (watched.length === 0) return
  const reports = await watch(watched, inputs, gateways.metrics, signal, core, clock)
  result.traffic = [...reports.values()]
  if (inputs.mode === 'apply' && inputs.traffic.onTlsErrors === 'revert')
    await revertFailing(result, world, inputs, gateways, signal, core)
  result.outcomes = result.outcomes.map((outcome) => {
    const report = reports.get(outcome.name)
    return report ? judged(outcome, report, inputs) : outcome
  })
}

/** verify: the last whole minutes, up to the last one that is over. */
function recentWindows(outcomes: ServiceOutcome[], inputs: Inputs, now: number): Watched[] {
  const end = Math.floor(now / MINUTE) * MINUTE
  const start = end - Math.ceil(inputs.traffic.windowMinutes) * MINUTE
  return outcomes.flatMap((outcome) => {
    const discoveryNames = tlsDiscoveryNames(outcome.inForce?.config)
    return discoveryNames.length
      ? [{ service: outcome.name, discoveryNames, start, end, kind: 'recent' as const }]
      : []
  })
}

/** apply: the services this run rolled TLS out to, each with its window. */
async function rolloutWindows(
  outcomes: ServiceOutcome[],
  inputs: Inputs,
  gateways: Gateways,
  now: number
): Promise<Watched[]> {
  const rolled = outcomes.filter(
    (outcome) =>
      outcome.status === 'updated' &&
      (outcome.rollout === 'completed' || outcome.rollout === 'traffic-shifted') &&
      outcome.deploymentId?.startsWith('arn:') &&
      tlsDiscoveryNames(outcome.inForce?.config).length > 0
  )
  if (rolled.length === 0) return []
  const deployments = await gateways.read.ecs
    .describeServiceDeployments(rolled.map((outcome) => outcome.deploymentId ?? ''))
    .catch(() => new Map<string, ServiceDeployment>())
  return rolled.map((outcome) => {
    const arn = outcome.deploymentId ?? ''
    return {
      service: outcome.name,
      discoveryNames: tlsDiscoveryNames(outcome.inForce?.config),
      deploymentArn: arn,
      ...windowOf(deployments.get(arn), inputs.traffic.windowMinutes, now)
    }
  })
}

/**
 * The window to watch: while a blue/green, linear or canary deployment bakes, its bake time
 * (from when it entered BAKE_TIME, its last update); after such a deployment completed, the
 * bake it went through; otherwise `traffic-window-minutes` from its completion.
 */
export function windowOf(
  deployment: ServiceDeployment | undefined,
  windowMinutes: number,
  now: number
): { start: number; end: number; kind: TrafficWindow['kind'] } {
  const config = deployment?.deploymentConfiguration
  const bake =
    config?.strategy && config.strategy !== 'ROLLING' ? (config.bakeTimeInMinutes ?? 0) : 0
  const finished = deployment?.finishedAt?.getTime()
  if (deployment?.status === 'IN_PROGRESS' && bake > 0) {
    const from = deployment.updatedAt?.getTime() ?? now
    return { ...minuteWindow(from, bake), kind: 'bake' }
  }
  if (finished !== undefined && bake > 0)
    return { ...minuteWindow(finished - bake * MINUTE, bake), kind: 'bake' }
  return { ...minuteWindow(finished ?? now, windowMinutes), kind: 'after-rollout' }
}

async function watch(
  watched: Watched[],
  inputs: Inputs,
  metrics: () => Promise<MetricsReader>,
  signal: AbortSignal,
  core: Toolkit,
  clock: TrafficClock
): Promise<Map<string, TrafficReport>> {
  const reports = new Map<string, TrafficReport>()
  const clusterName = nameOf(inputs.cluster)
  const graceMs = inputs.traffic.graceMinutes * MINUTE
  const pending = new Map(watched.map((target) => [target.service, target]))
  const once = inputs.mode === 'verify'
  const giveUp = (why: string): void => {
    for (const name of pending.keys()) reports.set(name, notChecked(name, why))
    pending.clear()
  }
  let round = 0
  while (pending.size > 0) {
    if (signal.aborted) {
      giveUp('the run was cancelled')
      break
    }
    round++
    const reader = await metrics()
    const before = { ...reader.calls }
    const targets = [...pending.values()]
    try {
      const read = await readTraffic(reader, clusterName, targets)
      const now = clock.now()
      for (const target of targets) {
        const seen = read.get(target.service)
        if (!seen) continue
        const over = now >= target.end
        const published = over && seen.lastPeriodSeen
        const window: TrafficWindow = {
          start: target.start,
          end: target.end,
          kind: target.kind,
          complete: published
        }
        const report = judgeTraffic(seen.traffic, window)
        // Failed handshakes need no more waiting; anything else waits for the window to close.
        if (report.verdict === 'tls-errors' || published || once || now >= target.end + graceMs) {
          reports.set(target.service, report)
          pending.delete(target.service)
        }
      }
    } catch (error) {
      if (isAccessDenied(error) || isCancelled(error) || once) {
        giveUp(errorText(error))
        break
      }
      const why = errorText(error)
      core.warning(`Could not read the traffic metrics (will retry): ${why}`)
      if (targets.every((target) => clock.now() >= target.end + graceMs)) {
        giveUp(`the metrics could not be read before the grace limit: ${why}`)
        break
      }
    }
    const calls = `${reader.calls.listMetrics - before.listMetrics} ListMetrics and ${reader.calls.getMetricData - before.getMetricData} GetMetricData call(s)`
    core.info(
      `Traffic round ${round}: ${targets.length} service(s) read in ${calls}; ${targets.length - pending.size} decided, ${pending.size} waiting for the window's last minute`
    )
    if (pending.size > 0) await clock.sleep(inputs.wait.pollMs, signal)
  }
  return reports
}

async function revertFailing(
  result: RunResult,
  world: World,
  inputs: Inputs,
  gateways: Gateways,
  signal: AbortSignal,
  core: Toolkit
): Promise<void> {
  const failing = (result.traffic ?? []).filter((report) => report.verdict === 'tls-errors')
  if (failing.length === 0 || !gateways.writer || !gateways.stopper) return
  const ctx = {
    cluster: inputs.cluster,
    reader: gateways.read.ecs,
    writer: gateways.writer,
    stopper: await gateways.stopper(),
    watcher: createWatcher(inputs, gateways.read.ecs, signal, core)
  }
  await Promise.all(
    failing.map(async (report) => {
      const outcome = result.outcomes.find((candidate) => candidate.name === report.service)
      const target = world.targets.find((candidate) => candidate.name === report.service)
      report.revert = await revertService(
        {
          name: report.service,
          deploymentArn: outcome?.deploymentId ?? '',
          ...(target?.ok ? { before: target.config } : {}),
          ...(outcome?.inForce?.config ? { applied: outcome.inForce.config } : {})
        },
        ctx
      )
      core.info(`${report.service}: ${report.revert.action}: ${report.revert.message}`)
    })
  )
}

const finding = (severity: Finding['severity'], code: string, message: string): Finding => ({
  severity,
  code,
  message
})

/** The outcome with the traffic verdict applied: fail fails, the rest warns. */
function judged(outcome: ServiceOutcome, report: TrafficReport, inputs: Inputs): ServiceOutcome {
  const next: ServiceOutcome = { ...outcome, log: [...outcome.log, `Traffic: ${report.message}`] }
  const revert = report.revert ? ` Revert: ${report.revert.action}: ${report.revert.message}.` : ''
  if (report.revert) next.log.push(`Revert: ${report.revert.action}: ${report.revert.message}`)
  switch (report.verdict) {
    case 'tls-ok':
      return next
    case 'no-traffic':
      next.findings = [...outcome.findings, finding('warning', 'traffic-none', report.message)]
      return next
    case 'not-checked':
      next.findings = [
        ...outcome.findings,
        finding('warning', 'traffic-not-checked', report.message)
      ]
      return next
    case 'tls-errors': {
      const text = `TLS handshakes fail on live traffic: ${report.message}.${revert}`
      if (inputs.traffic.check !== 'fail') {
        next.findings = [...outcome.findings, finding('warning', 'traffic-tls-errors', text)]
        return next
      }
      next.findings = [...outcome.findings, finding('error', 'traffic-tls-errors', text)]
      if (inputs.mode === 'verify') return { ...next, status: 'noncompliant' }
      return { ...next, status: 'failed', error: text }
    }
  }
}
