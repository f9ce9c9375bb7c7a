/**
 * Pure: what to do about each kind of failing check, naming the input or the AWS setting to
 * change. The report lists one line per finding code (or failed service) that has one.
 */
import type { Finding } from '../model/findings.js'
import type { ServiceOutcome } from '../model/outcome.js'

const BY_CODE: Record<string, string> = {
  'tls-missing':
    'run this action with `mode: apply` (with `ca-arn` and `role-arn`), or put the `tls` block in the template that deploys the service',
  'ca-mismatch':
    'the port uses another CA: run `mode: apply` with the expected `ca-arn`, or set `ca-arn` to the CA the services should use',
  'kms-key-mismatch':
    'the port encrypts with another key: run `mode: apply` with the expected `kms-key`, or correct `kms-key`',
  'role-mismatch':
    'the port names another infrastructure role: run `mode: apply` with the expected `role-arn`, or correct `role-arn`',
  'ca-not-active':
    'activate the CA in AWS Private CA (its status must be ACTIVE), or point `ca-arn` at an active CA',
  'ca-expiring':
    'renew the CA certificate in AWS Private CA (or move to a new CA with `ca-arn`); `min-ca-validity-days` sets the threshold',
  'ca-expiring-soon':
    'renew the CA certificate in AWS Private CA soon; `min-ca-validity-days` sets the threshold',
  'ca-not-tagged': 'tag the CA with `AmazonECSManaged=true` (the finding gives the command)',
  'ca-other-region': 'use a CA in the cluster’s Region (`ca-arn`)',
  'ca-other-account':
    'share the CA with the cluster’s account through AWS RAM, or use a CA of that account (`ca-arn`)',
  'kms-key-missing':
    'check `kms-key`: the key must exist and the caller must be allowed kms:DescribeKey',
  'kms-key-disabled': 'enable the KMS key, or choose another with `kms-key`',
  'kms-key-not-symmetric': 'use a symmetric encryption KMS key (`kms-key`)',
  'kms-key-wrong-usage': 'use a KMS key whose usage is ENCRYPT_DECRYPT (`kms-key`)',
  'role-not-trusted':
    'add a trust policy statement letting `ecs.amazonaws.com` call sts:AssumeRole on the role in `role-arn`',
  'role-policy-missing':
    'attach AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity to the role in `role-arn`',
  'deployment-controller':
    'Service Connect TLS needs the ECS deployment controller: change the service’s deployment controller, or leave it out of `service`',
  'network-mode': 'use the awsvpc network mode in the service’s task definition',
  'port-not-in-task-definition':
    'name only port mappings of the task definition in `port-names`, or add the port mapping',
  'unknown-port': 'name only ports the service definition has in `port-names`',
  'no-service-connect':
    'enable Service Connect on the service first (this action adds TLS to an existing configuration)',
  'service-missing': 'check `service` and `cluster`: the service was not found (or is INACTIVE)',
  'read-failed':
    'give the role the read permissions in `policies/read-only.json`, and check the ARNs in the inputs',
  'check-skipped': 'grant the permission the finding names to the role the job uses'
}

/** A service whose deployment stopped without rollback: it serves one revision, is configured with another. */
const CONFIGURED_NOT_SERVING =
  'ECS stopped the deployment without rolling back: the previous revision still serves the traffic ("serving"), but the service is configured with the new one ("configured"), and the next deployment of this service starts from it. Fix what made the new tasks fail (the service’s events are in the step log; ECS needs the role in `role-arn` and the CA in `ca-arn` to issue certificates) and run `mode: apply` again; or, to stay without the change, deploy the serving revision’s Service Connect configuration again'

/** A hint for a service that failed without a finding saying why. */
function remedyForError(error: string): string {
  if (/AccessDenied|not authorized/i.test(error))
    return 'give the role the job uses the permissions in `policies/apply.json`'
  if (/rolled back|rolled-back|circuit breaker|failed/i.test(error))
    return 'read the service’s events in the step log; ECS needs the role in `role-arn` and the CA in `ca-arn` to issue certificates to the tasks'
  if (/still in progress|timed out/i.test(error))
    return 'ECS goes on with the deployment; raise `wait-for-minutes`, or check the service in the ECS console'
  return 'see the error in the step log'
}

export interface Remedy {
  /** The finding code, or the failed service's name. */
  what: string
  /** Where it applies, e.g. `api/grpc`; empty for a shared resource. */
  where: string[]
  todo: string
}

const placeOf = (finding: Finding): string =>
  [finding.service, finding.port].filter(Boolean).join('/')

/** One remedy per error code, then one per service that failed for another reason. */
export function remediesFor(
  findings: readonly Finding[],
  outcomes: readonly ServiceOutcome[]
): Remedy[] {
  const byCode = new Map<string, Remedy>()
  for (const finding of findings) {
    if (finding.severity !== 'error') continue
    const remedy = byCode.get(finding.code) ?? {
      what: finding.code,
      where: [],
      todo: BY_CODE[finding.code] ?? finding.message
    }
    const place = placeOf(finding)
    if (place && !remedy.where.includes(place)) remedy.where.push(place)
    byCode.set(finding.code, remedy)
  }
  const explained = new Set(
    findings.filter((finding) => finding.severity === 'error').map((finding) => finding.service)
  )
  const unexplained = outcomes
    .filter(
      (outcome) =>
        outcome.status === 'failed' && (outcome.configured || !explained.has(outcome.name))
    )
    .map((outcome) => ({
      what: outcome.name,
      where: [],
      todo: outcome.configured ? CONFIGURED_NOT_SERVING : remedyForError(outcome.error ?? '')
    }))
  return [...byCode.values(), ...unexplained]
}
