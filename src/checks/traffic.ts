/**
 * Pure: what the Service Connect traffic metrics say about one service's TLS. CloudWatch
 * publishes only while tasks run and late, so "nothing seen" is never a pass: it is
 * `no-traffic`, and every verdict names the window it covers.
 */
import { POLICY_FILES } from '../util/permissions.js'
import type { ServiceTraffic, TrafficReport, TrafficWindow } from '../model/traffic.js'

const MINUTE = 60_000

export function describeWindow(window: TrafficWindow): string {
  const time = (ms: number): string => new Date(ms).toISOString().slice(11, 16)
  const minutes = Math.round((window.end - window.start) / MINUTE)
  const what =
    window.kind === 'bake'
      ? `${minutes} min bake time`
      : window.kind === 'recent'
        ? `the last ${minutes} min`
        : `${minutes} min after the rollout`
  const partial = window.complete ? '' : '; its last minute was not published yet'
  return `${time(window.start)}–${time(window.end)} UTC (${what}${partial})`
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

export function judgeTraffic(traffic: ServiceTraffic, window: TrafficWindow): TrafficReport {
  const target = traffic.incoming.reduce((sum, entry) => sum + entry.targetErrors, 0)
  const byCaller = new Map<string, number>()
  for (const entry of traffic.callers)
    if (entry.clientErrors > 0)
      byCaller.set(entry.caller, (byCaller.get(entry.caller) ?? 0) + entry.clientErrors)
  const failingCallers = [...byCaller]
    .map(([service, errors]) => ({ service, errors }))
    .sort((a, b) => b.errors - a.errors || a.service.localeCompare(b.service))
  const client = failingCallers.reduce((sum, entry) => sum + entry.errors, 0)
  const incomingRequests = traffic.incoming.reduce((sum, entry) => sum + entry.requests, 0)
  const outgoingRequests = traffic.callers.reduce((sum, entry) => sum + entry.requests, 0)
  // The incoming count is the service's own view; the callers' count stands in without it.
  const requests = incomingRequests > 0 ? incomingRequests : outgoingRequests
  const connections = traffic.incoming.reduce((sum, entry) => sum + entry.connections, 0)
  const noMetrics = traffic.incoming
    .filter(
      (entry) =>
        !entry.found && !traffic.callers.some((c) => c.discoveryName === entry.discoveryName)
    )
    .map((entry) => entry.discoveryName)
  const base = {
    service: traffic.service,
    window,
    requests,
    connections,
    errors: { client, target },
    failingCallers,
    noMetrics
  }
  const during = describeWindow(window)
  if (client + target > 0) {
    const sides = [
      client > 0
        ? `client side ${client} (${failingCallers.map((c) => `${c.service}: ${c.errors}`).join(', ')})`
        : '',
      target > 0 ? `target side ${target}` : ''
    ].filter(Boolean)
    return {
      ...base,
      verdict: 'tls-errors',
      message: `${plural(client + target, 'failed TLS handshake')} in ${during}: ${sides.join('; ')}`
    }
  }
  if (requests > 0)
    return {
      ...base,
      verdict: 'tls-ok',
      message: `${plural(requests, 'request')} and no failed TLS handshake in ${during}`
    }
  const missing = noMetrics.length
    ? `; no metrics found for discovery name ${noMetrics.join(', ')} (no Service Connect series in CloudWatch)`
    : ''
  return {
    ...base,
    verdict: 'no-traffic',
    message: `no requests seen in ${during}: TLS on live traffic is not proven${missing}`
  }
}

/** The caller may not read the metrics: says which permissions and which policy grants them. */
export function notChecked(service: string, error: string): TrafficReport {
  return {
    service,
    verdict: 'not-checked',
    requests: 0,
    connections: 0,
    errors: { client: 0, target: 0 },
    failingCallers: [],
    noMetrics: [],
    message:
      `not checked: reading the traffic metrics needs cloudwatch:GetMetricData and cloudwatch:ListMetrics ` +
      `(${POLICY_FILES.readOnly} and ${POLICY_FILES.apply} grant them): ${error}`
  }
}

/** The JSON the `traffic` output carries for each service. */
export function trafficJson(report: TrafficReport): Record<string, unknown> {
  return {
    service: report.service,
    verdict: report.verdict,
    ...(report.window
      ? {
          window: {
            start: new Date(report.window.start).toISOString(),
            end: new Date(report.window.end).toISOString(),
            kind: report.window.kind,
            complete: report.window.complete
          }
        }
      : {}),
    requests: report.requests,
    connections: report.connections,
    errors: report.errors,
    failingCallers: report.failingCallers,
    ...(report.noMetrics.length ? { noMetrics: report.noMetrics } : {}),
    message: report.message,
    ...(report.revert ? { revert: report.revert } : {})
  }
}
