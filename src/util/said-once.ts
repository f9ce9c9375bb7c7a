/**
 * Warnings said once: a warning that comes back every poll is logged the first time only, and
 * counted; at the end each one becomes a single finding with its count (an annotation and one
 * line in the summary), so a long wait cannot fill the log with the same line.
 */
import type { Finding } from '../model/findings.js'

interface Said {
  code: string
  text: string
  count: number
}

export class SaidOnce {
  private readonly said = new Map<string, Said>()

  /** `log` prints a live line; it is called for the first occurrence of each key only. */
  constructor(private readonly log: (line: string) => void) {}

  /**
   * `code` is the finding's; `key` names the warning (default: the code), since its repeats
   * may differ in detail (a request ID, an ARN): the first text is the one kept.
   */
  warn(code: string, text: string, key = code): void {
    const said = this.said.get(key)
    if (said) {
      said.count++
      return
    }
    this.said.set(key, { code, text, count: 1 })
    this.log(`warning: ${text}`)
  }

  /** How often the warning under `key` came. */
  count(key: string): number {
    return this.said.get(key)?.count ?? 0
  }

  /** One warning finding per key, with its count when it came more than once. */
  findings(): Finding[] {
    return [...this.said.values()].map(({ code, text, count }) => ({
      severity: 'warning',
      code,
      message: count > 1 ? `${text} (${count} times in this run)` : text
    }))
  }
}

/** Pure: the findings without repeats (same severity, code, service, port and message). */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = JSON.stringify([
      finding.severity,
      finding.code,
      finding.service,
      finding.port,
      finding.file,
      finding.message
    ])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
