/** Pure: services of one namespace should trust each other's certificates. */
import type { Finding } from '../model/findings.js'
import type { EndState } from '../util/service-connect.js'

/**
 * Services of one namespace that end up on CAs whose chains have different roots. ECS treats the
 * issuer as the root of trust; what happens between unrelated roots is not documented, so warn.
 * `roots` maps a CA ARN to its chain's root (absent: unknown, not compared).
 */
export function namespaceRootFindings(
  states: readonly EndState[],
  roots: ReadonlyMap<string, string>
): Finding[] {
  const byNamespace = new Map<string, EndState[]>()
  for (const state of states)
    byNamespace.set(state.namespace, [...(byNamespace.get(state.namespace) ?? []), state])
  const findings: Finding[] = []
  for (const [namespace, members] of byNamespace) {
    const byRoot = new Map<string, Set<string>>()
    for (const member of members)
      for (const ca of member.caArns) {
        const root = roots.get(ca)
        if (root === undefined) continue
        byRoot.set(root, (byRoot.get(root) ?? new Set()).add(`${member.service} (${ca})`))
      }
    if (byRoot.size < 2) continue
    findings.push({
      severity: 'warning',
      code: 'ca-roots-differ',
      message: `services of namespace ${namespace || '(none)'} would use CAs with ${byRoot.size} different root certificates: ${[
        ...byRoot.values()
      ]
        .map((names) => [...names].join(', '))
        .join(
          ' | '
        )}. Services may not trust each other's certificates; move them to CAs under one root`,
      expected: 'one root per namespace',
      found: `${byRoot.size} roots`
    })
  }
  return findings
}
