/** The order service statuses are counted and listed in: what needs attention first. */
import type { ServiceStatus } from '../model/outcome.js'

export const STATUS_ORDER: readonly ServiceStatus[] = [
  'failed',
  'noncompliant',
  'updated',
  'would-update',
  'compliant',
  'unchanged'
]
