/**
 * The run's abort signal reaches every AWS call. The SDK aborts the request on the wire, but a
 * retry that is waiting out a back-off (throttling) only notices at its next attempt, so the
 * caller is released at once here: the run can report and exit while the SDK's timer runs out.
 */
export class CancelledError extends Error {
  constructor() {
    super('the run was cancelled')
    this.name = 'CancelledError'
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'CancelledError' || error.name === 'AbortError')
}

/** Settles with `work`, or rejects with CancelledError as soon as `signal` aborts. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  if (signal.aborted) {
    work.catch(() => undefined)
    return Promise.reject(new CancelledError())
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(new CancelledError())
    }
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    )
  })
}

/**
 * Makes every `send` of an SDK client carry the run's signal, and release its caller as soon as
 * the signal aborts. One line per gateway instead of an option on every call.
 */
export function withSignal<C extends { send: unknown }>(client: C, signal?: AbortSignal): C {
  if (!signal) return client
  const send = (client.send as (command: unknown, options?: object) => Promise<unknown>).bind(
    client
  )
  // A view of the client with its own `send`; the client itself is left as it was.
  return Object.assign(Object.create(client) as C, {
    // Once aborted, nothing more is sent, not even to an SDK that would refuse it.
    send: (command: unknown, options?: object) =>
      signal.aborted
        ? Promise.reject(new CancelledError())
        : untilAborted(send(command, { ...options, abortSignal: signal }), signal)
  })
}
