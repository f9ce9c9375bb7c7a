import { whereGranted } from './permissions.js'

/** One way to turn anything thrown into a line a user can act on. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    // AWS errors carry their code in `name` (AccessDeniedException, ...): worth showing.
    const name = '$metadata' in error && error.name ? `${error.name}: ` : ''
    return `${name}${error.message}`
  }
  return String(error)
}

/** True for the errors AWS returns when the caller's policy does not allow the call. */
export function isAccessDenied(error: unknown): boolean {
  return (
    error instanceof Error &&
    /^(AccessDenied|AccessDeniedException|UnauthorizedOperation)$/.test(error.name)
  )
}

/**
 * The whole-run error, with what to do about the common one: no credentials at all, as on a
 * pull request from a fork, where GitHub hands out no OIDC token.
 */
export function runErrorText(error: unknown): string {
  const text = errorText(error)
  if (error instanceof Error && error.name === 'CredentialsProviderError')
    return (
      `No AWS credentials were found (${text}). Configure them before this step, e.g. with ` +
      'aws-actions/configure-aws-credentials. Pull requests from forks get no OIDC token and no ' +
      'secrets, so a verify check cannot read AWS there.'
    )
  if (error instanceof Error && error.message === 'Region is missing')
    return (
      'No AWS Region is configured. Set AWS_REGION (aws-actions/configure-aws-credentials does, ' +
      'from its aws-region input) or give "cluster" as an ARN.'
    )
  return text
}

/** What a denied AWS call was: the API call, the resource, and the permission it needs. */
export interface DeniedCall {
  call: string
  resource: string
  permission: string
}

/**
 * The text for an AccessDenied: which call on which resource, what to grant, and which policy
 * file in policies/ has it (no closing period: callers go on with what it means for the run).
 */
export function accessDeniedText(error: unknown, denied: DeniedCall): string {
  const where = whereGranted(denied.permission.split(/[ ,]/)[0] ?? '')
  const message = error instanceof Error ? error.message : String(error)
  return `${message}. ${denied.call} on ${denied.resource} needs ${denied.permission}: grant it to the caller${where ? ` (${where})` : ''}`
}

/** Rethrows an AccessDenied with what to grant in its message (name and metadata kept); other errors as they are. */
export function explainDenied(error: unknown, denied: DeniedCall): unknown {
  if (!isAccessDenied(error) || !(error instanceof Error)) return error
  const explained = new Error(accessDeniedText(error, denied), { cause: error })
  explained.name = error.name
  if ('$metadata' in error) Object.assign(explained, { $metadata: error.$metadata })
  return explained
}
