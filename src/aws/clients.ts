/**
 * Settings shared by every AWS client. Throttling and transient faults are left to the SDK's
 * adaptive retry strategy: it backs off on "Rate exceeded" and limits the client's own send
 * rate, which a fleet rollout needs and a home-made loop would only imitate.
 *
 * Except for the service-deployment reads (`polling`): they are repeated anyway (the watcher
 * polls; the in-flight check retries with bounded back-off, backoff.ts), so their client uses
 * the standard strategy with 3 attempts. A burst of throttled polls then costs well under a
 * second of back-off per call, and does not slow the writes' client (README "Performance").
 */
export const MAX_ATTEMPTS = 8
export const POLLING_MAX_ATTEMPTS = 3

export interface ClientSettings {
  region?: string
  retryMode: 'adaptive' | 'standard'
  maxAttempts: number
  customUserAgent: string
}

export function clientSettings(region?: string, use: 'all' | 'polling' = 'all'): ClientSettings {
  return {
    ...(region ? { region } : {}),
    retryMode: use === 'polling' ? 'standard' : 'adaptive',
    maxAttempts: use === 'polling' ? POLLING_MAX_ATTEMPTS : MAX_ATTEMPTS,
    customUserAgent: 'ecs-service-connect-tls-action'
  }
}
