/**
 * Pure: the one classification of AWS errors, for every read and every wait. Retryable errors
 * pass (throttling, 5xx, time-outs, dropped connections); final ones never will on their own
 * (expired or invalid credentials, access denied, validation, a resource that is gone).
 *
 * The retryable part follows the SDK's own rules: the error's `$retryable` trait (set from the
 * model's `retryable` trait), its `$fault`, the HTTP status, and the code lists of
 * `@smithy/service-error-classification` (THROTTLING_ERROR_CODES, TRANSIENT_ERROR_CODES,
 * TRANSIENT_ERROR_STATUS_CODES, NODEJS_TIMEOUT_ERROR_CODES). They are repeated here rather
 * than imported: the bundled clients carry that package only inside `@smithy/core`, and a
 * second copy on the start-up path would cost more than these few names.
 */
import type { ErrorKind } from '../model/deployment.js'

const THROTTLING = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException'
])
const TRANSIENT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'])
const TRANSIENT_STATUS = new Set([500, 502, 503, 504])
const NODE_NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN'
])

/** STS, IAM (awsQuery) and the JSON services name an expired session differently. */
const EXPIRED = new Set(['ExpiredTokenException', 'ExpiredToken', 'RequestExpired'])
const INVALID_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'IncompleteSignature',
  'AuthFailure',
  'CredentialsProviderError'
])
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'])
const VALIDATION = new Set([
  'ValidationException',
  'ValidationError',
  'InvalidParameterException',
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'InvalidRequestException',
  'SerializationException',
  'ClientException'
])
const NOT_FOUND = new Set([
  'ClusterNotFoundException',
  'ServiceNotFoundException',
  'ServiceNotActiveException',
  'ResourceNotFoundException',
  'NoSuchEntity',
  'NotFoundException'
])

interface ErrorFields {
  name?: unknown
  code?: unknown
  $retryable?: unknown
  $fault?: unknown
  $metadata?: { httpStatusCode?: unknown }
}

/** Pure: what kind of error this is, for deciding whether to try again. */
export function classifyAwsError(error: unknown): ErrorKind {
  if (typeof error !== 'object' || error === null) return 'other-final'
  const fields = error as ErrorFields
  const name = typeof fields.name === 'string' ? fields.name : ''
  const code = typeof fields.code === 'string' ? fields.code : ''
  const status =
    typeof fields.$metadata?.httpStatusCode === 'number' ? fields.$metadata.httpStatusCode : 0
  if (name === 'CancelledError' || name === 'AbortError') return 'cancelled'
  // Checked before the retryable rules: a credentials error is never passing weather.
  if (EXPIRED.has(name)) return 'expired-credentials'
  if (INVALID_CREDENTIALS.has(name)) return 'invalid-credentials'
  if (DENIED.has(name)) return 'access-denied'
  if (
    fields.$retryable !== undefined ||
    status === 429 ||
    THROTTLING.has(name) ||
    TRANSIENT.has(name) ||
    NODE_NETWORK.has(code) ||
    TRANSIENT_STATUS.has(status) ||
    (status >= 500 && status <= 599) ||
    (fields.$fault === 'server' && status === 0)
  )
    return 'retryable'
  if (VALIDATION.has(name)) return 'validation'
  if (NOT_FOUND.has(name)) return 'not-found'
  return 'other-final'
}

export const isRetryable = (error: unknown): boolean => classifyAwsError(error) === 'retryable'

/** Short words for a kind, for log lines and reports. */
export const KIND_WORDS: Record<ErrorKind, string> = {
  retryable: 'a passing error',
  'expired-credentials': 'the AWS credentials expired',
  'invalid-credentials': 'the AWS credentials are not valid',
  'access-denied': 'access was denied',
  validation: 'AWS rejected the request as invalid',
  'not-found': 'the resource is gone',
  cancelled: 'the run was cancelled',
  'other-final': 'an error that retrying does not cure'
}
