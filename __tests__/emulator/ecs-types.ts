/**
 * ECS JSON wire shapes the emulator stores and returns, written from model/ecs.json (the
 * official model). They are independent of @aws-sdk/client-ecs on purpose: the emulator must
 * keep members an older SDK would drop.
 */

export type NetworkMode = 'awsvpc' | 'bridge' | 'host' | 'none'
export type DeploymentControllerType = 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL'
export type ServiceStatus = 'ACTIVE' | 'DRAINING' | 'INACTIVE'
export type DeploymentStatus = 'PRIMARY' | 'ACTIVE' | 'INACTIVE'
export type RolloutState = 'COMPLETED' | 'FAILED' | 'IN_PROGRESS'
export type LogDriver =
  'json-file' | 'syslog' | 'journald' | 'gelf' | 'fluentd' | 'awslogs' | 'splunk' | 'awsfirelens'

export interface LogConfiguration {
  logDriver: LogDriver
  options?: Record<string, string>
  secretOptions?: { name: string; valueFrom: string }[]
}

export interface ServiceConnectAccessLogConfiguration {
  format: 'TEXT' | 'JSON'
  includeQueryParameters?: 'DISABLED' | 'ENABLED'
}

export interface ServiceConnectTestTrafficRules {
  header: { name: string; value?: { exact: string } }
}

export interface ServiceConnectClientAlias {
  port: number
  dnsName?: string
  testTrafficRules?: ServiceConnectTestTrafficRules
}

export interface TimeoutConfiguration {
  idleTimeoutSeconds?: number
  perRequestTimeoutSeconds?: number
}

export interface ServiceConnectTlsConfiguration {
  issuerCertificateAuthority: { awsPcaAuthorityArn?: string }
  kmsKey?: string
  roleArn?: string
}

export interface ServiceConnectService {
  portName: string
  discoveryName?: string
  clientAliases?: ServiceConnectClientAlias[]
  ingressPortOverride?: number
  timeout?: TimeoutConfiguration
  tls?: ServiceConnectTlsConfiguration
}

export interface ServiceConnectConfiguration {
  enabled: boolean
  namespace?: string
  services?: ServiceConnectService[]
  logConfiguration?: LogConfiguration
  accessLogConfiguration?: ServiceConnectAccessLogConfiguration
}

export interface NetworkConfiguration {
  awsvpcConfiguration?: {
    subnets: string[]
    securityGroups?: string[]
    assignPublicIp?: 'ENABLED' | 'DISABLED'
  }
}

export type DeploymentStrategy = 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY'

/** ServiceDeploymentLifecycleStage (ECS model). */
export type LifecycleStage =
  | 'RECONCILE_SERVICE'
  | 'PRE_SCALE_UP'
  | 'SCALE_UP'
  | 'POST_SCALE_UP'
  | 'TEST_TRAFFIC_SHIFT'
  | 'POST_TEST_TRAFFIC_SHIFT'
  | 'PRODUCTION_TRAFFIC_SHIFT'
  | 'POST_PRODUCTION_TRAFFIC_SHIFT'
  | 'BAKE_TIME'
  | 'CLEAN_UP'

export interface DeploymentLifecycleHook {
  hookTargetArn?: string
  roleArn?: string
  /** DeploymentLifecycleHookStage: every LifecycleStage except SCALE_UP, BAKE_TIME, CLEAN_UP. */
  lifecycleStages?: LifecycleStage[]
  hookDetails?: unknown
}

export interface DeploymentConfiguration {
  deploymentCircuitBreaker?: { enable: boolean; rollback: boolean }
  maximumPercent?: number
  minimumHealthyPercent?: number
  strategy?: DeploymentStrategy
  bakeTimeInMinutes?: number
  lifecycleHooks?: DeploymentLifecycleHook[]
  linearConfiguration?: { stepPercent?: number; stepBakeTimeInMinutes?: number }
  canaryConfiguration?: { canaryPercent?: number; canaryBakeTimeInMinutes?: number }
  [member: string]: unknown
}

/** ServiceDeploymentStatus (ECS model). */
export type ServiceDeploymentStatus =
  | 'PENDING'
  | 'IN_PROGRESS'
  | 'SUCCESSFUL'
  | 'STOP_REQUESTED'
  | 'STOPPED'
  | 'ROLLBACK_REQUESTED'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_SUCCESSFUL'
  | 'ROLLBACK_FAILED'

/**
 * How an emulated deployment moves from one phase to the next (see README.md, "Time"):
 * 'time' = on the clock (rolloutMs shared by the phases, bake minutes scaled by minuteMs);
 * 'observe' = one phase per observation (each DescribeServiceDeployments that includes the
 * deployment; a bake minute is one observation); 'manual' = only emulator.step()/settle().
 */
export type ProgressMode = 'time' | 'observe' | 'manual'

/** One ServiceRevision: the configuration a service deployment deploys. Times are ms. */
export interface ServiceRevisionState {
  arn: string
  taskDefinition: string
  networkConfiguration?: NetworkConfiguration
  serviceConnectConfiguration?: ServiceConnectConfiguration
  createdAt: number
}

/** Emulator bookkeeping: one step of a service deployment's plan. */
export interface DeploymentPhase {
  status: ServiceDeploymentStatus
  lifecycleStage?: LifecycleStage
  /** 'time' mode: how long the phase lasts, ms. */
  durationMs: number
  /** 'observe' and 'manual' modes: how many observations or steps the phase lasts. */
  steps: number
  /** Traffic weights the target revision has during the phase (not for ROLLING). */
  productionWeight?: number
  testWeight?: number
  /** The target revision serves the production traffic (see revisionInForce). */
  targetInForce?: boolean
}

