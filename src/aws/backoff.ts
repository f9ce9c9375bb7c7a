/**
 * Bounded, jittered back-off for the reads the action itself retries on top of the SDK.
 *
 * Why bounds: the SDK's adaptive retry backs off up to 20 s an attempt over 8 attempts, and a
 * throttled response also slows the client's send rate for every later call, writes included.
 * Under a burst of throttling that put a minute of back-off before the first write (README
 * "Performance"). So the service-deployment reads use a client with the SDK's standard retry
 * and 3 attempts (clients.ts), and what must succeed before a write is retried here: at most
 * `attempts` tries, "full jitter" delays (a random share of min(cap, base * 2^n), so runners
 * throttled together do not retry together), about 7.5 s in the worst case with the defaults.
 * ECS refills its DescribeServiceDeployments bucket at 20 calls a second, so a second or two
 * apart is enough for a batch of reads to get through.
 */
import { classifyAwsError } from '../util/error-kinds.js'

export interface BackoffOptions {
  /** Tries in all; default 5. */
  attempts?: number
  /** First delay bound, ms; default 500. */
  baseMs?: number
  /** Largest delay bound, ms; default 4000. */
  capMs?: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

/** Pure: the delay before retry `n` (0 = the first retry), full jitter under the bound. */
export function backoffDelay(n: number, random: number, baseMs = 500, capMs = 4000): number {
  return Math.floor(random * Math.min(capMs, baseMs * 2 ** n))
}

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms)
  })

/** Runs `work`, retrying retryable AWS errors within the bounds; final errors at once. */
export async function withBackoff<T>(
  work: () => Promise<T>,
  options: BackoffOptions = {}
): Promise<T> {
  const attempts = options.attempts ?? 5
  const sleep = options.sleep ?? pause
  const random = options.random ?? Math.random
  for (let n = 0; ; n++) {
    try {
      return await work()
    } catch (error) {
      if (n + 1 >= attempts || classifyAwsError(error) !== 'retryable') throw error
      await sleep(backoffDelay(n, random(), options.baseMs, options.capMs))
    }
  }
}

/** Pure: a poll interval spread by ±10 %, never past `limitMs`. */
export function jitteredPoll(pollMs: number, random: number, limitMs: number): number {
  return Math.max(0, Math.min(limitMs, Math.round(pollMs * (0.9 + 0.2 * random))))
}
