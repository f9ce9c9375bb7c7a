/** Pure per-service checks: what would make one service's TLS rollout fail, or is worth knowing. */
import type { TaskDefinition } from '@aws-sdk/client-ecs'
import type { ReadyTarget } from '../model/facts.js'
import type { Finding } from '../model/findings.js'
import { tlsView } from '../util/service-connect.js'

/** Per-service checks: deployment controller, network mode, named port mappings. */
export function serviceFindings(
  target: ReadyTarget,
  taskDefinition: TaskDefinition | undefined
): Finding[] {
  const findings: Finding[] = []
  const service = target.name
  const controller = target.service.deploymentController?.type ?? 'ECS'
  if (controller !== 'ECS')
    findings.push({
      severity: 'error',
      code: 'deployment-controller',
      service,
      message: `Service Connect TLS needs the ECS deployment controller; this service uses ${controller}`,
      expected: 'ECS',
      found: controller
    })
  if (!taskDefinition) return findings
  const networkMode = taskDefinition.networkMode ?? 'bridge'
  const revision = `${taskDefinition.family ?? ''}:${taskDefinition.revision ?? ''}`
  // ECS developer guide, "Service Connect and Application Load Balancer health checks": TLS
  // works in bridge mode; only ALB HTTPS health checks against a TLS port need awsvpc.
  if (networkMode === 'bridge')
    findings.push({
      severity: 'warning',
      code: 'network-mode',
      service,
      message: `task definition ${revision} uses the bridge network mode: TLS works, but Application Load Balancer HTTPS health checks against a TLS port need awsvpc (HTTP health checks keep working)`,
      expected: 'awsvpc for ALB HTTPS health checks',
      found: networkMode
    })
  else if (networkMode !== 'awsvpc')
    findings.push({
      severity: 'error',
      code: 'network-mode',
      service,
      message: `Service Connect does not support the ${networkMode} network mode (task definition ${revision})`,
      expected: 'awsvpc or bridge',
      found: networkMode
    })
  const named = new Set(
    (taskDefinition.containerDefinitions ?? []).flatMap((container) =>
      (container.portMappings ?? []).flatMap((mapping) => (mapping.name ? [mapping.name] : []))
    )
  )
  for (const port of target.chosen)
    if (!named.has(port))
      findings.push({
        severity: 'error',
        code: 'port-not-in-task-definition',
        service,
        port,
        message: `port name "${port}" is not a named port mapping in the task definition of the PRIMARY deployment`,
        expected: `a portMappings entry named "${port}"`,
        found: [...named].join(', ') || '(no named port mappings)'
      })
  return findings
}

/**
 * A chosen port that has TLS from another CA now: certificates from the old CA stay in use
 * until every task has been replaced, and a rollback goes back to it.
 */
export function caChangeFindings(target: ReadyTarget, caArn: string): Finding[] {
  return (target.config.services ?? []).flatMap((entry): Finding[] => {
    const port = entry.portName ?? ''
    const before = tlsView(entry.tls)
    if (!target.chosen.has(port) || !before || before.caArn === caArn) return []
    return [
      {
        severity: 'warning',
        code: 'ca-change',
        service: target.name,
        port,
        message: `this run moves the port to another CA: keep the old CA ${before.caArn} ACTIVE until the rollout and its rollback window are over, or tasks still on (or rolled back to) its certificates cannot renew them`,
        expected: caArn,
        found: before.caArn
      }
    ]
  })
}
