/** How the traffic verdict reads in the summary's Traffic column. */
import type { TrafficReport } from '../model/traffic.js'

const ICON: Record<TrafficReport['verdict'], string> = {
  'tls-ok': '✅ tls-ok',
  'no-traffic': '⚠️ no-traffic',
  'tls-errors': '❌ tls-errors',
  'not-checked': '⚠️ not checked'
}

export function trafficCell(report: TrafficReport): string {
  const counts =
    report.verdict === 'tls-errors'
      ? ` (client ${report.errors.client}${report.failingCallers.length ? `: ${report.failingCallers.map((c) => c.service).join(', ')}` : ''}; target ${report.errors.target})`
      : report.verdict === 'tls-ok'
        ? ` (${report.requests} requests)`
        : ''
  const window = report.window
    ? ` ${new Date(report.window.start).toISOString().slice(11, 16)}–${new Date(report.window.end).toISOString().slice(11, 16)} UTC${report.window.complete ? '' : ' (partial)'}`
    : ''
  const revert = report.revert ? `; revert: ${report.revert.action}` : ''
  return `${ICON[report.verdict]}${counts}${window}${revert}`
}
