/**
 * Local AWS emulator for the action's tests, demo and benchmark: ECS, ACM-PCA and KMS over
 * awsJson1_1 and IAM over awsQuery, on one HTTP endpoint that every SDK client reaches through
 * AWS_ENDPOINT_URL. Requests are validated against shapes extracted from the official models.
 */
import {
  EcsBackend,
  type ExternalDeployment,
  type ServiceSeed,
  type TaskDefinitionSeed
} from './ecs.js'
import type {
  DeploymentCompletion,
  DeploymentTransition,
  ProgressMode,
  ServiceConnectConfiguration,
  ServiceDeploymentState,
  ServiceRevisionState,
  ServiceState,
  TasksStarted
} from './ecs-types.js'
import { IamBackend, type RoleSeed } from './iam.js'
import { StsBackend } from './sts.js'
import { KmsBackend, type KmsKeySeed } from './kms.js'
import { loadModel, type ServiceKey } from './model.js'
import type { RequestContext } from './protocol.js'
import {
  PcaBackend,
  type CertificateAuthoritySeed,
  type SeededCertificateAuthority
} from './pca.js'
import { EmulatorServer, type FaultKind, type RecordedCall } from './server.js'
import { Throttler, throttleLimits, type RateLimit } from './throttle.js'
import { summarize, validateShape } from './validate.js'
import { SecretsBackend, type SecretView } from './secrets.js'

export type { RecordedCall, FaultKind } from './server.js'
export type { RateLimit } from './throttle.js'
export { ECS_RATE_LIMITS } from './throttle.js'
export type { ServiceKey } from './model.js'
export type { TaskDefinitionSeed, ServiceSeed, ExternalDeployment } from './ecs.js'
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
export type { SecretView } from './secrets.js'
export { ROTATION_PERIOD_MS, DAY_MS } from './secrets.js'
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
  /** Local port to listen on; default 0 (a free one, as tests need). */
  port?: number
  /**
   * Where the emulator reads the time (ms since the epoch): rollouts, timestamps, throttling.
   * Default Date.now. Tests pass a manual clock (testing.ts `manualClock()`) and move it
   * themselves, so a rollout settles exactly when the test says, however slow the machine.
   */
  clock?: () => number
  /**
   * How deployments move from phase to phase (README "Deployments and time"): 'time'
   * (default; rolloutMs and minuteMs), 'observe' (one phase per DescribeServiceDeployments
   * that shows the deployment) or 'manual' (only step()/settle()). Services can override it.
   */
  progress?: ProgressMode
  /** 'time' mode: how long one minute of bake time lasts, ms; default 60000 (real time). */
  minuteMs?: number
}

/** Which service deployment change waitForDeployment waits for (all given members must match). */
export interface DeploymentMatch {
  serviceDeploymentArn?: string
  status?: ServiceDeploymentState['status']
  lifecycleStage?: ServiceDeploymentState['lifecycleStage']
}

/** Which recorded calls afterCall and waitForCall react to. */
export type CallMatch = string | ((call: RecordedCall) => boolean)

export interface AfterCallOptions {
  /** Fire on the nth matching call (1 = the first); default 1. */
  nth?: number
  /** Keep firing on every later match too; default false (fires once). */
  repeat?: boolean
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
  /** 'fail': ECS issues no certificate secret for this service (see failCertificateIssue). */
  certificateIssue?: 'fail'
}

export interface Emulator {
  /** http://127.0.0.1:<port> */
  readonly url: string
  /** Stops the server; rejects if an afterCall callback threw meanwhile. */
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

  /**
   * From now on, TLS deployments of this service complete without ECS creating its
   * certificate secret (as when the infrastructure role cannot use the CA or the KMS key).
   */
  failCertificateIssue(cluster: string, service: string): void
  /** Managed rotation of the service's certificate secrets fails from now on. */
  breakCertificateRotation(cluster: string, service: string): void
  /** Replicates the service's certificate secrets to another Region. */
  replicateCertificate(cluster: string, service: string, region: string): void
  /**
   * Lets `ms` pass for everything the emulator stores (deployments, events, secrets and their
   * rotations): every stored time moves back, so a process reading the real clock sees the
   * same as if it had waited. Due rollouts are settled first.
   */
  passTime(ms: number): void
  /** The service's certificate secrets as Secrets Manager would describe them now. */
  certificateSecrets(cluster: string, service: string): SecretView[]

