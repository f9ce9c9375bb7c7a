/**
 * Which versions of the community ECS module's service submodule
 * (terraform-aws-modules/terraform-aws-ecs, modules/service) pass a Service Connect `tls`
 * block on to aws_ecs_service, read from that module's own history of modules/service/main.tf:
 * - before v6.0.0: the `service_connect_configuration` dynamic block has no `tls` at all (and
 *   its `service` is one object, not a list), so TLS cannot be set through the module;
 * - v6.0.0 (commit 29b257a, #217) adds `dynamic "tls"`, but its `issuer_cert_authority` block
 *   iterates `for_each = tls.value.issuer_cert_authority`, the attributes of that object, so a
 *   TLS setting fails at plan (an attribute read on a string);
 * - v6.2.1 (commit e68b246, #337) fixes that for `aws_ecs_service.this`, and v6.2.2 (commit
 *   f1fdccb, #341) for `aws_ecs_service.ignore_task_definition`, the resource the module uses
 *   when `ignore_task_definition_changes = true`.
 */

export type Version = [number, number, number]

export const TLS_FROM = { this: [6, 2, 1] as Version, ignore_task_definition: [6, 2, 2] as Version }

/** The registry source and the GitHub sources of the service submodule. */
const SOURCES = [
  /^terraform-aws-modules\/ecs\/aws\/\/modules\/service\/?$/,
  /^(?:git::)?(?:https:\/\/|ssh:\/\/git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-ecs(?:\.git)?\/\/modules\/service\/?(?:\?(.*))?$/
]

/** Whether `source` is the community service submodule; for a Git source, its `ref`. */
export function communitySource(source: string): { ref?: string } | undefined {
  for (const pattern of SOURCES) {
    const match = pattern.exec(source)
    if (!match) continue
    const ref = new URLSearchParams(match[1] ?? '').get('ref')
    return ref ? { ref } : {}
  }
  return undefined
}

export const showVersion = (v: Version): string => v.join('.')

function parseVersion(text: string): { version: Version; parts: number } | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim())
  if (!match) return undefined
  const parts = match.slice(1).filter((part: string | undefined) => part !== undefined).length
  return {
    version: [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)],
    parts
  }
}

const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
const nextPatch = (v: Version): Version => [v[0], v[1], v[2] + 1]

/**
 * What a version constraint (Terraform "Version Constraints" syntax: `=`, `!=`, `>`, `>=`, `<`,
 * `<=`, `~>`, comma separated) allows, as [lowest, first not allowed); undefined if unreadable.
 */
export function allowedRange(constraint: string): { low: Version; high?: Version } | undefined {
  let low: Version = [0, 0, 0]
  let high: Version | undefined
  const lift = (v: Version): void => {
    if (compare(v, low) > 0) low = v
  }
  const cap = (v: Version): void => {
    if (!high || compare(v, high) < 0) high = v
  }
  for (const part of constraint.split(',')) {
    const match = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(part)
    const parsed = match ? parseVersion(match[2] ?? '') : undefined
    if (!match || !parsed) return undefined
    const { version, parts } = parsed
    switch (match[1] ?? '=') {
      case '=':
        lift(version)
        cap(nextPatch(version))
        break
      case '!=':
        break
      case '>=':
        lift(version)
        break
      case '>':
        lift(nextPatch(version))
        break
      case '<=':
        cap(nextPatch(version))
        break
      case '<':
        cap(version)
        break
      case '~>':
        lift(version)
        cap(parts >= 3 ? [version[0], version[1] + 1, 0] : [version[0] + 1, 0, 0])
        break
    }
  }
  return high ? { low, high } : { low }
}

export type TlsSupport = 'yes' | 'no' | 'some'

/** Whether every, no, or only some version that `constraint` allows passes TLS on. */
export function tlsSupport(constraint: string, from: Version): TlsSupport | undefined {
  const range = allowedRange(constraint)
  if (!range) return undefined
  if (compare(range.low, from) >= 0) return 'yes'
  if (range.high && compare(range.high, from) <= 0) return 'no'
  return 'some'
}