/** One ServiceDeployment (ECS model); times are ms since the epoch. */
export interface ServiceDeploymentState {
  arn: string
  createdAt: number
  startedAt?: number
  finishedAt?: number
  stoppedAt?: number
  updatedAt: number
  status: ServiceDeploymentStatus
  statusReason?: string
  lifecycleStage?: LifecycleStage
  sourceRevisionArns: string[]
  targetRevisionArn: string
  deploymentConfiguration: DeploymentConfiguration
  rollback?: { reason: string; startedAt: number; serviceRevisionArn: string }
  circuitBreaker: {
    status: 'TRIGGERED' | 'MONITORING' | 'MONITORING_COMPLETE' | 'DISABLED'
    failureCount: number
    threshold: number
  }
  /** Emulator bookkeeping: the plan, where the deployment is in it, and what holds it. */
  phases: DeploymentPhase[]
  phase: number
  phaseStartedAt: number
  stepsInPhase: number
  /** The deployments[] entry (id) this service deployment started. */
  deploymentId: string
  /** The deployments[] entry (id) of the rollback, once one started. */
  rollbackDeploymentId?: string
  /** When set, the circuit breaker trips at the end of SCALE_UP with this reason. */
  failureReason?: string
  /** Held by the test (emulator.holdDeployment / startDeployment({ hold })): no progress. */
  held: boolean
  /** Paused in a stage with a lifecycle hook until emulator.releaseLifecycleHook(). */
  hookPaused: boolean
  /** Index of the phase whose hook was released. */
  hookReleasedPhase?: number
  /** Never progresses again (circuit breaker off: ECS keeps retrying). */
  stuck: boolean
}

/** A change of a service deployment's status or lifecycle stage, as the emulator applied it. */
export interface DeploymentTransition {
  at: number
  cluster: string
  service: string
  serviceDeploymentArn: string
  status: ServiceDeploymentStatus
  lifecycleStage?: LifecycleStage
}

/** What onDeploymentCompleted listeners get: a service deployment reached a final status. */
export interface DeploymentCompletion {
  at: number
  cluster: string
  service: string
  serviceArn: string
  clusterArn: string
  serviceDeploymentArn: string
  status: 'SUCCESSFUL' | 'STOPPED' | 'ROLLBACK_SUCCESSFUL' | 'ROLLBACK_FAILED'
  /** The revision in force after this deployment (a copy). */
  revision: ServiceRevisionState
}

/**
 * What onTasksStarted listeners get: a service deployment's new tasks are up (it left SCALE_UP
 * without tripping the circuit breaker); `revision` is the one they run (a copy).
 */
export interface TasksStarted {
  at: number
  cluster: string
  service: string
  serviceArn: string
  serviceDeploymentArn: string
  revision: ServiceRevisionState
}

export interface ServiceEvent {
  id: string
  /** ms since the epoch (sent as epoch seconds). */
  createdAt: number
  message: string
}

export interface PortMapping {
  name?: string
  containerPort: number
  hostPort?: number
  protocol?: 'tcp' | 'udp'
  appProtocol?: 'http' | 'http2' | 'grpc'
}

export interface TaskDefinitionState {
  taskDefinitionArn: string
  family: string
  revision: number
  networkMode: NetworkMode
  status: 'ACTIVE' | 'INACTIVE'
  containerDefinitions: { name: string; image: string; portMappings: PortMapping[] }[]
  registeredAt: number
}

/** One entry of service.deployments[]; times are ms since the epoch. */
export interface DeploymentState {
  id: string
  status: DeploymentStatus
  taskDefinition: string
  desiredCount: number
  pendingCount: number
  runningCount: number
  failedTasks: number
  createdAt: number
  updatedAt: number
  rolloutState: RolloutState
  rolloutStateReason: string
  networkConfiguration?: NetworkConfiguration
  serviceConnectConfiguration?: ServiceConnectConfiguration
  /** Emulator bookkeeping: when the rollout settles (ms since the epoch). */
  settlesAt: number
  /** Emulator bookkeeping: when set, the rollout fails with this reason instead of completing. */
  failureReason?: string
  /** The service revision this deployment runs. */
  revisionArn: string
  /** The service deployment that started this entry (a rollback entry: the one rolled back). */
  serviceDeploymentArn: string
}

export interface ServiceState {
  serviceName: string
  serviceArn: string
  clusterArn: string
  clusterName: string
  status: ServiceStatus
  desiredCount: number
  deploymentController: DeploymentControllerType
  deploymentConfiguration: DeploymentConfiguration
  /** Newest first, as DescribeServices returns them; at most 100. */
  events: ServiceEvent[]
  deployments: DeploymentState[]
  createdAt: number
  /** Reason for the next UpdateService deployment to fail (failNextRollout / rolloutFailure). */
  pendingRolloutFailure?: string
  /** Service deployments, newest first. */
  serviceDeployments: ServiceDeploymentState[]
  /** Service revisions, oldest first. */
  revisions: ServiceRevisionState[]
  currentServiceDeployment?: string
  progress: ProgressMode
  /** Lifecycle hooks answer IN_PROGRESS (the deployment pauses) until released. */
  holdLifecycleHooks: boolean
  /** The next rollback fails (ROLLBACK_FAILED). */
  pendingRollbackFailure?: string
  /** Config of the last deployment that completed; the circuit breaker rolls back to it. */
  lastCompleted: {
    id: string
    revisionArn: string
    taskDefinition: string
    networkConfiguration?: NetworkConfiguration
    serviceConnectConfiguration?: ServiceConnectConfiguration
  }
}