  /** Later calls (to `operation`, or to every operation of the service) get AccessDenied. */
  denyAccess(service: ServiceKey, operation?: string): void
  /** Undoes denyAccess. */
  allowAccess(service: ServiceKey, operation?: string): void
  /**
   * The next `count` calls to `operation` fail: 'server' (default) with the service's 5xx
   * fault (ECS ServerException, KMS KMSInternalException, ACM-PCA InternalFailure, IAM
   * ServiceFailure), 'throttle' with 400 ThrottlingException (IAM: Throttling),
   * 'server-after' with the 5xx after the request was applied (a retried UpdateService starts
   * a second deployment). A count of Infinity never runs out.
   */
  injectFaults(operation: string, count: number, kind?: FaultKind): void
  /**
   * The stored service, with due rollout transitions applied, for assertions: a copy. Times
   * are ms since the epoch; settlesAt, failureReason and lastCompleted are emulator bookkeeping.
   * Throws if the service was never added.
   */
  service(cluster: string, name: string): ServiceState

  // ---- service deployments (README "Deployments and time") ----

  /**
   * Starts a deployment as someone else would (another pipeline): like UpdateService without a
   * Service Connect change, so the current Service Connect configuration is carried forward.
   * Returns the service deployment ARN.
   */
  startDeployment(cluster: string, service: string, options?: ExternalDeployment): string
  /** The deployment stops progressing (a release that stays in flight) until resumed. */
  holdDeployment(serviceDeploymentArn: string): void
  resumeDeployment(serviceDeploymentArn: string): void
  /** Lifecycle hooks answer IN_PROGRESS: deployments pause in each hooked stage until released. */
  holdLifecycleHooks(cluster: string, service: string, hold?: boolean): void
  /** The paused hook answers SUCCEEDED (default: next stage) or FAILED (rollback). */
  releaseLifecycleHook(cluster: string, service: string, result?: 'SUCCEEDED' | 'FAILED'): void
  /** The next rollback of the service ends in ROLLBACK_FAILED with this reason. */
  failNextRollback(cluster: string, service: string, reason?: string): void
  /** Moves every active deployment of the service one step (any mode; 'manual' needs it). */
  step(cluster: string, service: string, count?: number): void
  /** Steps until no deployment of the service can move (done, held or paused at a hook). */
  settle(cluster: string, service: string): void
  /** Adds a service event at the given time (ms since the epoch), e.g. one from before the run. */
  addServiceEvent(cluster: string, service: string, message: string, createdAt: number): void
  /** A copy of a service deployment (bookkeeping included). */
  serviceDeployment(serviceDeploymentArn: string): ServiceDeploymentState
  serviceRevision(serviceRevisionArn: string): ServiceRevisionState
  /**
   * The revision of the last completed deployment: what the service runs in full now (the
   * source while a deployment is unfinished, after a rollback or a stop; the target after
   * SUCCESSFUL).
   */
  revisionInForce(cluster: string, service: string): ServiceRevisionState
  /**
   * The revision that serves production traffic: like revisionInForce, except that the target
   * of an unfinished deployment counts once it has taken over (ROLLING from POST_SCALE_UP;
   * BLUE_GREEN / LINEAR / CANARY from POST_PRODUCTION_TRAFFIC_SHIFT, so during BAKE_TIME).
   */
  productionRevision(cluster: string, service: string): ServiceRevisionState
  /** Every status / lifecycle stage change so far, in order. */
  deploymentTransitions(cluster?: string, service?: string): DeploymentTransition[]
  /**
   * Resolves with the first transition of the service (past or future) that matches; rejects
   * after timeoutMs (default 10000). In 'time' mode the emulator applies due changes while
   * waiting, so nothing else has to read the service.
   */
  waitForDeployment(
    cluster: string,
    service: string,
    match: DeploymentMatch,
    options?: { timeoutMs?: number }
  ): Promise<DeploymentTransition>
  /** Called whenever a service deployment reaches a final status; returns an unsubscribe. */
  onDeploymentCompleted(listener: (completion: DeploymentCompletion) => void): () => void
  /**
   * Runs `fn` right after a matching call was answered (default: successful calls to the named
   * operation), e.g. "someone else deploys after the action's UpdateService". Returns an
   * unsubscribe.
   */
  afterCall(
    match: CallMatch,
    fn: (call: RecordedCall) => void,
    options?: AfterCallOptions
  ): () => void
  /** Resolves with the first recorded call (past or future) that matches; rejects after timeoutMs. */
  waitForCall(match: CallMatch, options?: { timeoutMs?: number }): Promise<RecordedCall>
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
  private readonly secrets: SecretsBackend
  private readonly sts: StsBackend
  /** `cluster/service` of services ECS issues no certificate for. */
  private readonly issueFails = new Set<string>()
  private readonly denied = new Set<string>()
  private readonly faults = new Map<string, { count: number; kind: FaultKind }>()
  private readonly callListeners: ((call: RecordedCall) => void)[] = []
  private readonly callbackErrors: unknown[] = []
  private closed: Promise<void> | undefined
  /** The time as the emulator sees it (options.clock). */
  private readonly clock: () => number

