/**
 * Emulated Amazon ECS: clusters, task definitions and services with deployments.
 *
 * Rollouts advance lazily: each read compares the clock with the deployment's settle time and
 * applies the transitions that are due, stamped with the time they were due. No timers run,
 * so nothing leaks between tests and the order of events never depends on scheduling.
 */
import {
  cloudMapServiceId,
  deploymentId,
  serviceDeploymentId,
  serviceRevisionId,
  taskId,
  uuid
} from './ids.js'
import { AwsError, epochSeconds, handler, type Handler } from './protocol.js'
import type {
  DeploymentConfiguration,
  DeploymentControllerType,
  DeploymentCompletion,
  DeploymentPhase,
  DeploymentState,
  DeploymentTransition,
  LifecycleStage,
  NetworkConfiguration,
  NetworkMode,
  PortMapping,
  ProgressMode,
  ServiceConnectConfiguration,
  ServiceDeploymentState,
  ServiceDeploymentStatus,
  ServiceRevisionState,
  ServiceState,
  ServiceStatus,
  TaskDefinitionState,
  TasksStarted
} from './ecs-types.js'

export interface EcsSettings {
  region: string
  accountId: string
  rolloutMs: number
  /** How many ms of emulator time a minute of bake time lasts in 'time' mode. */
  minuteMs: number
  /** Default progression of new services' deployments. */
  progress: ProgressMode
}

export interface TaskDefinitionSeed {
  family: string
  networkMode?: NetworkMode
  portMappings?: { name?: string; containerPort: number }[]
}

export interface ServiceSeed {
  cluster: string
  name: string
  /** Task definition ARN or family:revision; default: a new awsvpc one with the SC port names. */
  taskDefinition?: string
  desiredCount?: number
  status?: ServiceStatus
  deploymentController?: DeploymentControllerType
  /** Wire shape per the ECS model; undefined = no Service Connect. */
  serviceConnectConfiguration?: ServiceConnectConfiguration
  /** If set, the next deployment UpdateService creates fails (circuit breaker) with this reason. */
  rolloutFailure?: string
  /**
   * Merged over the default (circuit breaker on with rollback, 200 / 100 percent): strategy,
   * bakeTimeInMinutes, lifecycleHooks, deploymentCircuitBreaker { rollback: false }, ...
   */
  deploymentConfiguration?: DeploymentConfiguration
  /** How this service's deployments progress; default: the emulator's `progress` option. */
  progress?: ProgressMode
  /** Lifecycle hooks answer IN_PROGRESS: a deployment pauses in a hooked stage until released. */
  holdLifecycleHooks?: boolean
  /** Service events that happened before the run (createdAt: ms since the epoch). */
  events?: { message: string; createdAt: number }[]
  /**
   * When the service was created, ms since the epoch (default: now): backdates the service,
   * its first revision and service deployment, and its "steady state" event.
   */
  createdAt?: number
}

/** A deployment started by "someone else" (another pipeline, the console), not by a request. */
export interface ExternalDeployment {
  /** Task definition ARN or family[:revision]; default: the service's current one. */
  taskDefinition?: string
  /** Default: the configuration of the PRIMARY deployment, carried forward as ECS does. */
  serviceConnectConfiguration?: ServiceConnectConfiguration
  /** The circuit breaker trips at the end of SCALE_UP with this reason. */
  failure?: string
  /** Start held: the deployment stays PENDING until resumeDeployment(). */
  hold?: boolean
}

const FINAL: ReadonlySet<ServiceDeploymentStatus> = new Set([
  'SUCCESSFUL',
  'STOPPED',
  'ROLLBACK_SUCCESSFUL',
  'ROLLBACK_FAILED'
])

interface ClusterState {
  name: string
  arn: string
  services: Map<string, ServiceState>
}

// Wire inputs, as model/ecs.json defines them (only the members the emulator reads).
interface DescribeServicesInput {
  cluster?: string
  services: string[]
  include?: string[]
}
interface ListServicesInput {
  cluster?: string
  nextToken?: string
  maxResults?: number
  launchType?: string
  schedulingStrategy?: string
}
interface ListClustersInput {
  nextToken?: string
  maxResults?: number
}
interface DescribeTaskDefinitionInput {
  taskDefinition: string
  include?: string[]
}
interface StopServiceDeploymentInput {
  serviceDeploymentArn: string
  stopType?: 'ABORT' | 'ROLLBACK'
}
interface UpdateServiceInput {
  cluster?: string
  service: string
  desiredCount?: number
  taskDefinition?: string
  deploymentConfiguration?: DeploymentConfiguration
  networkConfiguration?: NetworkConfiguration
  forceNewDeployment?: boolean
  deploymentController?: { type: DeploymentControllerType }
  serviceConnectConfiguration?: ServiceConnectConfiguration
}

interface DescribeServiceDeploymentsInput {
  serviceDeploymentArns: string[]
}
interface DescribeServiceRevisionsInput {
  serviceRevisionArns: string[]
}
interface ListServiceDeploymentsInput {
  service: string
  cluster?: string
  status?: ServiceDeploymentStatus[]
  /** Epoch seconds, as the SDK sends timestamps over awsJson. */
  createdAt?: { before?: number; after?: number }
  nextToken?: string
  maxResults?: number
}

const MAX_EVENTS = 100

/** What ListClusters tokens are bound to, in place of a cluster name. */
const LIST_CLUSTERS_KEY = '*clusters'

/** DescribeServiceDeployments and DescribeServiceRevisions: "You can specify a maximum of 20 ARNs." */
const MAX_DESCRIBE_ARNS = 20

/** Circuit breaker failure threshold: half the desired count, at least 3, at most 200 (ECS developer guide, "deployment circuit breaker"). */
const failureThreshold = (desired: number): number =>
  Math.min(200, Math.max(3, Math.ceil(desired / 2)))

const clone = <T>(v: T): T => structuredClone(v)

/** What a service revision runs: the parts of a deployment UpdateService can change. */
interface RevisionConfig {
  taskDefinition: string
  networkConfiguration?: NetworkConfiguration
  serviceConnectConfiguration?: ServiceConnectConfiguration
}

export class EcsBackend {
  private readonly clusters = new Map<string, ClusterState>()
  private readonly taskDefinitions = new Map<string, TaskDefinitionState[]>()
  private readonly deploymentIndex = new Map<
    string,
    { svc: ServiceState; sd: ServiceDeploymentState }
  >()
  private readonly revisionIndex = new Map<
    string,
    { svc: ServiceState; revision: ServiceRevisionState }
  >()
  /** Every status or lifecycle stage change of every service deployment, in order. */
  readonly transitions: DeploymentTransition[] = []
  /** Called on every transition (the emulator's awaitable signals hang on this). */
  readonly transitionListeners: ((t: DeploymentTransition) => void)[] = []
  /**
   * Called when a service deployment reaches a final status (SUCCESSFUL, STOPPED,
   * ROLLBACK_SUCCESSFUL, ROLLBACK_FAILED): the one place to hook "a deployment completed".
   */
  readonly onDeploymentCompleted: ((c: DeploymentCompletion) => void)[] = []
  /** Called when a service deployment's new tasks are up: it left SCALE_UP, breaker untripped. */
  readonly onTasksStarted: ((s: TasksStarted) => void)[] = []

  constructor(
    private readonly settings: EcsSettings,
    private readonly clock: () => number
  ) {}

  // ---- ARNs (ECS developer guide, "Amazon Resource Names": new long ARN format) ----

  private arn(resource: string): string {
    return `arn:aws:ecs:${this.settings.region}:${this.settings.accountId}:${resource}`
  }

  // ---- seeding ----

  addCluster(name: string): string {
    const existing = this.clusters.get(name)
    if (existing) return existing.arn
    const cluster: ClusterState = { name, arn: this.arn(`cluster/${name}`), services: new Map() }
    this.clusters.set(name, cluster)
    return cluster.arn
  }

  addTaskDefinition(seed: TaskDefinitionSeed): string {
    const revisions = this.taskDefinitions.get(seed.family) ?? []
    const revision = revisions.length + 1
    const networkMode = seed.networkMode ?? 'awsvpc'
    const portMappings: PortMapping[] = (
      seed.portMappings ?? [{ name: 'http', containerPort: 8080 }]
    ).map((p) => ({
      ...(p.name !== undefined ? { name: p.name } : {}),
      containerPort: p.containerPort,
      // awsvpc pins hostPort to containerPort; bridge 0 means a dynamic host port.
      hostPort: networkMode === 'awsvpc' || networkMode === 'host' ? p.containerPort : 0,
      protocol: 'tcp'
    }))
    const td: TaskDefinitionState = {
      taskDefinitionArn: this.arn(`task-definition/${seed.family}:${revision}`),
      family: seed.family,
      revision,
      networkMode,
      status: 'ACTIVE',
      containerDefinitions: [
        { name: 'app', image: 'public.ecr.aws/nginx/nginx:latest', portMappings }
      ],
      registeredAt: this.clock()
    }
    revisions.push(td)
    this.taskDefinitions.set(seed.family, revisions)
    return td.taskDefinitionArn
  }

