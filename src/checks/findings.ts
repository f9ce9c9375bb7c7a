import type { Finding } from '../model/findings.js'

export const isError = (finding: Finding): boolean => finding.severity === 'error'
