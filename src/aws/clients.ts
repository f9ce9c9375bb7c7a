/**
 * Settings shared by every AWS client. Throttling and transient faults are left to the SDK's
 * adaptive retry strategy: it backs off on "Rate exceeded" and limits the client's own send
 * rate, which a fleet rollout needs and a home-made loop would only imitate.
 */
export const MAX_ATTEMPTS = 8

export interface ClientSettings {
  region?: string
  retryMode: 'adaptive'
  maxAttempts: number
  customUserAgent: string
}

export function clientSettings(region?: string): ClientSettings {
  return {
    ...(region ? { region } : {}),
    retryMode: 'adaptive',
    maxAttempts: MAX_ATTEMPTS,
    customUserAgent: 'ecs-service-connect-tls-action'
  }
}
