/**
 * Scripted faults: an error code on an operation (or every operation) from a given moment on,
 * and a share of an operation's calls throttled. Unlike `injectFaults` (the next n calls), a
 * script holds until it is cleared, the way an expired session or a missing permission does.
 *
 * Error shapes: awsJson services answer `{"__type", "message"}` with `x-amzn-errortype`, IAM
 * (awsQuery) an XML ErrorResponse; server.ts encodes both from one AwsError. An expired session
 * is `ExpiredTokenException` (400) on the JSON services and `ExpiredToken` (403) on IAM, with
 * "The security token included in the request is expired" (AWS "Common Errors" of each API
 * reference; the status codes as the SDKs report them).
 */
import type { ServiceKey } from './model.js'
import { AwsError } from './protocol.js'

export interface ScriptedFault {
  /** The error code (awsJson services). */
  code: string
  /** HTTP status; default 400. A modelled error keeps the model's status (server.ts). */
  status?: number
  message?: string
  /** The code and status on IAM (awsQuery), when they differ. */
  queryCode?: string
  queryStatus?: number
  /** Only this service's calls; default every service. */
  service?: ServiceKey
  /** Matching calls still answered normally before the fault starts; default 0 (from now on). */
  after?: number
}

interface Script {
  operation: string
  fault: ScriptedFault
  /** Matching calls left before it starts. */
  pass: number
}

export const EXPIRED_TOKEN: ScriptedFault = {
  code: 'ExpiredTokenException',
  status: 400,
  queryCode: 'ExpiredToken',
  queryStatus: 403,
  message: 'The security token included in the request is expired'
}

export class ScriptedFaults {
  private readonly scripts: Script[] = []
  /** Per operation: throttle every nth call, and how many calls came so far. */
  private readonly shares = new Map<string, { every: number; seen: number }>()

  failFrom(operation: string, fault: ScriptedFault): void {
    this.scripts.push({ operation, fault, pass: fault.after ?? 0 })
  }

  /** Every `every`-th call to the operation is throttled (2: half of them), from now on. */
  throttleEvery(operation: string, every: number): void {
    if (!(every >= 1)) throw new Error('throttleEvery: every must be at least 1')
    this.shares.set(operation, { every, seen: 0 })
  }

  clear(): void {
    this.scripts.length = 0
    this.shares.clear()
  }

  /** The fault for this call, if a script has one. Each matching call counts once. */
  take(service: ServiceKey, operation: string): AwsError | undefined {
    for (const script of this.scripts) {
      const { fault } = script
      if (fault.service && fault.service !== service) continue
      if (script.operation !== '*' && script.operation !== operation) continue
      if (script.pass > 0) {
        script.pass--
        continue
      }
      const message = fault.message ?? `${fault.code} (scripted)`
      return service === 'iam'
        ? new AwsError(fault.queryCode ?? fault.code, message, fault.queryStatus ?? fault.status)
        : new AwsError(fault.code, message, fault.status ?? 400)
    }
    return undefined
  }

  /** True when this call falls on a throttled share. */
  throttled(operation: string): boolean {
    const share = this.shares.get(operation)
    if (!share) return false
    share.seen++
    return share.seen % share.every === 1 % share.every
  }
}
