/**
 * Token-bucket throttling per operation, the model ECS documents for its API rate limits
 * ("Request throttling for the Amazon ECS API": a bucket of `burst` tokens refilled at
 * `perSecond`; a call with no token left gets ThrottlingException "Rate exceeded").
 */

export interface RateLimit {
  /** Bucket size: calls allowed back to back. */
  burst: number
  /** Sustained refill rate, tokens per second. */
  perSecond: number
}

/**
 * Per-account, per-Region ECS limits as listed in AWS-FACTS.md (from the ECS "Request
 * throttling" page): UpdateService 50/5, DescribeServices and ListServices 100/20,
 * DescribeServiceDeployments and ListServiceDeployments 50/20, ListClusters 50/20.
 */
export const ECS_RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
  UpdateService: { burst: 50, perSecond: 5 },
  DescribeServices: { burst: 100, perSecond: 20 },
  ListServices: { burst: 100, perSecond: 20 },
  // AWS-FACTS "Deployments as ECS runs them today": List/DescribeServiceDeployments 50 / 20.
  DescribeServiceDeployments: { burst: 50, perSecond: 20 },
  ListServiceDeployments: { burst: 50, perSecond: 20 },
  // "Cluster read actions" (DescribeClusters, ListClusters) on the same ECS page: 50 / 20.
  ListClusters: { burst: 50, perSecond: 20 }
}

interface Bucket {
  limit: RateLimit
  tokens: number
  at: number
}

export class Throttler {
  private readonly limits = new Map<string, RateLimit>()
  /** By scope (account and Region), then operation: AWS keeps separate buckets for each pair. */
  private readonly buckets = new Map<string, Map<string, Bucket>>()

  constructor(limits: Partial<Record<string, RateLimit>>) {
    for (const [operation, limit] of Object.entries(limits)) {
      if (!limit) continue
      if (!(limit.burst >= 1) || !(limit.perSecond > 0)) {
        throw new Error(`throttle for ${operation}: burst must be >= 1 and perSecond > 0`)
      }
      this.limits.set(operation, limit)
    }
  }

  /** Takes a token for `operation` in `scope`; false means the call is throttled. */
  take(operation: string, now: number, scope = ''): boolean {
    const limit = this.limits.get(operation)
    if (!limit) return true
    let buckets = this.buckets.get(scope)
    if (!buckets) this.buckets.set(scope, (buckets = new Map<string, Bucket>()))
    let bucket = buckets.get(operation)
    if (!bucket) buckets.set(operation, (bucket = { limit, tokens: limit.burst, at: Number.NaN }))
    if (!Number.isNaN(bucket.at)) {
      const refill = ((now - bucket.at) / 1000) * bucket.limit.perSecond
      bucket.tokens = Math.min(bucket.limit.burst, bucket.tokens + refill)
    }
    bucket.at = now
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }
}

/** Resolves the `throttle` option: true = documented ECS limits; an object = exactly those operations. */
export function throttleLimits(
  option: boolean | Partial<Record<string, RateLimit>> | undefined
): Partial<Record<string, RateLimit>> {
  if (option === true) return { ...ECS_RATE_LIMITS }
  if (!option) return {}
  return option
}