  constructor(
    private readonly options: Required<Pick<EmulatorOptions, 'region' | 'accountId'>> &
      EmulatorOptions
  ) {
    const clock = options.clock ?? ((): number => Date.now())
    this.clock = clock
    const where = { region: options.region, accountId: options.accountId }
    this.ecs = new EcsBackend(
      {
        ...where,
        rolloutMs: options.rolloutMs ?? 300,
        minuteMs: options.minuteMs ?? 60_000,
        progress: options.progress ?? 'time'
      },
      clock
    )
    this.pca = new PcaBackend(where, clock)
    this.kms = new KmsBackend(where, clock)
    this.iam = new IamBackend(options.accountId, clock)
    this.secrets = new SecretsBackend(where)
    // One account today, whatever the access key; several accounts map keys to theirs here.
    this.sts = new StsBackend(() => options.accountId)
    // Tasks that run a revision with TLS on any port serve with a certificate ECS issued and
    // stored in a secret (ECS developer guide, "Encrypt Amazon ECS Service Connect traffic"). So
    // the secret exists once a deployment's new tasks are up (the end of SCALE_UP: the guide does
    // not say when within it, so the emulator takes the latest moment), and once a deployment
    // leaves such a revision in force (which covers the deployment a seeded service starts with).
    const issue = ({ at, cluster, service, serviceArn, revision }: TasksStarted): void => {
      const tls = revision.serviceConnectConfiguration?.services?.some((entry) => entry.tls)
      if (!tls || this.issueFails.has(`${cluster}/${service}`)) return
      if (this.secrets.forService(serviceArn).length === 0)
        this.secrets.addServiceSecret(serviceArn, at)
    }
    this.ecs.onTasksStarted.push(issue)
    this.ecs.onDeploymentCompleted.push(issue)
    // ECS advances lazily on reads; settle every due rollout before Secrets Manager answers.
    const secretHandlers = Object.fromEntries(
      Object.entries(this.secrets.handlers).map(([operation, handle]) => [
        operation,
        (input: Record<string, unknown>, ctx: RequestContext): unknown => {
          this.ecs.tickAll(ctx.now)
          return handle(input, ctx)
        }
      ])
    )
    this.server = new EmulatorServer(
      {
        ecs: { model: loadModel('ecs'), handlers: this.ecs.handlers },
        'acm-pca': { model: loadModel('acm-pca'), handlers: this.pca.handlers },
        kms: { model: loadModel('kms'), handlers: this.kms.handlers },
        iam: { model: loadModel('iam'), handlers: this.iam.handlers },
        secretsmanager: { model: loadModel('secretsmanager'), handlers: secretHandlers },
        sts: { model: loadModel('sts'), handlers: this.sts.handlers }
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
          for (const listener of [...this.callListeners]) {
            // A failing test callback must not turn into an emulator response; close() reports it.
            try {
              listener(call)
            } catch (err) {
              this.callbackErrors.push(err)
            }
          }
        }
      }
    )
  }

  async start(): Promise<void> {
    this.url = await this.server.listen(this.options.port)
  }

  close(): Promise<void> {
    this.closed ??= this.server.close().then(() => {
      if (this.callbackErrors.length > 0) {
        throw new AggregateError(this.callbackErrors, 'an afterCall callback threw')
      }
    })
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
    const { serviceConnectConfiguration, certificateIssue, ...rest } = s
    if (certificateIssue === 'fail') this.issueFails.add(`${s.cluster}/${s.name}`)
    if (rest.deploymentConfiguration !== undefined) {
      const config: unknown = JSON.parse(JSON.stringify(rest.deploymentConfiguration))
      const issues = validateShape(loadModel('ecs'), 'DeploymentConfiguration', config)
      if (issues.length > 0) {
        throw new Error(`addService ${s.name}: deploymentConfiguration: ${summarize(issues)}`)
      }
    }
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

  failCertificateIssue(cluster: string, service: string): void {
    this.issueFails.add(`${cluster}/${service}`)
  }

  private serviceSecrets(
    cluster: string,
    service: string
  ): ReturnType<SecretsBackend['forService']> {
    return this.secrets.forService(this.ecs.service(cluster, service).serviceArn)
  }

  breakCertificateRotation(cluster: string, service: string): void {
    const now = this.clock()
    for (const secret of this.serviceSecrets(cluster, service)) secret.rotationFailsFrom ??= now
  }

  replicateCertificate(cluster: string, service: string, region: string): void {
    for (const secret of this.serviceSecrets(cluster, service))
      if (!secret.replicaRegions.includes(region)) secret.replicaRegions.push(region)
  }

  passTime(ms: number): void {
    this.ecs.tickAll(this.clock())
    this.ecs.shiftTime(ms)
    this.secrets.shiftTime(ms)
  }

  certificateSecrets(cluster: string, service: string): SecretView[] {
    const now = this.clock()
    return this.serviceSecrets(cluster, service).map((secret) =>
      structuredClone(this.secrets.view(secret, now))
    )
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

  startDeployment(cluster: string, service: string, options: ExternalDeployment = {}): string {
    if (options.serviceConnectConfiguration !== undefined) {
      const issues = validateShape(
        loadModel('ecs'),
        'ServiceConnectConfiguration',
        JSON.parse(JSON.stringify(options.serviceConnectConfiguration))
      )
      if (issues.length > 0) {
        throw new Error(
          `startDeployment ${service}: serviceConnectConfiguration: ${summarize(issues)}`
        )
      }
    }
    return this.ecs.startExternalDeployment(cluster, service, options)
  }

  holdDeployment(serviceDeploymentArn: string): void {
    this.ecs.holdDeployment(serviceDeploymentArn)
  }

  resumeDeployment(serviceDeploymentArn: string): void {
    this.ecs.resumeDeployment(serviceDeploymentArn)
  }

  holdLifecycleHooks(cluster: string, service: string, hold = true): void {
    this.ecs.setHoldLifecycleHooks(cluster, service, hold)
  }

  releaseLifecycleHook(
    cluster: string,
    service: string,
    result: 'SUCCEEDED' | 'FAILED' = 'SUCCEEDED'
  ): void {
    this.ecs.releaseLifecycleHook(cluster, service, result)
  }

  failNextRollback(cluster: string, service: string, reason = 'tasks failed to start'): void {
    this.ecs.failNextRollback(cluster, service, reason)
  }

  step(cluster: string, service: string, count = 1): void {
    for (let i = 0; i < count; i++) this.ecs.step(cluster, service)
  }

  settle(cluster: string, service: string): void {
    this.ecs.settle(cluster, service)
  }

  addServiceEvent(cluster: string, service: string, message: string, createdAt: number): void {
    this.ecs.addServiceEvent(cluster, service, message, createdAt)
  }

  serviceDeployment(serviceDeploymentArn: string): ServiceDeploymentState {
    return this.ecs.serviceDeployment(serviceDeploymentArn)
  }

  serviceRevision(serviceRevisionArn: string): ServiceRevisionState {
    return this.ecs.serviceRevision(serviceRevisionArn)
  }

  revisionInForce(cluster: string, service: string): ServiceRevisionState {
    return this.ecs.revisionInForce(cluster, service)
  }

  productionRevision(cluster: string, service: string): ServiceRevisionState {
    return this.ecs.productionRevision(cluster, service)
  }

  deploymentTransitions(cluster?: string, service?: string): DeploymentTransition[] {
    return this.ecs.transitions
      .filter(
        (t) =>
          (cluster === undefined || t.cluster === cluster) &&
          (service === undefined || t.service === service)
      )
      .map((t) => ({ ...t }))
  }

  waitForDeployment(
    cluster: string,
    service: string,
    match: DeploymentMatch,
    { timeoutMs = 10_000 }: { timeoutMs?: number } = {}
  ): Promise<DeploymentTransition> {
    const matches = (t: DeploymentTransition): boolean =>
      t.cluster === cluster &&
      t.service === service &&
      (match.serviceDeploymentArn === undefined ||
        t.serviceDeploymentArn === match.serviceDeploymentArn) &&
      (match.status === undefined || t.status === match.status) &&
      (match.lifecycleStage === undefined || t.lifecycleStage === match.lifecycleStage)
    const describe = JSON.stringify(match)
    return this.until(
      this.ecs.transitionListeners,
      () => this.ecs.transitions.find(matches),
      matches,
      timeoutMs,
      `no deployment of ${cluster}/${service} matched ${describe}`,
      // 'time' mode applies changes lazily: tick while waiting so nothing else has to read.
      () => {
        this.ecs.tickAll(this.clock())
      }
    )
  }

  onDeploymentCompleted(listener: (completion: DeploymentCompletion) => void): () => void {
    return subscribe(this.ecs.onDeploymentCompleted, listener)
  }

  afterCall(
    match: CallMatch,
    fn: (call: RecordedCall) => void,
    { nth = 1, repeat = false }: AfterCallOptions = {}
  ): () => void {
    const test = callMatcher(match)
    let seen = 0
    const unsubscribe = subscribe(this.callListeners, (call) => {
      if (!test(call)) return
      seen++
      if (seen < nth) return
      if (!repeat) unsubscribe()
      fn(call)
    })
    return unsubscribe
  }

  waitForCall(
    match: CallMatch,
    { timeoutMs = 10_000 }: { timeoutMs?: number } = {}
  ): Promise<RecordedCall> {
    const test = callMatcher(match)
    return this.until(
      this.callListeners,
      () => this.calls.find(test),
      test,
      timeoutMs,
      `no call matched ${typeof match === 'string' ? match : 'the predicate'}`
    )
  }

  /** Resolves with a past value or the first future event that matches; rejects on timeout. */
  private until<T>(
    listeners: ((value: T) => void)[],
    past: () => T | undefined,
    test: (value: T) => boolean,
    timeoutMs: number,
    failure: string,
    tick?: () => void
  ): Promise<T> {
    const hit = past()
    if (hit !== undefined) return Promise.resolve(hit)
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        unsubscribe()
        clearTimeout(timer)
        if (ticker) clearInterval(ticker)
      }
      const unsubscribe = subscribe(listeners, (value) => {
        if (!test(value)) return
        done()
        resolve(value)
      })
      const timer = setTimeout(() => {
        done()
        reject(new Error(`${failure} within ${timeoutMs} ms`))
      }, timeoutMs)
      const ticker = tick ? setInterval(tick, 5) : undefined
      // A wait nobody awaits any more must not keep the test process alive.
      timer.unref()
      ticker?.unref()
    })
  }
}

function subscribe<T>(list: ((value: T) => void)[], listener: (value: T) => void): () => void {
  list.push(listener)
  return () => {
    const index = list.indexOf(listener)
    if (index >= 0) list.splice(index, 1)
  }
}

/** Default: successful calls to the named operation. */
function callMatcher(match: CallMatch): (call: RecordedCall) => boolean {
  return typeof match === 'string'
    ? (call) => call.operation === match && call.errorCode === undefined
    : match
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
