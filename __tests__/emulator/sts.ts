/**
 * Emulated STS (awsQuery): GetCallerIdentity, the one call that needs no permission (STS API
 * Reference, GetCallerIdentity: "No permissions are required to perform this operation").
 * Shapes are in model/sts.json, written by hand from that page: Account, Arn and UserId.
 */
import { handler, type Handler } from './protocol.js'

/** The account that signed a request, from its access key id; `undefined`: unsigned or unknown. */
export type AccountFor = (accessKeyId: string | undefined) => string

/** The caller every emulated account answers with: an assumed role, as a CI job's would be. */
export const CALLER_ROLE = 'emulator-caller'
export const CALLER_SESSION = 'session'

export class StsBackend {
  readonly handlers: Record<string, Handler>

  constructor(accountFor: AccountFor) {
    this.handlers = {
      GetCallerIdentity: handler<Record<string, never>>((_input, ctx) => {
        const account = accountFor(ctx.accessKeyId)
        return {
          Account: account,
          Arn: `arn:aws:sts::${account}:assumed-role/${CALLER_ROLE}/${CALLER_SESSION}`,
          // For an assumed role, UserId is the role's unique id, a colon and the session name.
          UserId: `AROA${account}EMULATOR:${CALLER_SESSION}`
        }
      })
    }
  }
}
