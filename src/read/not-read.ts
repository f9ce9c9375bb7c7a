/** One way to read something the checks need: the value, or why it was not read. */
import type { Read } from '../model/facts.js'
import { errorText, isAccessDenied } from '../util/errors.js'

/** Runs `read`; a denied call or a failure becomes a NotRead naming `what` and `permission`. */
export async function readOr<T>(
  what: string,
  permission: string,
  read: () => Promise<T>
): Promise<Read<T>> {
  try {
    return { ok: true, value: await read() }
  } catch (error) {
    const reason = isAccessDenied(error) ? 'denied' : 'failed'
    return { ok: false, notRead: { reason, what, permission, error: errorText(error) } }
  }
}