  addService(seed: ServiceSeed): string {
    const cluster =
      this.clusters.get(seed.cluster) ?? this.getCluster(this.addCluster(seed.cluster))
    if (cluster.services.has(seed.name)) {
      throw new Error(`service ${seed.name} already exists in cluster ${cluster.name}`)
    }
    const sc = seed.serviceConnectConfiguration
    let tdArn: string
    if (seed.taskDefinition !== undefined) {
      const td = this.findTaskDefinition(seed.taskDefinition)
      if (!td) throw new Error(`task definition ${seed.taskDefinition} was not added`)
      tdArn = td.taskDefinitionArn
    } else {
      const names = (sc?.services ?? []).map((s) => s.portName)
      tdArn = this.addTaskDefinition({
        family: seed.name,
        networkMode: 'awsvpc',
        portMappings: (names.length > 0 ? names : ['http']).map((name, i) => ({
          name,
          containerPort: 8080 + i
        }))
      })
    }
    const td = this.findTaskDefinition(tdArn)
    const now = seed.createdAt ?? this.clock()
    const desired = seed.desiredCount ?? 1
    const id = deploymentId()
    const networkConfiguration = td?.networkMode === 'awsvpc' ? this.defaultNetwork() : undefined
    const name = seed.name
    const serviceArn = this.arn(`service/${cluster.name}/${name}`)
    // ECS records a service revision and a service deployment when a service is created
    // ("View service history using Amazon ECS service deployments").
    const revision: ServiceRevisionState = {
      arn: this.arn(`service-revision/${cluster.name}/${name}/${serviceRevisionId()}`),
      taskDefinition: tdArn,
      ...(networkConfiguration ? { networkConfiguration: clone(networkConfiguration) } : {}),
      ...(sc ? { serviceConnectConfiguration: clone(sc) } : {}),
      createdAt: now
    }
    const deploymentConfiguration: DeploymentConfiguration = {
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      ...clone(seed.deploymentConfiguration ?? {})
    }
    const initial: ServiceDeploymentState = {
      arn: this.arn(`service-deployment/${cluster.name}/${name}/${serviceDeploymentId()}`),
      createdAt: now,
      startedAt: now,
      finishedAt: now,
      updatedAt: now,
      status: 'SUCCESSFUL',
      sourceRevisionArns: [],
      targetRevisionArn: revision.arn,
      deploymentConfiguration: clone(deploymentConfiguration),
      circuitBreaker: this.breakerStatus(deploymentConfiguration, desired),
      phases: [],
      phase: 0,
      phaseStartedAt: now,
      stepsInPhase: 0,
      deploymentId: id,
      held: false,
      hookPaused: false,
      stuck: false
    }
    const deployment: DeploymentState = {
      id,
      status: 'PRIMARY',
      taskDefinition: tdArn,
      desiredCount: desired,
      pendingCount: 0,
      runningCount: desired,
      failedTasks: 0,
      createdAt: now,
      updatedAt: now,
      rolloutState: 'COMPLETED',
      rolloutStateReason: `ECS deployment ${id} completed.`,
      ...(networkConfiguration ? { networkConfiguration } : {}),
      ...(sc ? { serviceConnectConfiguration: clone(sc) } : {}),
      settlesAt: now,
      revisionArn: revision.arn,
      serviceDeploymentArn: initial.arn
    }
    const service: ServiceState = {
      serviceName: name,
      serviceArn,
      clusterArn: cluster.arn,
      clusterName: cluster.name,
      status: seed.status ?? 'ACTIVE',
      desiredCount: desired,
      deploymentController: seed.deploymentController ?? 'ECS',
      deploymentConfiguration,
      events: [],
      deployments: [deployment],
      createdAt: now,
      ...(seed.rolloutFailure !== undefined ? { pendingRolloutFailure: seed.rolloutFailure } : {}),
      serviceDeployments: [initial],
      revisions: [revision],
      currentServiceDeployment: initial.arn,
      progress: seed.progress ?? this.settings.progress,
      holdLifecycleHooks: seed.holdLifecycleHooks ?? false,
      lastCompleted: {
        id,
        revisionArn: revision.arn,
        taskDefinition: tdArn,
        ...(networkConfiguration ? { networkConfiguration } : {}),
        ...(sc ? { serviceConnectConfiguration: clone(sc) } : {})
      }
    }
    this.event(service, now, `(service ${name}) has reached a steady state.`)
    for (const e of seed.events ?? []) this.insertEvent(service, e.createdAt, e.message)
    cluster.services.set(name, service)
    this.revisionIndex.set(revision.arn, { svc: service, revision })
    this.deploymentIndex.set(initial.arn, { svc: service, sd: initial })
    this.completed(service, initial, now)
    return service.serviceArn
  }

  failNextRollout(cluster: string, service: string, reason: string): void {
    this.seeded(cluster, service).pendingRolloutFailure = reason
  }

  /** A copy of the stored service after applying due rollout transitions. */
  service(cluster: string, name: string): ServiceState {
    const svc = this.seeded(cluster, name)
    this.advance(svc, this.clock())
    return clone(svc)
  }

  /** Moves every stored time back by `ms`: to anyone reading, that much time has passed. */
  shiftTime(ms: number): void {
    const back = <T extends object>(item: T, keys: readonly (keyof T)[]): void => {
      for (const key of keys) if (typeof item[key] === 'number') (item[key] as number) -= ms
    }
    for (const revisions of this.taskDefinitions.values())
      for (const td of revisions) td.registeredAt -= ms
    for (const cluster of this.clusters.values())
      for (const svc of cluster.services.values()) {
        svc.createdAt -= ms
        for (const event of svc.events) event.createdAt -= ms
        for (const d of svc.deployments) back(d, ['createdAt', 'updatedAt', 'settlesAt'])
        for (const revision of svc.revisions) revision.createdAt -= ms
        for (const sd of svc.serviceDeployments) {
          const times = ['createdAt', 'startedAt', 'finishedAt', 'stoppedAt', 'updatedAt'] as const
          back(sd, [...times, 'phaseStartedAt'])
          if (sd.rollback) sd.rollback.startedAt -= ms
        }
      }
    for (const transition of this.transitions) transition.at -= ms
  }

  private seeded(cluster: string, name: string): ServiceState {
    const svc = this.clusters.get(cluster)?.services.get(name)
    if (!svc) throw new Error(`no service ${name} in cluster ${cluster}`)
    return svc
  }

  private getCluster(arn: string): ClusterState {
    const cluster = [...this.clusters.values()].find((c) => c.arn === arn)
    if (!cluster) throw new Error(`no cluster ${arn}`)
    return cluster
  }

  private defaultNetwork(): NetworkConfiguration {
    return {
      awsvpcConfiguration: {
        subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
        securityGroups: ['sg-0a1b2c3d4e5f60001'],
        assignPublicIp: 'DISABLED'
      }
    }
  }

  // ---- lookups ("cluster" and "service" accept a short name or a full ARN) ----

  private resolveCluster(ref: string | undefined): ClusterState {
    // Model doc: "If you do not specify a cluster, the default cluster is assumed."
    const value = ref ?? 'default'
    const prefix = this.arn('cluster/')
    const name = value.startsWith('arn:')
      ? value.startsWith(prefix)
        ? value.slice(prefix.length)
        : ''
      : value
    const cluster = this.clusters.get(name)
    if (!cluster) throw new AwsError('ClusterNotFoundException', 'Cluster not found.')
    return cluster
  }

  private findService(cluster: ClusterState, ref: string): ServiceState | undefined {
    if (!ref.startsWith('arn:')) return cluster.services.get(ref)
    // Long format service/<cluster>/<name>; the short format service/<name> is still accepted.
    const prefix = this.arn('service/')
    if (!ref.startsWith(prefix)) return undefined
    const parts = ref.slice(prefix.length).split('/')
    if (parts.length === 2 && parts[0] !== cluster.name) return undefined
    const name = parts[parts.length - 1]
    return name !== undefined ? cluster.services.get(name) : undefined
  }

  private findTaskDefinition(ref: string): TaskDefinitionState | undefined {
    const tail = ref.startsWith('arn:') ? ref.slice(ref.indexOf(':task-definition/') + 17) : ref
    if (ref.startsWith('arn:') && !ref.startsWith(this.arn('task-definition/'))) return undefined
    const [family, rev] = tail.split(':')
    const revisions = family !== undefined ? this.taskDefinitions.get(family) : undefined
    if (!revisions) return undefined
    if (rev === undefined) {
      // A bare family means its latest ACTIVE revision (model doc for taskDefinition).
      return [...revisions].reverse().find((td) => td.status === 'ACTIVE')
    }
    return revisions.find((td) => String(td.revision) === rev)
  }

  // ---- rollouts ----

  private event(svc: ServiceState, at: number, message: string): void {
    svc.events.unshift({ id: uuid(), createdAt: at, message })
    if (svc.events.length > MAX_EVENTS) svc.events.length = MAX_EVENTS
  }

