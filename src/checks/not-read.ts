/** A read that did not happen becomes a finding: "not checked" when denied, an error when it failed. */
import type { NotRead, Read } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import { whereGranted } from '../util/permissions.js'

/** The warning for a check the caller may not make: what to grant, and where it is granted. */
export function skippedCheck(what: string, permission: string, error: string): Finding {
  const where = permission
    .split(/,? and |, /)
    .map(whereGranted)
    .find((text) => text !== '')
  return {
    severity: 'warning',
    code: 'check-skipped',
    message: `${what} was not checked: the caller may not call ${permission} (${error}). Grant it to enable this check${where ? ` (${where})` : ''}.`
  }
}

/** A denied read is a skipped check (a warning); any other failed read is an error. */
export function notReadFinding(notRead: NotRead): Finding {
  if (notRead.reason === 'denied')
    return skippedCheck(notRead.what, notRead.permission, notRead.error)
  return {
    severity: 'error',
    code: 'read-failed',
    message: `${notRead.what} could not be read: ${notRead.error}`
  }
}

/** The findings of a value that may not have been read: `judge` when it was, else why not. */
export function judgeRead<T>(read: Read<T> | undefined, judge: (value: T) => Finding[]): Finding[] {
  if (read === undefined) return []
  return read.ok ? judge(read.value) : [notReadFinding(read.notRead)]
}
