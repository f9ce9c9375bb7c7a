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