  /** Adds an event at its place in time (events are kept newest first). */
  private insertEvent(svc: ServiceState, at: number, message: string): void {
    const event = { id: uuid(), createdAt: at, message }
    const index = svc.events.findIndex((e) => e.createdAt <= at)
    if (index < 0) svc.events.push(event)
    else svc.events.splice(index, 0, event)
    if (svc.events.length > MAX_EVENTS) svc.events.length = MAX_EVENTS
  }

  /** A deployments[] entry (the rolling-update view the Service shape has always had). */
  private addLegacyDeployment(
    svc: ServiceState,
    at: number,
    config: RevisionConfig & {
      revisionArn: string
      serviceDeploymentArn: string
    },
    failureReason: string | undefined
  ): DeploymentState {
    for (const d of svc.deployments) if (d.status === 'PRIMARY') d.status = 'ACTIVE'
    const id = deploymentId()
    const d: DeploymentState = {
      id,
      status: 'PRIMARY',
      taskDefinition: config.taskDefinition,
      desiredCount: svc.desiredCount,
      pendingCount: svc.desiredCount,
      runningCount: 0,
      failedTasks: 0,
      createdAt: at,
      updatedAt: at,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment ${id} in progress.`,
      ...(config.networkConfiguration
        ? { networkConfiguration: clone(config.networkConfiguration) }
        : {}),
      ...(config.serviceConnectConfiguration
        ? { serviceConnectConfiguration: clone(config.serviceConnectConfiguration) }
        : {}),
      settlesAt: at + this.settings.rolloutMs,
      ...(failureReason !== undefined ? { failureReason } : {}),
      revisionArn: config.revisionArn,
      serviceDeploymentArn: config.serviceDeploymentArn
    }
    svc.deployments.unshift(d)
    if (svc.desiredCount > 0) {
      const tasks = Array.from({ length: svc.desiredCount }, () => `(task ${taskId()})`).join(' ')
      this.event(
        svc,
        at,
        `(service ${svc.serviceName}) has started ${svc.desiredCount} tasks: ${tasks}.`
      )
    }
    return d
  }

  private breakerStatus(
    config: DeploymentConfiguration,
    desired: number
  ): ServiceDeploymentState['circuitBreaker'] {
    return {
      status: config.deploymentCircuitBreaker?.enable ? 'MONITORING' : 'DISABLED',
      failureCount: 0,
      threshold: failureThreshold(desired)
    }
  }

  /**
   * The phases a new service deployment goes through. Stage order and meaning: model doc of
   * ServiceDeployment.lifecycleStage. ROLLING scales up and cleans up; BLUE_GREEN, LINEAR and
   * CANARY also shift test and then production traffic (LINEAR in stepPercent steps with
   * stepBakeTimeInMinutes between them, CANARY canaryPercent first, then the rest after
   * canaryBakeTimeInMinutes). RECONCILE_SERVICE comes first when more than one revision is
   * running. BAKE_TIME lasts bakeTimeInMinutes. In 'time' mode the phases share rolloutMs and a
   * minute lasts minuteMs; in 'observe'/'manual' mode a phase lasts one step and a minute too.
   */
  private plan(config: DeploymentConfiguration, reconcile: boolean): DeploymentPhase[] {
    const strategy = config.strategy ?? 'ROLLING'
    const stages: {
      stage: LifecycleStage
      minutes?: number
      production?: number
      test?: number
    }[] = []
    if (reconcile) stages.push({ stage: 'RECONCILE_SERVICE' })
    stages.push({ stage: 'PRE_SCALE_UP' }, { stage: 'SCALE_UP' }, { stage: 'POST_SCALE_UP' })
    if (strategy !== 'ROLLING') {
      stages.push(
        { stage: 'TEST_TRAFFIC_SHIFT', test: 100, production: 0 },
        { stage: 'POST_TEST_TRAFFIC_SHIFT', test: 100, production: 0 }
      )
      const weights: { weight: number; minutes: number }[] = []
      if (strategy === 'LINEAR') {
        const step = config.linearConfiguration?.stepPercent ?? 10
        const wait = config.linearConfiguration?.stepBakeTimeInMinutes ?? 0
        for (let w = step; w < 100; w += step) weights.push({ weight: w, minutes: wait })
      } else if (strategy === 'CANARY') {
        weights.push({
          weight: config.canaryConfiguration?.canaryPercent ?? 5,
          minutes: config.canaryConfiguration?.canaryBakeTimeInMinutes ?? 0
        })
      }
      weights.push({ weight: 100, minutes: 0 })
      for (const w of weights) {
        stages.push({
          stage: 'PRODUCTION_TRAFFIC_SHIFT',
          test: 100,
          production: w.weight,
          minutes: w.minutes
        })
      }
      stages.push({ stage: 'POST_PRODUCTION_TRAFFIC_SHIFT', test: 100, production: 100 })
    }
    const bake = config.bakeTimeInMinutes ?? 0
    const traffic = strategy === 'ROLLING' ? {} : { test: 100, production: 100 }
    if (bake > 0) stages.push({ stage: 'BAKE_TIME', ...traffic })
    stages.push({ stage: 'CLEAN_UP', ...traffic })
    const share = this.settings.rolloutMs / (stages.length + 1)
    const minute = this.settings.minuteMs
    // The target serves the production traffic once it has scaled up (ROLLING) or once all
    // production traffic has shifted to it (the others).
    const takeover = strategy === 'ROLLING' ? 'POST_SCALE_UP' : 'POST_PRODUCTION_TRAFFIC_SHIFT'
    const from = stages.findIndex((s) => s.stage === takeover)
    return [
      { status: 'PENDING', durationMs: share, steps: 1 },
      ...stages.map((s, i): DeploymentPhase => {
        const baking = s.stage === 'BAKE_TIME'
        const minutes = baking ? bake : (s.minutes ?? 0)
        return {
          ...(i >= from ? { targetInForce: true } : {}),
          status: 'IN_PROGRESS',
          lifecycleStage: s.stage,
          durationMs: (baking ? 0 : share) + minutes * minute,
          steps: (baking ? 0 : 1) + minutes,
          ...(s.production !== undefined ? { productionWeight: s.production } : {}),
          ...(s.test !== undefined ? { testWeight: s.test } : {})
        }
      })
    ]
  }

  private isActive(sd: ServiceDeploymentState): boolean {
    return !FINAL.has(sd.status) && !sd.stuck
  }

  private transition(svc: ServiceState, sd: ServiceDeploymentState, at: number): void {
    const t: DeploymentTransition = {
      at,
      cluster: svc.clusterName,
      service: svc.serviceName,
      serviceDeploymentArn: sd.arn,
      status: sd.status,
      ...(sd.lifecycleStage !== undefined ? { lifecycleStage: sd.lifecycleStage } : {})
    }
    this.transitions.push(t)
    for (const listener of [...this.transitionListeners]) listener(t)
  }

  private completed(svc: ServiceState, sd: ServiceDeploymentState, at: number): void {
    const entry = this.revisionIndex.get(svc.lastCompleted.revisionArn)
    if (!entry) return
    const completion: DeploymentCompletion = {
      at,
      cluster: svc.clusterName,
      service: svc.serviceName,
      serviceArn: svc.serviceArn,
      clusterArn: svc.clusterArn,
      serviceDeploymentArn: sd.arn,
      status: sd.status as DeploymentCompletion['status'],
      revision: clone(entry.revision)
    }
    for (const listener of [...this.onDeploymentCompleted]) listener(completion)
  }

  private tasksStarted(svc: ServiceState, sd: ServiceDeploymentState, at: number): void {
    const entry = this.revisionIndex.get(sd.targetRevisionArn)
    if (!entry) return
    const started: TasksStarted = {
      at,
      cluster: svc.clusterName,
      service: svc.serviceName,
      serviceArn: svc.serviceArn,
      serviceDeploymentArn: sd.arn,
      revision: clone(entry.revision)
    }
    for (const listener of [...this.onTasksStarted]) listener(started)
  }

  /** Starts a service deployment (UpdateService, or someone else): a new revision, a new PRIMARY. */
  private beginServiceDeployment(
    svc: ServiceState,
    at: number,
    config: RevisionConfig,
    failureReason: string | undefined,
    hold = false
  ): ServiceDeploymentState {
    const cluster = svc.clusterName
    const arn = this.arn(
      `service-deployment/${cluster}/${svc.serviceName}/${serviceDeploymentId()}`
    )
    const revision: ServiceRevisionState = {
      arn: this.arn(`service-revision/${cluster}/${svc.serviceName}/${serviceRevisionId()}`),
      taskDefinition: config.taskDefinition,
      ...(config.networkConfiguration
        ? { networkConfiguration: clone(config.networkConfiguration) }
        : {}),
      ...(config.serviceConnectConfiguration
        ? { serviceConnectConfiguration: clone(config.serviceConnectConfiguration) }
        : {}),
      createdAt: at
    }
    svc.revisions.push(revision)
    this.revisionIndex.set(revision.arn, { svc, revision })
    // The revisions running now are the new deployment's sources (ServiceDeployment model doc:
    // "sourceServiceRevisions: the currently deployed workload configuration").
    const sources = [...new Set(svc.deployments.map((d) => d.revisionArn))]
    // AWS-FACTS "Deployments as ECS runs them today": a new deployment moves an unfinished
    // one to STOP_REQUESTED.
    for (const other of svc.serviceDeployments) {
      if (FINAL.has(other.status) || other.status === 'STOP_REQUESTED') continue
      this.stopRequested(svc, other, at, arn)
    }
    const legacy = this.addLegacyDeployment(
      svc,
      at,
      { ...config, revisionArn: revision.arn, serviceDeploymentArn: arn },
      failureReason
    )
    const deploymentConfiguration = clone(svc.deploymentConfiguration)
    const phases = this.plan(deploymentConfiguration, sources.length > 1)
    const sd: ServiceDeploymentState = {
      arn,
      createdAt: at,
      updatedAt: at,
      status: 'PENDING',
      sourceRevisionArns: sources,
      targetRevisionArn: revision.arn,
      deploymentConfiguration,
      circuitBreaker: this.breakerStatus(deploymentConfiguration, svc.desiredCount),
      phases,
      phase: 0,
      phaseStartedAt: at,
      stepsInPhase: 0,
      deploymentId: legacy.id,
      ...(failureReason !== undefined ? { failureReason } : {}),
      held: hold,
      hookPaused: false,
      stuck: false
    }
    svc.serviceDeployments.unshift(sd)
    svc.currentServiceDeployment = arn
    this.deploymentIndex.set(arn, { svc, sd })
    this.transition(svc, sd, at)
    return sd
  }

  private stopRequested(
    svc: ServiceState,
    sd: ServiceDeploymentState,
    at: number,
    by: string
  ): void {
    Object.assign(sd, {
      status: 'STOP_REQUESTED',
      statusReason: `A newer service deployment started: ${by}.`,
      updatedAt: at,
      phases: [
        { status: 'STOP_REQUESTED', durationMs: this.settings.rolloutMs / 2, steps: 1 }
      ] satisfies DeploymentPhase[],
      phase: 0,
      phaseStartedAt: at,
      stepsInPhase: 0,
      held: false,
      hookPaused: false,
      stuck: false
    })
    delete sd.lifecycleStage
    this.transition(svc, sd, at)
  }

  private enterPhase(
    svc: ServiceState,
    sd: ServiceDeploymentState,
    index: number,
    at: number
  ): void {
    const phase = sd.phases[index]
    if (!phase) return
    sd.phase = index
    sd.phaseStartedAt = at
    sd.stepsInPhase = 0
    sd.updatedAt = at
    sd.status = phase.status
    if (phase.status === 'IN_PROGRESS') sd.startedAt ??= at
    if (phase.lifecycleStage !== undefined) sd.lifecycleStage = phase.lifecycleStage
    else delete sd.lifecycleStage
    // A held hook pauses the deployment as soon as it enters the hooked stage.
    sd.hookPaused = this.pausesAtHook(svc, sd, phase)
    this.transition(svc, sd, at)
  }

  private pausesAtHook(
    svc: ServiceState,
    sd: ServiceDeploymentState,
    phase: DeploymentPhase
  ): boolean {
    return (
      phase.status === 'IN_PROGRESS' &&
      phase.lifecycleStage !== undefined &&
      svc.holdLifecycleHooks &&
      this.hooked(sd, phase.lifecycleStage) &&
      sd.hookReleasedPhase !== sd.phase
    )
  }

  private hooked(sd: ServiceDeploymentState, stage: LifecycleStage): boolean {
    return (sd.deploymentConfiguration.lifecycleHooks ?? []).some((h) =>
      (h.lifecycleStages ?? []).includes(stage)
    )
  }

  /** Moves a service deployment out of its current phase; false if something holds it. */
  private leavePhase(svc: ServiceState, sd: ServiceDeploymentState, at: number): boolean {
    if (sd.held || !this.isActive(sd)) return false
    const phase = sd.phases[sd.phase]
    if (!phase) return false
    if (this.pausesAtHook(svc, sd, phase)) {
      // Lifecycle hooks guide: a hook that returns IN_PROGRESS is called again later; the
      // deployment stays in its stage until the hook returns SUCCEEDED or FAILED.
      sd.hookPaused = true
      return false
    }
    sd.hookPaused = false
    if (
      phase.status === 'IN_PROGRESS' &&
      phase.lifecycleStage === 'SCALE_UP' &&
      sd.failureReason !== undefined
    ) {
      this.tripBreaker(svc, sd, at, sd.failureReason)
      return true
    }
    if (phase.status === 'IN_PROGRESS' && phase.lifecycleStage === 'SCALE_UP') {
      // Scaled up: the new tasks run next to the old ones until CLEAN_UP ends.
      const legacy = svc.deployments.find((d) => d.id === sd.deploymentId)
      if (legacy) Object.assign(legacy, { runningCount: legacy.desiredCount, pendingCount: 0 })
      this.tasksStarted(svc, sd, at)
    }
    if (sd.phase + 1 < sd.phases.length) this.enterPhase(svc, sd, sd.phase + 1, at)
    else this.finish(svc, sd, at)
    return true
  }

  /** The circuit breaker detects the failure (ECS developer guide, "deployment circuit breaker"). */
  private tripBreaker(
    svc: ServiceState,
    sd: ServiceDeploymentState,
    at: number,
    failure: string
  ): void {
    // Accept either "tasks failed to start" or the full "ECS deployment circuit breaker: ..." text.
    const reason = failure.replace(/^ECS deployment circuit breaker:\s*/i, '').replace(/\.$/, '')
    const name = svc.serviceName
    const legacy = svc.deployments.find((d) => d.id === sd.deploymentId)
    const threshold = failureThreshold(legacy?.desiredCount ?? svc.desiredCount)
    if (legacy) {
      legacy.failedTasks = threshold
      legacy.runningCount = 0
      legacy.updatedAt = at
    }
    const breaker = sd.deploymentConfiguration.deploymentCircuitBreaker
    if (!breaker?.enable) {
      // Without the circuit breaker ECS keeps retrying: the rollout never settles.
      if (legacy) legacy.settlesAt = Number.POSITIVE_INFINITY
      sd.stuck = true
      return
    }
    // Model doc (Deployment.rolloutState): with the circuit breaker on, a deployment that
    // cannot reach steady state becomes FAILED and launches no new tasks.
    const statusReason = `ECS deployment circuit breaker: ${reason}.`
    if (legacy) {
      Object.assign(legacy, {
        rolloutState: 'FAILED',
        rolloutStateReason: statusReason,
        pendingCount: 0
      })
    }
    sd.circuitBreaker = { status: 'TRIGGERED', failureCount: threshold, threshold }
    // Event texts as real services show them, e.g.
    // "(service x) (deployment ecs-svc/...) deployment failed: tasks failed to start."
    // "(service x) rolling back to deployment ecs-svc/...".
    this.event(
      svc,
      at,
      `(service ${name}) (deployment ${sd.deploymentId}) deployment failed: ${reason}.`
    )
    if (breaker.rollback) {
      this.rollBack(svc, sd, at, statusReason)
      return
    }
    // Model doc (ServiceDeployment.stoppedAt): the service deployment stops when the rollback
    // option is not in use and the service fails. The FAILED deployments[] entry stays.
    Object.assign(sd, { status: 'STOPPED', statusReason, stoppedAt: at, updatedAt: at })
    delete sd.lifecycleStage
    this.transition(svc, sd, at)
    this.completed(svc, sd, at)
  }

  /**
   * Rolls back to the last deployment that COMPLETED (DeploymentConfiguration model doc: "the
   * service is rolled back to the last deployment that completed successfully"), which also
   * undoes a release that was still in flight (AWS-FACTS). In deployments[] the rollback is a
   * new PRIMARY with that configuration; the service deployment goes ROLLBACK_REQUESTED ->
   * ROLLBACK_IN_PROGRESS -> ROLLBACK_SUCCESSFUL.
   */
  private rollBack(
    svc: ServiceState,
    sd: ServiceDeploymentState,
    at: number,
    reason: string
  ): void {
    const target = svc.lastCompleted
    this.event(svc, at, `(service ${svc.serviceName}) rolling back to deployment ${target.id}.`)
    const legacy = this.addLegacyDeployment(
      svc,
      at,
      {
        taskDefinition: target.taskDefinition,
        ...(target.networkConfiguration
          ? { networkConfiguration: target.networkConfiguration }
          : {}),
        ...(target.serviceConnectConfiguration
          ? { serviceConnectConfiguration: target.serviceConnectConfiguration }
          : {}),
        revisionArn: target.revisionArn,
        serviceDeploymentArn: sd.arn
      },
      undefined
    )
    const half = this.settings.rolloutMs / 2
    Object.assign(sd, {
      status: 'ROLLBACK_REQUESTED',
      statusReason: reason,
      updatedAt: at,
      rollback: { reason, startedAt: at, serviceRevisionArn: target.revisionArn },
      rollbackDeploymentId: legacy.id,
      phases: [
        { status: 'ROLLBACK_REQUESTED', durationMs: half, steps: 1 },
        { status: 'ROLLBACK_IN_PROGRESS', durationMs: half, steps: 1 }
      ] satisfies DeploymentPhase[],
      phase: 0,
      phaseStartedAt: at,
      stepsInPhase: 0,
      hookPaused: false
    })
    delete sd.lifecycleStage
    this.transition(svc, sd, at)
  }

  /** The deployments[] entry completes: the others are gone, the circuit breaker's target moves. */
  private completeLegacy(svc: ServiceState, primary: DeploymentState, at: number): void {
    const name = svc.serviceName
    const stopped = svc.deployments
      .filter((d) => d !== primary)
      .reduce((n, d) => n + d.runningCount, 0)
    Object.assign(primary, {
      status: 'PRIMARY',
      rolloutState: 'COMPLETED',
      rolloutStateReason: `ECS deployment ${primary.id} completed.`,
      runningCount: primary.desiredCount,
      pendingCount: 0,
      updatedAt: at,
      settlesAt: at
    })
    svc.deployments = [primary]
    if (stopped > 0) {
      const tasks = Array.from({ length: stopped }, () => `(task ${taskId()})`).join(' ')
      this.event(svc, at, `(service ${name}) has stopped ${stopped} running tasks: ${tasks}.`)
    }
    this.event(svc, at, `(service ${name}) (deployment ${primary.id}) deployment completed.`)
    this.event(svc, at, `(service ${name}) has reached a steady state.`)
    svc.lastCompleted = {
      id: primary.id,
      revisionArn: primary.revisionArn,
      taskDefinition: primary.taskDefinition,
      ...(primary.networkConfiguration
        ? { networkConfiguration: clone(primary.networkConfiguration) }
        : {}),
      ...(primary.serviceConnectConfiguration
        ? { serviceConnectConfiguration: clone(primary.serviceConnectConfiguration) }
        : {})
    }
  }

  /** The last phase ended: the final status for what the deployment was doing. */
  private finish(svc: ServiceState, sd: ServiceDeploymentState, at: number): void {
    delete sd.lifecycleStage
    sd.updatedAt = at
    if (sd.status === 'STOP_REQUESTED') {
      Object.assign(sd, { status: 'STOPPED', stoppedAt: at })
    } else if (sd.status === 'ROLLBACK_IN_PROGRESS' || sd.status === 'ROLLBACK_REQUESTED') {
      const legacy = svc.deployments.find((d) => d.id === sd.rollbackDeploymentId)
      const failure = svc.pendingRollbackFailure
      if (failure !== undefined) {
        delete svc.pendingRollbackFailure
        if (legacy) {
          Object.assign(legacy, {
            rolloutState: 'FAILED',
            rolloutStateReason: `ECS deployment circuit breaker: ${failure}.`,
            pendingCount: 0,
            runningCount: 0,
            updatedAt: at
          })
        }
        Object.assign(sd, { status: 'ROLLBACK_FAILED', statusReason: failure, finishedAt: at })
      } else {
        if (legacy) this.completeLegacy(svc, legacy, at)
        Object.assign(sd, { status: 'ROLLBACK_SUCCESSFUL', finishedAt: at })
      }
    } else {
      const legacy = svc.deployments.find((d) => d.id === sd.deploymentId)
      if (legacy) this.completeLegacy(svc, legacy, at)
      if (sd.circuitBreaker.status === 'MONITORING')
        sd.circuitBreaker.status = 'MONITORING_COMPLETE'
      Object.assign(sd, { status: 'SUCCESSFUL', finishedAt: at })
      delete sd.statusReason
    }
    this.transition(svc, sd, at)
    this.completed(svc, sd, at)
    if (sd.status !== 'STOPPED') {
      // Once a newer deployment is done, the ones it superseded have stopped too.
      for (const other of svc.serviceDeployments) {
        if (other.status === 'STOP_REQUESTED') this.finish(svc, other, at)
      }
    }
  }

  /** 'time' mode: applies every phase change due by `now`, each stamped with its own due time. */
  private advance(svc: ServiceState, now: number): void {
    if (svc.progress !== 'time') return
    const blocked = new Set<ServiceDeploymentState>()
    for (let guard = 0; guard < 100_000; guard++) {
      let next: { sd: ServiceDeploymentState; due: number } | undefined
      for (const sd of svc.serviceDeployments) {
        if (blocked.has(sd) || !this.isActive(sd)) continue
        const phase = sd.phases[sd.phase]
        if (!phase) continue
        const due = sd.phaseStartedAt + phase.durationMs
        if (due <= now && (next === undefined || due < next.due)) next = { sd, due }
      }
      if (!next) return
      if (!this.leavePhase(svc, next.sd, next.due)) blocked.add(next.sd)
    }
  }

  /** One observation ('observe' mode) or one step ('manual'): each deployment moves one phase. */
  private observe(
    svc: ServiceState,
    now: number,
    deployments: ServiceDeploymentState[] = [...svc.serviceDeployments]
  ): void {
    for (const sd of deployments) {
      if (!this.isActive(sd) || sd.held) continue
      const phase = sd.phases[sd.phase]
      if (!phase) continue
      sd.stepsInPhase = Math.min(sd.stepsInPhase + 1, phase.steps)
      if (sd.stepsInPhase >= phase.steps) this.leavePhase(svc, sd, now)
    }
  }

  // ---- scenario controls (tests) ----

  /** Applies due 'time' mode changes to every service (for awaitable signals). */
  tickAll(now: number): void {
    for (const cluster of this.clusters.values()) {
      for (const svc of cluster.services.values()) this.advance(svc, now)
    }
  }

  /** A deployment someone else starts, as UpdateService would without a Service Connect change. */
  startExternalDeployment(cluster: string, service: string, options: ExternalDeployment): string {
    const svc = this.seeded(cluster, service)
    const now = this.clock()
    this.advance(svc, now)
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY') ?? svc.deployments[0]
    let tdArn = primary?.taskDefinition ?? svc.lastCompleted.taskDefinition
    if (options.taskDefinition !== undefined) {
      const td = this.findTaskDefinition(options.taskDefinition)
      if (!td) throw new Error(`task definition ${options.taskDefinition} was not added`)
      tdArn = td.taskDefinitionArn
    }
    const sc = options.serviceConnectConfiguration ?? primary?.serviceConnectConfiguration
    const network = primary?.networkConfiguration
    return this.beginServiceDeployment(
      svc,
      now,
      {
        taskDefinition: tdArn,
        ...(network ? { networkConfiguration: network } : {}),
        ...(sc ? { serviceConnectConfiguration: sc } : {})
      },
      options.failure,
      options.hold ?? false
    ).arn
  }

  private indexed(arn: string): { svc: ServiceState; sd: ServiceDeploymentState } {
    const entry = this.deploymentIndex.get(arn)
    if (!entry) throw new Error(`no service deployment ${arn}`)
    return entry
  }

  holdDeployment(arn: string): void {
    const { svc, sd } = this.indexed(arn)
    this.advance(svc, this.clock())
    sd.held = true
  }

  resumeDeployment(arn: string): void {
    const { svc, sd } = this.indexed(arn)
    const now = this.clock()
    this.advance(svc, now)
    sd.held = false
    this.restartClock(sd, now)
  }

  /** A released phase ends now at the earliest, not at a due time that passed while it waited. */
  private restartClock(sd: ServiceDeploymentState, now: number): void {
    const phase = sd.phases[sd.phase]
    if (phase) sd.phaseStartedAt = Math.max(sd.phaseStartedAt, now - phase.durationMs)
  }

  setHoldLifecycleHooks(cluster: string, service: string, hold: boolean): void {
    const svc = this.seeded(cluster, service)
    this.advance(svc, this.clock())
    svc.holdLifecycleHooks = hold
    for (const sd of svc.serviceDeployments) {
      const phase = sd.phases[sd.phase]
      if (this.isActive(sd) && phase) sd.hookPaused = this.pausesAtHook(svc, sd, phase)
    }
  }

  /**
   * The lifecycle hook of the current deployment's paused stage returns SUCCEEDED (the
   * deployment moves on) or FAILED (it rolls back: lifecycle hooks guide). Throws if nothing
   * is paused.
   */
  releaseLifecycleHook(cluster: string, service: string, result: 'SUCCEEDED' | 'FAILED'): void {
    const svc = this.seeded(cluster, service)
    const now = this.clock()
    this.advance(svc, now)
    const sd = svc.serviceDeployments.find((d) => d.hookPaused && this.isActive(d))
    if (!sd) throw new Error(`no deployment of ${service} is paused at a lifecycle hook`)
    sd.hookPaused = false
    if (result === 'FAILED') {
      const stage = sd.lifecycleStage ?? 'unknown'
      this.rollBack(svc, sd, now, `Lifecycle hook failed in stage ${stage}.`)
      return
    }
    sd.hookReleasedPhase = sd.phase
    this.restartClock(sd, now)
  }

  failNextRollback(cluster: string, service: string, reason: string): void {
    this.seeded(cluster, service).pendingRollbackFailure = reason
  }

  /** One step ('manual'/'observe' semantics) for every active deployment of the service. */
  step(cluster: string, service: string): void {
    const svc = this.seeded(cluster, service)
    const now = this.clock()
    this.advance(svc, now)
    this.observe(svc, now)
  }

  /** Steps until no deployment of the service can move (finished, held or paused). */
  settle(cluster: string, service: string): void {
    const svc = this.seeded(cluster, service)
    for (let guard = 0; guard < 100_000; guard++) {
      const before = JSON.stringify(
        svc.serviceDeployments.map((d) => [d.status, d.phase, d.stepsInPhase])
      )
      this.step(cluster, service)
      const after = JSON.stringify(
        svc.serviceDeployments.map((d) => [d.status, d.phase, d.stepsInPhase])
      )
      if (before === after) return
    }
  }

  addServiceEvent(cluster: string, service: string, message: string, createdAt: number): void {
    this.insertEvent(this.seeded(cluster, service), createdAt, message)
  }

  serviceDeployment(arn: string): ServiceDeploymentState {
    const { svc, sd } = this.indexed(arn)
    this.advance(svc, this.clock())
    return clone(sd)
  }

  serviceRevision(arn: string): ServiceRevisionState {
    const entry = this.revisionIndex.get(arn)
    if (!entry) throw new Error(`no service revision ${arn}`)
    return clone(entry.revision)
  }

  /** The revision of the last deployment that completed: what the service runs in full. */
  revisionInForce(cluster: string, service: string): ServiceRevisionState {
    const svc = this.seeded(cluster, service)
    this.advance(svc, this.clock())
    return this.serviceRevision(svc.lastCompleted.revisionArn)
  }

  /**
   * The revision that serves the service's production traffic: the target of the current
   * deployment once it has taken over (ROLLING: scaled up; the others: all production traffic
   * shifted, so BAKE_TIME and CLEAN_UP too), else the revision of the last completed deployment.
   */
  productionRevision(cluster: string, service: string): ServiceRevisionState {
    const svc = this.seeded(cluster, service)
    this.advance(svc, this.clock())
    const current = svc.serviceDeployments.find((d) => d.arn === svc.currentServiceDeployment)
    const phase = current?.status === 'IN_PROGRESS' ? current.phases[current.phase] : undefined
    if (current && phase?.targetInForce) return this.serviceRevision(current.targetRevisionArn)
    return this.serviceRevision(svc.lastCompleted.revisionArn)
  }

  // ---- wire output ----

  private deploymentWire(svc: ServiceState, d: DeploymentState): Record<string, unknown> {
    const td = this.findTaskDefinition(d.taskDefinition)
    const sc = d.serviceConnectConfiguration
    const resources =
      sc?.enabled && sc.services
        ? sc.services.map((s) => ({
            discoveryName: s.discoveryName ?? s.portName,
            discoveryArn: `arn:aws:servicediscovery:${this.settings.region}:${this.settings.accountId}:service/${cloudMapServiceId()}`
          }))
        : undefined
    return {
      id: d.id,
      status: d.status,
      taskDefinition: d.taskDefinition,
      desiredCount: d.desiredCount,
      pendingCount: d.pendingCount,
      runningCount: d.runningCount,
      failedTasks: d.failedTasks,
      createdAt: epochSeconds(d.createdAt),
      updatedAt: epochSeconds(d.updatedAt),
      launchType: td?.networkMode === 'awsvpc' ? 'FARGATE' : 'EC2',
      ...(td?.networkMode === 'awsvpc'
        ? { platformVersion: '1.4.0', platformFamily: 'Linux' }
        : {}),
      ...(d.networkConfiguration ? { networkConfiguration: clone(d.networkConfiguration) } : {}),
      // Model doc: rolloutState is only returned for the rolling update (ECS) controller.
      ...(svc.deploymentController === 'ECS'
        ? { rolloutState: d.rolloutState, rolloutStateReason: d.rolloutStateReason }
        : {}),
      ...(sc ? { serviceConnectConfiguration: clone(sc) } : {}),
      ...(resources ? { serviceConnectResources: resources } : {})
    }
  }

  private serviceWire(svc: ServiceState, includeTags: boolean): Record<string, unknown> {
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY') ?? svc.deployments[0]
    const td = primary ? this.findTaskDefinition(primary.taskDefinition) : undefined
    const awsvpc = td?.networkMode === 'awsvpc'
    return {
      serviceArn: svc.serviceArn,
      serviceName: svc.serviceName,
      clusterArn: svc.clusterArn,
      loadBalancers: [],
      serviceRegistries: [],
      status: svc.status,
      desiredCount: svc.desiredCount,
      runningCount: svc.deployments.reduce((n, d) => n + d.runningCount, 0),
      pendingCount: svc.deployments.reduce((n, d) => n + d.pendingCount, 0),
      launchType: awsvpc ? 'FARGATE' : 'EC2',
      ...(awsvpc ? { platformVersion: 'LATEST', platformFamily: 'Linux' } : {}),
      ...(primary ? { taskDefinition: primary.taskDefinition } : {}),
      deploymentConfiguration: clone(svc.deploymentConfiguration),
      // Model: Service has no serviceConnectConfiguration; it lives on each deployment.
      deployments: svc.deployments.map((d) => this.deploymentWire(svc, d)),
      ...(svc.currentServiceDeployment !== undefined
        ? { currentServiceDeployment: svc.currentServiceDeployment }
        : {}),
      currentServiceRevisions: this.currentRevisions(svc),
      events: svc.events.map((e) => ({
        id: e.id,
        createdAt: epochSeconds(e.createdAt),
        message: e.message
      })),
      createdAt: epochSeconds(svc.createdAt),
      placementConstraints: [],
      placementStrategy: [],
      ...(primary?.networkConfiguration
        ? { networkConfiguration: clone(primary.networkConfiguration) }
        : {}),
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: svc.deploymentController },
      ...(includeTags ? { tags: [] } : {}),
      createdBy: `arn:aws:iam::${this.settings.accountId}:role/Admin`,
      enableECSManagedTags: false,
      propagateTags: 'NONE',
      enableExecuteCommand: false
    }
  }

  /**
   * The revisions with tasks: one per revision of the deployments[] entries (a rollback entry
   * shares its revision with the old one), with their task counts added up.
   */
  private currentRevisions(svc: ServiceState): Record<string, unknown>[] {
    const byArn = new Map<
      string,
      {
        arn: string
        requestedTaskCount: number
        runningTaskCount: number
        pendingTaskCount: number
      }
    >()
    for (const d of svc.deployments) {
      const entry = byArn.get(d.revisionArn) ?? {
        arn: d.revisionArn,
        requestedTaskCount: 0,
        runningTaskCount: 0,
        pendingTaskCount: 0
      }
      // The newest entry of a revision says how many tasks it should have.
      if (!byArn.has(d.revisionArn)) entry.requestedTaskCount = d.desiredCount
      entry.runningTaskCount += d.runningCount
      entry.pendingTaskCount += d.pendingCount
      byArn.set(d.revisionArn, entry)
    }
    return [...byArn.values()]
  }

  private revisionSummary(
    svc: ServiceState,
    arn: string,
    entryId?: string
  ): {
    arn: string
    requestedTaskCount: number
    runningTaskCount: number
    pendingTaskCount: number
  } {
    const d =
      (entryId !== undefined ? svc.deployments.find((e) => e.id === entryId) : undefined) ??
      svc.deployments.find((e) => e.revisionArn === arn)
    return {
      arn,
      requestedTaskCount: d?.desiredCount ?? 0,
      runningTaskCount: d?.runningCount ?? 0,
      pendingTaskCount: d?.pendingCount ?? 0
    }
  }

  private serviceDeploymentWire(
    svc: ServiceState,
    sd: ServiceDeploymentState
  ): Record<string, unknown> {
    const s = epochSeconds
    const phase = FINAL.has(sd.status) ? undefined : sd.phases[sd.phase]
    const strategy = sd.deploymentConfiguration.strategy ?? 'ROLLING'
    const weights =
      strategy === 'ROLLING'
        ? {}
        : sd.status === 'SUCCESSFUL'
          ? { requestedTestTrafficWeight: 100, requestedProductionTrafficWeight: 100 }
          : {
              requestedTestTrafficWeight: phase?.testWeight ?? 0,
              requestedProductionTrafficWeight: phase?.productionWeight ?? 0
            }
    return {
      serviceDeploymentArn: sd.arn,
      serviceArn: svc.serviceArn,
      clusterArn: svc.clusterArn,
      createdAt: s(sd.createdAt),
      ...(sd.startedAt !== undefined ? { startedAt: s(sd.startedAt) } : {}),
      ...(sd.finishedAt !== undefined ? { finishedAt: s(sd.finishedAt) } : {}),
      ...(sd.stoppedAt !== undefined ? { stoppedAt: s(sd.stoppedAt) } : {}),
      updatedAt: s(sd.updatedAt),
      sourceServiceRevisions: sd.sourceRevisionArns.map((arn) => this.revisionSummary(svc, arn)),
      targetServiceRevision: {
        ...this.revisionSummary(svc, sd.targetRevisionArn, sd.deploymentId),
        ...weights
      },
      status: sd.status,
      ...(sd.statusReason !== undefined ? { statusReason: sd.statusReason } : {}),
      ...(sd.lifecycleStage !== undefined ? { lifecycleStage: sd.lifecycleStage } : {}),
      deploymentConfiguration: clone(sd.deploymentConfiguration),
      ...(sd.rollback
        ? {
            rollback: {
              reason: sd.rollback.reason,
              startedAt: s(sd.rollback.startedAt),
              serviceRevisionArn: sd.rollback.serviceRevisionArn
            }
          }
        : {}),
      deploymentCircuitBreaker: { ...sd.circuitBreaker },
      alarms: { status: 'DISABLED' }
    }
  }

  private serviceDeploymentBrief(
    svc: ServiceState,
    sd: ServiceDeploymentState
  ): Record<string, unknown> {
    const s = epochSeconds
    return {
      serviceDeploymentArn: sd.arn,
      serviceArn: svc.serviceArn,
      clusterArn: svc.clusterArn,
      ...(sd.startedAt !== undefined ? { startedAt: s(sd.startedAt) } : {}),
      createdAt: s(sd.createdAt),
      ...(sd.finishedAt !== undefined ? { finishedAt: s(sd.finishedAt) } : {}),
      targetServiceRevisionArn: sd.targetRevisionArn,
      status: sd.status,
      ...(sd.statusReason !== undefined ? { statusReason: sd.statusReason } : {})
    }
  }

  private serviceRevisionWire(svc: ServiceState, r: ServiceRevisionState): Record<string, unknown> {
    const td = this.findTaskDefinition(r.taskDefinition)
    const awsvpc = td?.networkMode === 'awsvpc'
    return {
      serviceRevisionArn: r.arn,
      serviceArn: svc.serviceArn,
      clusterArn: svc.clusterArn,
      taskDefinition: r.taskDefinition,
      launchType: awsvpc ? 'FARGATE' : 'EC2',
      ...(awsvpc ? { platformVersion: '1.4.0', platformFamily: 'Linux' } : {}),
      loadBalancers: [],
      serviceRegistries: [],
      ...(r.networkConfiguration ? { networkConfiguration: clone(r.networkConfiguration) } : {}),
      containerImages: (td?.containerDefinitions ?? []).map((c) => ({
        containerName: c.name,
        image: c.image
      })),
      guardDutyEnabled: false,
      ...(r.serviceConnectConfiguration
        ? { serviceConnectConfiguration: clone(r.serviceConnectConfiguration) }
        : {}),
      createdAt: epochSeconds(r.createdAt)
    }
  }

  private taskDefinitionWire(td: TaskDefinitionState): Record<string, unknown> {
    const awsvpc = td.networkMode === 'awsvpc'
    return {
      taskDefinitionArn: td.taskDefinitionArn,
      containerDefinitions: td.containerDefinitions.map((c) => ({
        name: c.name,
        image: c.image,
        cpu: 0,
        portMappings: c.portMappings.map((p) => ({ ...p })),
        essential: true,
        environment: [],
        mountPoints: [],
        volumesFrom: [],
        systemControls: []
      })),
      family: td.family,
      networkMode: td.networkMode,
      revision: td.revision,
      volumes: [],
      status: td.status,
      requiresAttributes: [],
      placementConstraints: [],
      compatibilities: awsvpc ? ['EC2', 'FARGATE'] : ['EC2'],
      requiresCompatibilities: awsvpc ? ['FARGATE'] : ['EC2'],
      cpu: '256',
      memory: '512',
      registeredAt: epochSeconds(td.registeredAt),
      registeredBy: `arn:aws:iam::${this.settings.accountId}:role/Admin`
    }
  }

  // ---- Service Connect checks UpdateService applies ----

  private checkServiceConnect(
    svc: ServiceState,
    sc: ServiceConnectConfiguration,
    td: TaskDefinitionState | undefined
  ): void {
    const bad = (message: string): never => {
      throw new AwsError('InvalidParameterException', message)
    }
    if (!sc.enabled) return
    if (svc.deploymentController !== 'ECS') {
      // Dev guide (Service Connect TLS): not for CODE_DEPLOY blue/green or EXTERNAL controllers.
      bad(
        `Service Connect is not supported for services that use the ${svc.deploymentController} deployment controller.`
      )
    }
    if (!td) return bad('The task definition of the service could not be found.')
    if (td.networkMode !== 'awsvpc' && td.networkMode !== 'bridge') {
      bad(`Service Connect does not support the '${td.networkMode}' network mode.`)
    }
    if (sc.accessLogConfiguration && !sc.logConfiguration) {
      // Model doc (accessLogConfiguration): access logs also need a logConfiguration.
      bad('To enable Service Connect access logs, logConfiguration must also be specified.')
    }
    const portNames = new Set(
      td.containerDefinitions
        .flatMap((c) => c.portMappings.map((p) => p.name))
        .filter((n) => n !== undefined)
    )
    const seen = new Set<string>()
    for (const s of sc.services ?? []) {
      // Model doc (portName): must match the name of a portMapping in the task definition.
      if (!portNames.has(s.portName)) {
        bad(
          `Port name '${s.portName}' does not match any portMappings name in task definition ${td.taskDefinitionArn}.`
        )
      }
      if (seen.has(s.portName))
        bad(`Port name '${s.portName}' is used by more than one Service Connect service.`)
      seen.add(s.portName)
      if (!s.tls) continue
      // TLS itself works in bridge mode too (ECS developer guide, "Service Connect and Application
      // Load Balancer health checks": only ALB HTTPS health checks against a TLS port need
      // awsvpc); the network modes Service Connect refuses altogether are refused above.
      const ca = s.tls.issuerCertificateAuthority.awsPcaAuthorityArn
      if (ca === undefined)
        bad('Service Connect TLS requires issuerCertificateAuthority.awsPcaAuthorityArn.')
      else if (!/^arn:aws[\w-]*:acm-pca:[\w-]+:\d{12}:certificate-authority\/[\w-]+$/.test(ca)) {
        bad(`Invalid AWS Private CA ARN: ${ca}`)
      }
      const role = s.tls.roleArn
      if (role !== undefined && !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role)) {
        bad(`Invalid role ARN: ${role}`)
      }
    }
  }

  // ---- operations ----

  readonly handlers: Record<string, Handler> = {
    DescribeServices: handler<DescribeServicesInput>((input, ctx) => {
      const cluster = this.resolveCluster(input.cluster)
      // Model doc: "You may specify up to 10 services to describe in a single operation."
      if (input.services.length === 0) {
        throw new AwsError('InvalidParameterException', 'Services cannot be empty.')
      }
      if (input.services.length > 10) {
        throw new AwsError('InvalidParameterException', 'services can have at most 10 items.')
      }
      const includeTags = input.include?.includes('TAGS') ?? false
      const services: Record<string, unknown>[] = []
      const failures: { arn: string; reason: string }[] = []
      for (const ref of input.services) {
        const svc = this.findService(cluster, ref)
        if (!svc) {
          failures.push({
            arn: ref.startsWith('arn:') ? ref : this.arn(`service/${cluster.name}/${ref}`),
            reason: 'MISSING'
          })
          continue
        }
        this.advance(svc, ctx.now)
        services.push(this.serviceWire(svc, includeTags))
      }
      return { services, failures }
    }),

    ListServices: handler<ListServicesInput>((input) => {
      const cluster = this.resolveCluster(input.cluster)
      // Model doc: maxResults "can be between 1 and 100"; without it, up to 10 results.
      const max = input.maxResults ?? 10
      if (max < 1 || max > 100) {
        throw new AwsError('InvalidParameterException', 'maxResults must be between 1 and 100.')
      }
      const start =
        input.nextToken === undefined ? 0 : this.decodeToken(input.nextToken, cluster.name)
      const arns = [...cluster.services.values()]
        .filter((s) => s.status !== 'INACTIVE')
        .filter((s) => {
          if (input.launchType === undefined) return true
          const td = this.findTaskDefinition(s.deployments[0]?.taskDefinition ?? '')
          return input.launchType === (td?.networkMode === 'awsvpc' ? 'FARGATE' : 'EC2')
        })
        // Every emulated service is a REPLICA service.
        .filter(() => input.schedulingStrategy !== 'DAEMON')
        .map((s) => s.serviceArn)
      const page = arns.slice(start, start + max)
      const next =
        start + max < arns.length ? this.encodeToken(start + max, cluster.name) : undefined
      return { serviceArns: page, ...(next ? { nextToken: next } : {}) }
    }),

    ListClusters: handler<ListClustersInput>((input) => {
      // Model doc: maxResults "can be between 1 and 100"; without it, up to 100 results.
      const max = input.maxResults ?? 100
      if (max < 1 || max > 100) {
        throw new AwsError('InvalidParameterException', 'maxResults must be between 1 and 100.')
      }
      // '*' cannot start a cluster name, so these tokens never pass for a ListServices one.
      const start =
        input.nextToken === undefined ? 0 : this.decodeToken(input.nextToken, LIST_CLUSTERS_KEY)
      const arns = [...this.clusters.values()].map((c) => c.arn)
      const page = arns.slice(start, start + max)
      const next =
        start + max < arns.length ? this.encodeToken(start + max, LIST_CLUSTERS_KEY) : undefined
      return { clusterArns: page, ...(next ? { nextToken: next } : {}) }
    }),

    DescribeTaskDefinition: handler<DescribeTaskDefinitionInput>((input) => {
      const td = this.findTaskDefinition(input.taskDefinition)
      if (!td) throw new AwsError('ClientException', 'Unable to describe task definition.')
      return {
        taskDefinition: this.taskDefinitionWire(td),
        ...(input.include?.includes('TAGS') ? { tags: [] } : {})
      }
    }),

    DescribeServiceDeployments: handler<DescribeServiceDeploymentsInput>((input, ctx) => {
      const arns = [...new Set(input.serviceDeploymentArns)]
      this.checkArnCount(input.serviceDeploymentArns, 'serviceDeploymentArns')
      const found: { svc: ServiceState; sd: ServiceDeploymentState }[] = []
      const failures: { arn: string; reason: string }[] = []
      for (const arn of arns) {
        const entry = this.deploymentIndex.get(arn)
        if (entry) found.push(entry)
        else failures.push({ arn, reason: 'MISSING' })
      }
      const services = [...new Set(found.map((e) => e.svc))]
      for (const svc of services) this.advance(svc, ctx.now)
      const serviceDeployments = found.map((e) => this.serviceDeploymentWire(e.svc, e.sd))
      // 'observe' mode: what this call showed is one observation of each deployment it
      // included; the next call sees the next phase.
      for (const { svc, sd } of found) {
        if (svc.progress === 'observe') this.observe(svc, ctx.now, [sd])
      }
      return { serviceDeployments, failures }
    }),

    ListServiceDeployments: handler<ListServiceDeploymentsInput>((input, ctx) => {
      const cluster = this.resolveCluster(input.cluster)
      const svc = this.findService(cluster, input.service)
      if (!svc) throw new AwsError('ServiceNotFoundException', 'Service not found.')
      // Model doc: maxResults "can be between 1 and 100"; without it, up to 20 results.
      const max = input.maxResults ?? 20
      if (max < 1 || max > 100) {
        throw new AwsError('InvalidParameterException', 'maxResults must be between 1 and 100.')
      }
      this.advance(svc, ctx.now)
      const key = `${cluster.name}/${svc.serviceName}`
      const start = input.nextToken === undefined ? 0 : this.decodeToken(input.nextToken, key)
      const after = input.createdAt?.after
      const before = input.createdAt?.before
      const matching = svc.serviceDeployments.filter(
        (sd) =>
          (input.status === undefined ||
            input.status.length === 0 ||
            input.status.includes(sd.status)) &&
          (after === undefined || sd.createdAt >= after * 1000) &&
          (before === undefined || sd.createdAt <= before * 1000)
      )
      const page = matching.slice(start, start + max)
      const next = start + max < matching.length ? this.encodeToken(start + max, key) : undefined
      return {
        serviceDeployments: page.map((sd) => this.serviceDeploymentBrief(svc, sd)),
        ...(next ? { nextToken: next } : {})
      }
    }),

    DescribeServiceRevisions: handler<DescribeServiceRevisionsInput>((input) => {
      this.checkArnCount(input.serviceRevisionArns, 'serviceRevisionArns')
      const serviceRevisions: Record<string, unknown>[] = []
      const failures: { arn: string; reason: string }[] = []
      for (const arn of new Set(input.serviceRevisionArns)) {
        const entry = this.revisionIndex.get(arn)
        if (entry) serviceRevisions.push(this.serviceRevisionWire(entry.svc, entry.revision))
        else failures.push({ arn, reason: 'MISSING' })
      }
      return { serviceRevisions, failures }
    }),

    /**
     * API reference and guide "Stopping Amazon ECS service deployments" (AWS-FACTS): ROLLBACK
     * rolls back to the previous service revision, even without the rollback option
     * configured; accepted while PENDING or IN_PROGRESS; a stop or rollback already under way
     * continues; a finished deployment cannot be stopped (undoing it takes an UpdateService).
     * ABORT stops it where it is. The model gives no default stopType; the emulator takes
     * ROLLBACK, the one the guide documents.
     */
    StopServiceDeployment: handler<StopServiceDeploymentInput>((input, ctx) => {
      const entry = this.deploymentIndex.get(input.serviceDeploymentArn)
      if (!entry)
        throw new AwsError(
          'ServiceDeploymentNotFoundException',
          'The service deployment does not exist.'
        )
      const { svc, sd } = entry
      this.advance(svc, ctx.now)
      const stopType = input.stopType ?? 'ROLLBACK'
      if (['STOP_REQUESTED', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS'].includes(sd.status))
        return { serviceDeploymentArn: sd.arn }
      if (sd.status !== 'PENDING' && sd.status !== 'IN_PROGRESS')
        throw new AwsError(
          'ConflictException',
          `The service deployment is ${sd.status} and can no longer be stopped.`
        )
      // A stop is a new instruction: whatever held the deployment no longer does.
      sd.held = false
      sd.hookPaused = false
      if (stopType === 'ROLLBACK') {
        this.rollBack(svc, sd, ctx.now, 'Service deployment rolled back because of a stop request.')
      } else {
        this.stopRequested(svc, sd, ctx.now, sd.arn)
        sd.statusReason = 'Service deployment stopped because of a stop request (ABORT).'
      }
      return { serviceDeploymentArn: sd.arn }
    }),

    UpdateService: handler<UpdateServiceInput>((input, ctx) => {
      const cluster = this.resolveCluster(input.cluster)
      const svc = this.findService(cluster, input.service)
      if (!svc) throw new AwsError('ServiceNotFoundException', 'Service not found.')
      this.advance(svc, ctx.now)
      if (svc.status !== 'ACTIVE') {
        throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.')
      }
      const primary = svc.deployments.find((d) => d.status === 'PRIMARY') ?? svc.deployments[0]
      let tdArn = primary?.taskDefinition ?? ''
      if (input.taskDefinition !== undefined) {
        const td = this.findTaskDefinition(input.taskDefinition)
        if (!td) throw new AwsError('InvalidParameterException', 'TaskDefinition not found.')
        tdArn = td.taskDefinitionArn
      }
      const td = this.findTaskDefinition(tdArn)
      if (input.deploymentController) svc.deploymentController = input.deploymentController.type
      // The whole serviceConnectConfiguration replaces the old one; omitted = unchanged.
      const sc = input.serviceConnectConfiguration ?? primary?.serviceConnectConfiguration
      if (input.serviceConnectConfiguration)
        this.checkServiceConnect(svc, input.serviceConnectConfiguration, td)
      if (input.deploymentConfiguration) {
        svc.deploymentConfiguration = {
          ...svc.deploymentConfiguration,
          ...clone(input.deploymentConfiguration)
        }
      }
      if (input.desiredCount !== undefined) {
        // desiredCount alone does not start a deployment (model doc).
        svc.desiredCount = input.desiredCount
        if (primary) {
          primary.desiredCount = input.desiredCount
          if (primary.rolloutState === 'COMPLETED') primary.runningCount = input.desiredCount
        }
      }
      const network =
        input.networkConfiguration ??
        primary?.networkConfiguration ??
        (td?.networkMode === 'awsvpc' ? this.defaultNetwork() : undefined)
      // Model doc: serviceConnectConfiguration and taskDefinition "trigger a new service deployment".
      const triggers =
        input.serviceConnectConfiguration !== undefined ||
        input.taskDefinition !== undefined ||
        input.networkConfiguration !== undefined ||
        input.forceNewDeployment === true
      if (triggers) {
        const failure = svc.pendingRolloutFailure
        delete svc.pendingRolloutFailure
        this.beginServiceDeployment(
          svc,
          ctx.now,
          {
            taskDefinition: tdArn,
            ...(network ? { networkConfiguration: network } : {}),
            ...(sc ? { serviceConnectConfiguration: sc } : {})
          },
          failure
        )
      }
      return { service: this.serviceWire(svc, false) }
    })
  }

  private checkArnCount(arns: string[], member: string): void {
    if (arns.length === 0) {
      throw new AwsError('InvalidParameterException', `${member} cannot be empty.`)
    }
    if (arns.length > MAX_DESCRIBE_ARNS) {
      throw new AwsError(
        'InvalidParameterException',
        `${member} can have at most ${MAX_DESCRIBE_ARNS} items.`
      )
    }
  }

  private encodeToken(offset: number, cluster: string): string {
    return Buffer.from(JSON.stringify({ o: offset, c: cluster })).toString('base64url')
  }

  private decodeToken(token: string, cluster: string): number {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        'o' in parsed &&
        'c' in parsed &&
        typeof parsed.o === 'number' &&
        parsed.c === cluster
      ) {
        return parsed.o
      }
    } catch {
      // fall through
    }
    throw new AwsError('InvalidParameterException', 'Invalid nextToken.')
  }
}
