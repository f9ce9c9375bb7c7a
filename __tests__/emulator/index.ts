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
import { CloudWatchBackend, type HandshakeFailureSeed, type TrafficSeed } from './cloudwatch.js'
import { StsBackend } from './sts.js'
import { KmsBackend, type KmsKeySeed } from './kms.js'
import { loadModel, type ServiceKey } from './model.js'
import { AwsError, type Handler, type RequestContext } from './protocol.js'
import {
  PcaBackend,
  type CertificateAuthoritySeed,
  type SeededCertificateAuthority
} from './pca.js'
import { EmulatorServer, type FaultKind, type RecordedCall } from './server.js'
import { Throttler, throttleLimits, type RateLimit } from './throttle.js'
import { summarize, validateShape } from './validate.js'
import { SecretsBackend, type SecretView } from './secrets.js'
import { EXPIRED_TOKEN, type ScriptedFault, ScriptedFaults } from './scripted-faults.js'

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
export type { ScriptedFault } from './scripted-faults.js'
export type { TrafficSeed, HandshakeFailureSeed } from './cloudwatch.js'
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

/**
 * Where ECS resources live (README "Accounts and Regions"): an account and a Region; each
 * member defaults to the emulator's own (`accountId` and `region` options).
 */
export interface Scope {
  accountId?: string
  region?: string
}

/** addService input: the Service Connect configuration may come typed from @aws-sdk/client-ecs. */
export interface ServiceSeedInput extends Omit<ServiceSeed, 'serviceConnectConfiguration'>, Scope {
  serviceConnectConfiguration?: Loose<ServiceConnectConfiguration> | undefined
  /** 'fail': ECS issues no certificate secret for this service (see failCertificateIssue). */
  certificateIssue?: 'fail'
}

/** addServices input: `count` services named `<prefix>-0001`, … in one cluster. */
export interface BulkServicesSeed extends Scope {
  cluster: string
  count: number
  /** Default 'svc'. */
  prefix?: string
  /**
   * Each service's configuration, by index (0-based); undefined: no Service Connect. Default:
   * Service Connect on one `http` port, without TLS.
   */
  serviceConnectConfiguration?: (index: number) => Loose<ServiceConnectConfiguration> | undefined
}

/** A second account: requests signed with `accessKeyId` act in `accountId`. */
export interface AccountSeed {
  accessKeyId: string
  accountId: string
}

/**
 * Why a Region refuses an account's requests: 'access-denied' (a service control policy that
 * denies the Region) or 'not-enabled' (an opt-in Region the account has not enabled).
 */
export type RegionRefusal = 'access-denied' | 'not-enabled'

export interface Emulator {
  /** http://127.0.0.1:<port> */
  readonly url: string
  /** Stops the server; rejects if an afterCall callback threw meanwhile. */
  close(): Promise<void>
  /**
   * AWS_ENDPOINT_URL, AWS_REGION, dummy credentials and AWS_EC2_METADATA_DISABLED; with a
   * scope, the access key of that account (see addAccount) and that Region.
   */
  env(scope?: Scope): Record<string, string>
  /** Every routable request, in the order responses were sent (`at` is the arrival time). */
  readonly calls: RecordedCall[]
  callCount(operation?: string): number
  /** Calls to write operations (UpdateService, and any Create/Delete/Put/... attempted). */
  mutatingCalls(): RecordedCall[]
  resetCalls(): void

  /** Requests signed with this access key id act in that account (ARNs, data, throttling). */
  addAccount(account: AccountSeed): void
  /**
   * Every later regional request of the account (default: the emulator's) in `region` fails:
   * 'access-denied' (default) with AccessDeniedException, 'not-enabled' with
   * UnrecognizedClientException.
   */
  refuseRegion(region: string, options?: { accountId?: string; reason?: RegionRefusal }): void
  addCluster(name: string, scope?: Scope): string
  /** Returns the task definition ARN (…:task-definition/<family>:<revision>). */
  addTaskDefinition(td: TaskDefinitionSeed, scope?: Scope): string
  /** Returns the service ARN; creates the cluster if needed. */
  addService(s: ServiceSeedInput): string
  /** Many services in one go (each with its own task definition); returns their ARNs. */
  addServices(seed: BulkServicesSeed): string[]
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
  // ---- CloudWatch: Service Connect traffic metrics (README "Traffic metrics") ----

