/** Pure: how discover judges what it read (TLS coverage, read errors). */
import type { Service } from '@aws-sdk/client-ecs'
import { errorText, isAccessDenied } from '../util/errors.js'
import { primaryDeployment } from '../util/service-connect.js'
import type { ReadError, TlsCoverage } from './found.js'

export function tlsCoverage(service: Service): TlsCoverage {
  const entries = primaryDeployment(service)?.serviceConnectConfiguration?.services ?? []
  const withTls = entries.filter((entry) => entry.tls !== undefined).length
  if (entries.length > 0 && withTls === entries.length) return 'all'
  return withTls > 0 ? 'some' : 'none'
}

/**
 * Errors that mean "this caller may not read there": denied by a policy, or a Region the account
 * has not enabled (whose endpoint does not know the credentials: UnrecognizedClientException,
 * InvalidClientTokenId; EC2-style services say OptInRequired or AuthFailure).
 */
const REFUSED = /^(UnrecognizedClientException|InvalidClientTokenId|OptInRequired|AuthFailure)$/

export function readError(error: unknown): ReadError {
  const refused = isAccessDenied(error) || (error instanceof Error && REFUSED.test(error.name))
  return { kind: refused ? 'refused' : 'failed', message: errorText(error) }
}
