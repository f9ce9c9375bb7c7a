/** A finding is one thing wrong (or worth knowing) about a service, a port, or a shared resource. */
export type Severity = 'error' | 'warning' | 'notice'

export interface Finding {
  severity: Severity
  code: string
  message: string
  service?: string
  port?: string
  expected?: string
  found?: string
  /** File mode: the service definition file it is about (annotations point at it). */
  file?: string
  /** File mode: the 1-based line in `file` it is about, where the format knows it. */
  line?: number
}