  /** A service's incoming traffic and its callers' outgoing traffic, published every minute. */
  addTraffic(seed: TrafficSeed): void
  /** Failed TLS handshakes a minute, by default only while the service runs a TLS revision. */
  failHandshakes(seed: HandshakeFailureSeed): void
  /** The service's series publish nothing in [from, to) (no tasks running then). */
  addMetricsGap(cluster: string, service: string, from: number, to: number): void
  /** A minute's data points become readable `ms` after the minute ends (default 0). */
  delayMetrics(ms: number): void

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
   * From now on (or after `fault.after` more matching calls), every call to `operation` ('*':
   * every operation) fails with `fault.code`, until clearScriptedFaults (README "Scripted faults").
   */
  failFrom(operation: string, fault: ScriptedFault): void
  /** The session expires: every call from now on (or after `after` calls) is ExpiredToken(Exception). */
  expireCredentials(options?: { after?: number }): void
  /**
   * A role made from the 1.x policies: ecs:ListServiceDeployments, DescribeServiceDeployments and
   * DescribeServiceRevisions are denied (AccessDeniedException naming the resource).
   */
  denyServiceDeployments(): void
  /** Every `every`-th call to `operation` is throttled from now on (2: half of them, the first included). */
  throttleEvery(operation: string, every: number): void
  /** Ends failFrom, expireCredentials and throttleEvery. */
  clearScriptedFaults(): void
  /**
   * The stored service, with due rollout transitions applied, for assertions: a copy. Times
   * are ms since the epoch; settlesAt, failureReason and lastCompleted are emulator bookkeeping.
   * Throws if the service was never added.
   */
  service(cluster: string, name: string, scope?: Scope): ServiceState

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

/** The default account's access key id, as env() hands it out. */
const DEFAULT_ACCESS_KEY = 'AKIAEMULATOREXAMPLE0'

/** Operation names that write; anything else the emulator serves only reads. */
const MUTATING =
  /^(Create|Update|Delete|Put|Register|Deregister|Tag|Untag|Attach|Detach|Start|Stop|Run|Submit|Set|Enable|Disable|Schedule|Cancel|Import|Issue|Revoke|Restore|Pass)/

class LocalEmulator implements Emulator {
  url = ''
  readonly calls: RecordedCall[] = []
  private readonly server: EmulatorServer
  /** The default account and Region's ECS: every scenario control below acts on it. */
  private readonly ecs: EcsBackend
  /** ECS of every account and Region used so far, by `account/region`. */
  private readonly ecsScopes = new Map<string, EcsBackend>()
  /** Access key id -> account id, for the accounts added; any other key is the default account. */
  private readonly accounts = new Map<string, string>()
  private readonly refusals = new Map<string, RegionRefusal>()
  private readonly pca: PcaBackend
  private readonly kms: KmsBackend
  private readonly iam: IamBackend
  private readonly secrets: SecretsBackend
  private readonly cloudwatch: CloudWatchBackend
  private readonly sts: StsBackend
  /** `cluster/service` of services ECS issues no certificate for. */
  private readonly issueFails = new Set<string>()
  private readonly denied = new Set<string>()
  private readonly faults = new Map<string, { count: number; kind: FaultKind }>()
  private readonly scripted = new ScriptedFaults()
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
    this.ecsScopes.set(`${options.accountId}/${options.region}`, this.ecs)
    this.pca = new PcaBackend(where, clock)
    this.kms = new KmsBackend(where, clock)
    this.iam = new IamBackend(options.accountId, clock)
    this.secrets = new SecretsBackend(where)
    // The caller's account follows its access key id, as every other service's (addAccount).
    this.sts = new StsBackend((accessKeyId) =>
      accessKeyId ? (this.accounts.get(accessKeyId) ?? options.accountId) : options.accountId
    )
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
    // Handshake failures that come with TLS start with the TLS tasks and end once a revision
    // without TLS is what runs (a rollback or a revert).
    this.cloudwatch = new CloudWatchBackend(clock)
    const running = ({ at, cluster, service, revision }: TasksStarted): void => {
      const tls = revision.serviceConnectConfiguration?.services?.some((entry) => entry.tls)
      this.cloudwatch.revisionRunning(cluster, service, tls ?? false, at)
    }
    this.ecs.onTasksStarted.push(running)
    this.ecs.onDeploymentCompleted.push(running)
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
    // Metrics follow the tasks: settle due rollouts before CloudWatch answers, as for secrets.
    const metricHandlers = Object.fromEntries(
      Object.entries(this.cloudwatch.handlers).map(([operation, handle]) => [
        operation,
        (input: Record<string, unknown>, ctx: RequestContext): unknown => {
          this.ecs.tickAll(ctx.now)
          return handle(input, ctx)
        }
      ])
    )
    this.server = new EmulatorServer(
      {
        ecs: { model: loadModel('ecs'), handlers: this.scopedEcsHandlers() },
        'acm-pca': { model: loadModel('acm-pca'), handlers: this.pca.handlers },
        kms: { model: loadModel('kms'), handlers: this.kms.handlers },
        iam: { model: loadModel('iam'), handlers: this.iam.handlers },
        secretsmanager: { model: loadModel('secretsmanager'), handlers: secretHandlers },
        cloudwatch: { model: loadModel('cloudwatch'), handlers: metricHandlers },
        sts: { model: loadModel('sts'), handlers: this.sts.handlers }
      },
      {
        region: options.region,
        accountOf: (accessKeyId) => this.accounts.get(accessKeyId) ?? options.accountId,
        regionRefusal: (service, operation, accountId, region) =>
          this.regionRefusal(service, operation, accountId, region),
        latencyMs: options.latencyMs ?? 0,
        clock,
        throttler: new Throttler(throttleLimits(options.throttle)),
        isDenied: (service, operation) =>
          this.denied.has(`${service}:*`) || this.denied.has(`${service}:${operation}`),
        scriptedFault: (service, operation) =>
          this.scripted.take(service, operation) ??
          (this.scripted.throttled(operation) ? 'throttle' : undefined),
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

  /** Each ECS request goes to the backend of its account (access key) and Region (signature). */
  private scopedEcsHandlers(): Record<string, Handler> {
    return Object.fromEntries(
      Object.keys(this.ecs.handlers).map((operation) => [
        operation,
        (input: Record<string, unknown>, ctx: RequestContext): unknown => {
          const handle = this.ecsIn({ accountId: ctx.accountId, region: ctx.region }).handlers[
            operation
          ]
          if (!handle) throw new Error(`no ECS handler for ${operation}`)
          return handle(input, ctx)
        }
      ])
    )
  }

  /** The ECS of an account and Region, made empty on first use. */
  private ecsIn(scope: Scope = {}): EcsBackend {
    const accountId = scope.accountId ?? this.options.accountId
    const region = scope.region ?? this.options.region
    const key = `${accountId}/${region}`
    let backend = this.ecsScopes.get(key)
    if (!backend) {
      backend = new EcsBackend(
        {
          region,
          accountId,
          rolloutMs: this.options.rolloutMs ?? 300,
          minuteMs: this.options.minuteMs ?? 60_000,
          progress: this.options.progress ?? 'time'
        },
        this.clock
      )
      this.ecsScopes.set(key, backend)
    }
    return backend
  }

  private regionRefusal(
    service: ServiceKey,
    operation: string,
    accountId: string,
    region: string
  ): AwsError | undefined {
    const reason = this.refusals.get(`${accountId}/${region}`)
    if (reason === 'not-enabled')
      // What a call to an opt-in Region the account has not enabled gets: the Region does not
      // know the credentials (AWS Account Management guide, "Enable or disable AWS Regions").
      return new AwsError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        400
      )
    if (reason === 'access-denied') {
      const action = `${service}:${operation}`
      return new AwsError(
        'AccessDeniedException',
        `User: arn:aws:sts::${accountId}:assumed-role/emulator-caller/session is not authorized to perform: ${action} with an explicit deny in a service control policy`,
        400
      )
    }
    return undefined
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

  env(scope: Scope = {}): Record<string, string> {
    const accountId = scope.accountId ?? this.options.accountId
    const accessKeyId =
      accountId === this.options.accountId
        ? DEFAULT_ACCESS_KEY
        : [...this.accounts].find(([, account]) => account === accountId)?.[0]
    if (accessKeyId === undefined) throw new Error(`env: account ${accountId} was not added`)
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_REGION: scope.region ?? this.options.region,
      AWS_ACCESS_KEY_ID: accessKeyId,
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

  addAccount({ accessKeyId, accountId }: AccountSeed): void {
    if (!/^\d{12}$/.test(accountId)) throw new Error(`addAccount: ${accountId} is not 12 digits`)
    if (accessKeyId === DEFAULT_ACCESS_KEY || this.accounts.has(accessKeyId))
      throw new Error(`addAccount: access key ${accessKeyId} is already in use`)
    this.accounts.set(accessKeyId, accountId)
  }

  refuseRegion(
    region: string,
    { accountId, reason = 'access-denied' }: { accountId?: string; reason?: RegionRefusal } = {}
  ): void {
    this.refusals.set(`${accountId ?? this.options.accountId}/${region}`, reason)
  }

  addCluster(name: string, scope?: Scope): string {
    return this.ecsIn(scope).addCluster(name)
  }

  addTaskDefinition(td: TaskDefinitionSeed, scope?: Scope): string {
    return this.ecsIn(scope).addTaskDefinition(td)
  }

  addServices(seed: BulkServicesSeed): string[] {
    const { cluster, count, prefix = 'svc', accountId, region } = seed
    const configure =
      seed.serviceConnectConfiguration ??
      ((): Loose<ServiceConnectConfiguration> => ({
        enabled: true,
        services: [{ portName: 'http' }]
      }))
    const width = Math.max(4, String(count).length)
    const arns: string[] = []
    for (let index = 0; index < count; index++) {
      const config = configure(index)
      arns.push(
        this.addService({
          cluster,
          name: `${prefix}-${String(index + 1).padStart(width, '0')}`,
          ...(config ? { serviceConnectConfiguration: config } : {}),
          ...(accountId !== undefined ? { accountId } : {}),
          ...(region !== undefined ? { region } : {})
        })
      )
    }
    return arns
  }

  addService(s: ServiceSeedInput): string {
    const { serviceConnectConfiguration, certificateIssue, accountId, region, ...rest } = s
    const ecs = this.ecsIn({
      ...(accountId !== undefined ? { accountId } : {}),
      ...(region !== undefined ? { region } : {})
    })
    if (certificateIssue === 'fail') this.issueFails.add(`${s.cluster}/${s.name}`)
    if (rest.deploymentConfiguration !== undefined) {
      const config: unknown = JSON.parse(JSON.stringify(rest.deploymentConfiguration))
      const issues = validateShape(loadModel('ecs'), 'DeploymentConfiguration', config)
      if (issues.length > 0) {
        throw new Error(`addService ${s.name}: deploymentConfiguration: ${summarize(issues)}`)
      }
    }
    if (serviceConnectConfiguration === undefined) return ecs.addService(rest)
    // Drop undefined members (as JSON would), then hold the seed to the model like a request.
    const sc: unknown = JSON.parse(JSON.stringify(serviceConnectConfiguration))
    const issues = validateShape(loadModel('ecs'), 'ServiceConnectConfiguration', sc)
    if (issues.length > 0) {
      throw new Error(`addService ${s.name}: serviceConnectConfiguration: ${summarize(issues)}`)
    }
    return ecs.addService({
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
    for (const ecs of this.ecsScopes.values()) {
      ecs.tickAll(this.clock())
      ecs.shiftTime(ms)
    }
    this.secrets.shiftTime(ms)
    this.cloudwatch.shiftTime(ms)
  }

  certificateSecrets(cluster: string, service: string): SecretView[] {
    const now = this.clock()
    return this.serviceSecrets(cluster, service).map((secret) =>
      structuredClone(this.secrets.view(secret, now))
    )
  }

  addTraffic(seed: TrafficSeed): void {
    this.cloudwatch.addTraffic(seed)
  }

  failHandshakes(seed: HandshakeFailureSeed): void {
    this.cloudwatch.failHandshakes(seed)
  }

  addMetricsGap(cluster: string, service: string, from: number, to: number): void {
    this.cloudwatch.addGap(cluster, service, from, to)
  }

  delayMetrics(ms: number): void {
    this.cloudwatch.setPublishDelay(ms)
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

  failFrom(operation: string, fault: ScriptedFault): void {
    this.scripted.failFrom(operation, fault)
  }

  expireCredentials(options: { after?: number } = {}): void {
    this.scripted.failFrom('*', { ...EXPIRED_TOKEN, ...options })
  }

  denyServiceDeployments(): void {
    for (const operation of [
      'ListServiceDeployments',
      'DescribeServiceDeployments',
      'DescribeServiceRevisions'
    ])
      this.denyAccess('ecs', operation)
  }

  throttleEvery(operation: string, every: number): void {
    this.scripted.throttleEvery(operation, every)
  }

  clearScriptedFaults(): void {
    this.scripted.clear()
  }

  service(cluster: string, name: string, scope?: Scope): ServiceState {
    return this.ecsIn(scope).service(cluster, name)
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
