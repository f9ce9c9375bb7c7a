/**
 * Pure facts about a Service Connect configuration that every stage needs: where the live
 * configuration is, which entries a run chose, and a flat view of an entry's TLS block.
 */
import type {
  Deployment,
  Service,
  ServiceConnectService,
  ServiceConnectTlsConfiguration
} from '@aws-sdk/client-ecs'
import type { ReadyTarget } from '../model/facts.js'
import type { TlsView } from '../model/plan.js'

/**
 * The configuration ECS runs is on the PRIMARY deployment: `Service` itself has no
 * `serviceConnectConfiguration` (ECS API model, `Deployment` shape).
 */
export function primaryDeployment(service: Service): Deployment | undefined {
  return service.deployments?.find((deployment) => deployment.status === 'PRIMARY')
}

export function tlsView(tls: ServiceConnectTlsConfiguration | undefined): TlsView | undefined {
  if (!tls) return undefined
  const view: TlsView = { caArn: tls.issuerCertificateAuthority?.awsPcaAuthorityArn ?? '' }
  if (tls.kmsKey) view.kmsKey = tls.kmsKey
  if (tls.roleArn) view.roleArn = tls.roleArn
  return view
}

export function sameTls(a: TlsView | undefined, b: TlsView | undefined): boolean {
  if (!a || !b) return a === b
  return (
    a.caArn === b.caArn &&
    (a.kmsKey ?? '') === (b.kmsKey ?? '') &&
    (a.roleArn ?? '') === (b.roleArn ?? '')
  )
}

/** Entries whose portName was chosen (all when `portNames` is empty), or the names not found. */
export function chooseEntries(
  entries: readonly ServiceConnectService[],
  portNames: readonly string[]
): { chosen: Set<string> } | { unknown: string[] } {
  const present = entries.map((entry) => entry.portName ?? '')
  if (portNames.length === 0) return { chosen: new Set(present) }
  const unknown = portNames.filter((name) => !present.includes(name))
  return unknown.length > 0 ? { unknown } : { chosen: new Set(portNames) }
}

/** Where one service's Service Connect ports end up after the run, by CA. */
export interface EndState {
  service: string
  namespace: string
  caArns: string[]
}

/** The CAs each service's ports use once the run is over: the new one on chosen ports. */
export function endState(target: ReadyTarget, caArn: string): EndState {
  const caArns = (target.config.services ?? []).flatMap((entry) => {
    if (target.chosen.has(entry.portName ?? '')) return [caArn]
    const now = tlsView(entry.tls)?.caArn
    return now ? [now] : []
  })
  const namespace = target.config.namespace ?? ''
  // A namespace may come back as an ARN or a name: the ARN's last segment is its ID.
  return {
    service: target.name,
    namespace: namespace.startsWith('arn:')
      ? namespace.slice(namespace.lastIndexOf('/') + 1)
      : namespace,
    caArns: [...new Set(caArns)]
  }
}
