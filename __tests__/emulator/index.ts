/**
 * Local AWS emulator for the action's tests, demo and benchmark: ECS, ACM-PCA and KMS over
 * awsJson1_1 and IAM over awsQuery, on one HTTP endpoint that every SDK client reaches through
 * AWS_ENDPOINT_URL. Requests are validated against shapes extracted from the official models.
 */
import { EcsBackend, type ServiceSeed, type TaskDefinitionSeed } from './ecs.js'
import type { ServiceConnectConfiguration, ServiceState } from './ecs-types.js'
import { IamBackend, type RoleSeed } from './iam.js'
import { KmsBackend, type KmsKeySeed } from './kms.js'
import { loadModel, type ServiceKey } from './model.js'
import {
  PcaBackend,
  type CertificateAuthoritySeed,
  type SeededCertificateAuthority
} from './pca.js'
import { EmulatorServer, type FaultKind, type RecordedCall } from './server.js'
import { Throttler, throttleLimits, type RateLimit } from './throttle.js'
import { summarize, validateShape } from './validate.js'

export type { RecordedCall, FaultKind } from './server.js'
export type { RateLimit } from './throttle.js'
export { ECS_RATE_LIMITS } from './throttle.js'
export type { ServiceKey } from './model.js'
export type { TaskDefinitionSeed, ServiceSeed } from './ecs.js'
export type {
  CaStatus,
  CaType,
  CaUsageMode,
  CertificateAuthoritySeed,
  SeededCertificateAuthority,
  StandInKeyAlgorithm
} from './pca.js'
export type { PolicyDocument, PolicyStatement } from './policy.js'
export type { CaKeyAlgorithm } from './certs.js'
export type { KmsKeySeed, KmsKeySpec, KmsKeyState, KmsKeyUsage } from './kms.js'
export type { RoleSeed } from './iam.js'
export { SERVICE_CONNECT_TLS_POLICY_ARN } from './iam.js'
export type * from './ecs-types.js'
export { loadModel } from './model.js'
export { validateShape, summarize, type ValidationIssue } from './validate.js'

export interface EmulatorOptions {
  /** Default 'us-east-1'. */
  region?: string
  /** Default '111122223333'. */
  accountId?: string
  /** How long a deployment takes to settle, ms; default 300. */
  rolloutMs?: number
  /**
   * true = the documented ECS rates (UpdateService 50/5, DescribeServices and ListServices
   * 100/20); an object = exactly the operations it lists. Over the limit: 400 ThrottlingException.
   */
  throttle?: boolean | Partial<Record<string, RateLimit>>
  /** Artificial latency added to every request, ms; default 0. */
  latencyMs?: number
}

/** Adds `| undefined` to every member, so SDK-typed objects (which allow it) are accepted. */
export type Loose<T> = T extends (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { [K in keyof T]: Loose<T[K]> | undefined }
    : T

/** addService input: the Service Connect configuration may come typed from @aws-sdk/client-ecs. */
export interface ServiceSeedInput extends Omit<ServiceSeed, 'serviceConnectConfiguration'> {
  serviceConnectConfiguration?: Loose<ServiceConnectConfiguration> | undefined
}

export interface Emulator {
  /** http://127.0.0.1:<port> */
  readonly url: string
  close(): Promise<void>
  /** AWS_ENDPOINT_URL, AWS_REGION, dummy credentials and AWS_EC2_METADATA_DISABLED. */
  env(): Record<string, string>
  /** Every routable request, in the order responses were sent (`at` is the arrival time). */
  readonly calls: RecordedCall[]
  callCount(operation?: string): number
  /** Calls to write operations (UpdateService, and any Create/Delete/Put/... attempted). */
  mutatingCalls(): RecordedCall[]
  resetCalls(): void

  addCluster(name: string): string
  /** Returns the task definition ARN (…:task-definition/<family>:<revision>). */
  addTaskDefinition(td: TaskDefinitionSeed): string
  /** Returns the service ARN; creates the cluster if needed. */
  addService(s: ServiceSeedInput): string
  /** The next deployment UpdateService starts fails like the circuit breaker, with this reason. */
  failNextRollout(cluster: string, service: string, reason: string): void
  addCertificateAuthority(ca?: CertificateAuthoritySeed): Promise<SeededCertificateAuthority>
  /** Returns the key ARN. */
  addKmsKey(k?: KmsKeySeed): string
  /** Returns the role ARN. */
  addRole(r: RoleSeed): string

  /** Later calls (to `operation`, or to every operation of the service) get AccessDenied. */
  denyAccess(service: ServiceKey, operation?: string): void
  /** Undoes denyAccess. */
  allowAccess(service: ServiceKey, operation?: string): void
  /**
   * The next `count` calls to `operation` fail: 'server' (default) with the service's 5xx
   * fault (ECS ServerException, KMS KMSInternalException, ACM-PCA InternalFailure, IAM
   * ServiceFailure), 'throttle' with 400 ThrottlingException (IAM: Throttling).
   */
  injectFaults(operation: string, count: number, kind?: FaultKind): void
  /**
   * The stored service, with due rollout transitions applied, for assertions: a copy. Times
   * are ms since the epoch; settlesAt, failureReason and lastCompleted are emulator bookkeeping.
   * Throws if the service was never added.
   */
  service(cluster: string, name: string): ServiceState
}

/** Operation names that write; anything else the emulator serves only reads. */
const MUTATING =
  /^(Create|Update|Delete|Put|Register|Deregister|Tag|Untag|Attach|Detach|Start|Stop|Run|Submit|Set|Enable|Disable|Schedule|Cancel|Import|Issue|Revoke|Restore|Pass)/

class LocalEmulator implements Emulator {
  url = ''
  readonly calls: RecordedCall[] = []
  private readonly server: EmulatorServer
  private readonly ecs: EcsBackend
  private readonly pca: PcaBackend
  private readonly kms: KmsBackend
  private readonly iam: IamBackend
  private readonly denied = new Set<string>()
  private readonly faults = new Map<string, { count: number; kind: FaultKind }>()
  private closed: Promise<void> | undefined

  constructor(
    private readonly options: Required<Pick<EmulatorOptions, 'region' | 'accountId'>> &
      EmulatorOptions
  ) {
    const clock = (): number => Date.now()
    const where = { region: options.region, accountId: options.accountId }
    this.ecs = new EcsBackend({ ...where, rolloutMs: options.rolloutMs ?? 300 }, clock)
    this.pca = new PcaBackend(where, clock)
    this.kms = new KmsBackend(where, clock)
    this.iam = new IamBackend(options.accountId, clock)
    this.server = new EmulatorServer(
      {
        ecs: { model: loadModel('ecs'), handlers: this.ecs.handlers },
        'acm-pca': { model: loadModel('acm-pca'), handlers: this.pca.handlers },
        kms: { model: loadModel('kms'), handlers: this.kms.handlers },
        iam: { model: loadModel('iam'), handlers: this.iam.handlers }
      },
      {
        region: options.region,
        accountId: options.accountId,
        latencyMs: options.latencyMs ?? 0,
        clock,
        throttler: new Throttler(throttleLimits(options.throttle)),
        isDenied: (service, operation) =>
          this.denied.has(`${service}:*`) || this.denied.has(`${service}:${operation}`),
        takeFault: (operation) => {
          const fault = this.faults.get(operation)
          if (!fault || fault.count <= 0) return undefined
          fault.count--
          return fault.kind
        },
        record: (call) => {
          this.calls.push(call)
        }
      }
    )
  }

  async start(): Promise<void> {
    this.url = await this.server.listen()
  }

  close(): Promise<void> {
    this.closed ??= this.server.close()
    return this.closed
  }

  env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_REGION: this.options.region,
      AWS_ACCESS_KEY_ID: 'AKIAEMULATOREXAMPLE0',
      AWS_SECRET_ACCESS_KEY: 'emulator-secret-access-key-not-real',
      AWS_EC2_METADATA_DISABLED: 'true'
    }
  }

  callCount(operation?: string): number {
    return operation === undefined
      ? this.calls.length
      : this.calls.filter((c) => c.operation === operation).length
  }

  mutatingCalls(): RecordedCall[] {
    return this.calls.filter((c) => MUTATING.test(c.operation))
  }

  resetCalls(): void {
    this.calls.length = 0
  }

  addCluster(name: string): string {
    return this.ecs.addCluster(name)
  }

  addTaskDefinition(td: TaskDefinitionSeed): string {
    return this.ecs.addTaskDefinition(td)
  }

  addService(s: ServiceSeedInput): string {
    const { serviceConnectConfiguration, ...rest } = s
    if (serviceConnectConfiguration === undefined) return this.ecs.addService(rest)
    // Drop undefined members (as JSON would), then hold the seed to the model like a request.
    const sc: unknown = JSON.parse(JSON.stringify(serviceConnectConfiguration))
    const issues = validateShape(loadModel('ecs'), 'ServiceConnectConfiguration', sc)
    if (issues.length > 0) {
      throw new Error(`addService ${s.name}: serviceConnectConfiguration: ${summarize(issues)}`)
    }
    return this.ecs.addService({
      ...rest,
      serviceConnectConfiguration: sc as ServiceConnectConfiguration
    })
  }

  failNextRollout(cluster: string, service: string, reason: string): void {
    this.ecs.failNextRollout(cluster, service, reason)
  }

  addCertificateAuthority(ca?: CertificateAuthoritySeed): Promise<SeededCertificateAuthority> {
    return this.pca.addCertificateAuthority(ca)
  }

  addKmsKey(k?: KmsKeySeed): string {
    return this.kms.addKmsKey(k)
  }

  addRole(r: RoleSeed): string {
    return this.iam.addRole(r)
  }

  denyAccess(service: ServiceKey, operation?: string): void {
    this.denied.add(`${service}:${operation ?? '*'}`)
  }

  allowAccess(service: ServiceKey, operation?: string): void {
    if (operation === undefined) {
      for (const key of [...this.denied]) if (key.startsWith(`${service}:`)) this.denied.delete(key)
    } else {
      this.denied.delete(`${service}:${operation}`)
    }
  }

  injectFaults(operation: string, count: number, kind: FaultKind = 'server'): void {
    this.faults.set(operation, { count, kind })
  }

  service(cluster: string, name: string): ServiceState {
    return this.ecs.service(cluster, name)
  }
}

/** Starts an emulator on a random local port. Call close() when done. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new LocalEmulator({
    ...options,
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '111122223333'
  })
  await emulator.start()
  return emulator
}
