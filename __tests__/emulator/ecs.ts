/**
 * Emulated Amazon ECS: clusters, task definitions and services with deployments.
 *
 * Rollouts advance lazily: each read compares the clock with the deployment's settle time and
 * applies the transitions that are due, stamped with the time they were due. No timers run,
 * so nothing leaks between tests and the order of events never depends on scheduling.
 */
import { cloudMapServiceId, deploymentId, taskId, uuid } from './ids.js'
import { AwsError, epochSeconds, handler, type Handler } from './protocol.js'
import type {
  DeploymentConfiguration,
  DeploymentControllerType,
  DeploymentState,
  NetworkConfiguration,
  NetworkMode,
  PortMapping,
  ServiceConnectConfiguration,
  ServiceState,
  ServiceStatus,
  TaskDefinitionState
} from './ecs-types.js'

export interface EcsSettings {
  region: string
  accountId: string
  rolloutMs: number
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
}

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
interface DescribeTaskDefinitionInput {
  taskDefinition: string
  include?: string[]
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

const MAX_EVENTS = 100

/** Circuit breaker failure threshold: half the desired count, at least 3, at most 200 (ECS developer guide, "deployment circuit breaker"). */
const failureThreshold = (desired: number): number =>
  Math.min(200, Math.max(3, Math.ceil(desired / 2)))

const clone = <T>(v: T): T => structuredClone(v)

export class EcsBackend {
  private readonly clusters = new Map<string, ClusterState>()
  private readonly taskDefinitions = new Map<string, TaskDefinitionState[]>()

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
    const now = this.clock()
    const desired = seed.desiredCount ?? 1
    const id = deploymentId()
    const networkConfiguration = td?.networkMode === 'awsvpc' ? this.defaultNetwork() : undefined
    const name = seed.name
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
      settlesAt: now
    }
    const service: ServiceState = {
      serviceName: name,
      serviceArn: this.arn(`service/${cluster.name}/${name}`),
      clusterArn: cluster.arn,
      clusterName: cluster.name,
      status: seed.status ?? 'ACTIVE',
      desiredCount: desired,
      deploymentController: seed.deploymentController ?? 'ECS',
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: true, rollback: true },
        maximumPercent: 200,
        minimumHealthyPercent: 100
      },
      events: [],
      deployments: [deployment],
      createdAt: now,
      ...(seed.rolloutFailure !== undefined ? { pendingRolloutFailure: seed.rolloutFailure } : {}),
      lastCompleted: {
        id,
        taskDefinition: tdArn,
        ...(networkConfiguration ? { networkConfiguration } : {}),
        ...(sc ? { serviceConnectConfiguration: clone(sc) } : {})
      }
    }
    this.event(service, now, `(service ${name}) has reached a steady state.`)
    cluster.services.set(name, service)
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

  private startDeployment(
    svc: ServiceState,
    at: number,
    config: {
      taskDefinition: string
      networkConfiguration?: NetworkConfiguration
      serviceConnectConfiguration?: ServiceConnectConfiguration
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
      ...(failureReason !== undefined ? { failureReason } : {})
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

  /** Applies every rollout transition due by `now`, each stamped with its own due time. */
  private advance(svc: ServiceState, now: number): void {
    for (;;) {
      const primary = svc.deployments.find((d) => d.status === 'PRIMARY')
      if (!primary || primary.rolloutState !== 'IN_PROGRESS' || now < primary.settlesAt) return
      const at = primary.settlesAt
      const name = svc.serviceName
      if (primary.failureReason === undefined) {
        const stopped = svc.deployments
          .filter((d) => d !== primary)
          .reduce((n, d) => n + d.runningCount, 0)
        Object.assign(primary, {
          rolloutState: 'COMPLETED',
          rolloutStateReason: `ECS deployment ${primary.id} completed.`,
          runningCount: primary.desiredCount,
          pendingCount: 0,
          updatedAt: at
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
          taskDefinition: primary.taskDefinition,
          ...(primary.networkConfiguration
            ? { networkConfiguration: clone(primary.networkConfiguration) }
            : {}),
          ...(primary.serviceConnectConfiguration
            ? { serviceConnectConfiguration: clone(primary.serviceConnectConfiguration) }
            : {})
        }
        continue
      }
      // Accept either "tasks failed to start" or the full "ECS deployment circuit breaker: ..." text.
      const reason = primary.failureReason
        .replace(/^ECS deployment circuit breaker:\s*/i, '')
        .replace(/\.$/, '')
      const breaker = svc.deploymentConfiguration.deploymentCircuitBreaker
      primary.failedTasks = failureThreshold(primary.desiredCount)
      primary.runningCount = 0
      primary.updatedAt = at
      if (!breaker?.enable) {
        // Without the circuit breaker ECS keeps retrying: the rollout never settles.
        primary.settlesAt = Number.POSITIVE_INFINITY
        return
      }
      // Model doc (Deployment.rolloutState): with the circuit breaker on, a deployment that
      // cannot reach steady state becomes FAILED and launches no new tasks.
      Object.assign(primary, {
        rolloutState: 'FAILED',
        rolloutStateReason: `ECS deployment circuit breaker: ${reason}.`,
        pendingCount: 0
      })
      // Event texts as real services show them, e.g.
      // "(service x) (deployment ecs-svc/...) deployment failed: tasks failed to start."
      // "(service x) rolling back to deployment ecs-svc/...".
      this.event(
        svc,
        at,
        `(service ${name}) (deployment ${primary.id}) deployment failed: ${reason}.`
      )
      if (breaker.rollback) {
        // Rollback = a new PRIMARY deployment with the last completed configuration.
        this.event(svc, at, `(service ${name}) rolling back to deployment ${svc.lastCompleted.id}.`)
        this.startDeployment(svc, at, svc.lastCompleted, undefined)
      }
    }
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

    DescribeTaskDefinition: handler<DescribeTaskDefinitionInput>((input) => {
      const td = this.findTaskDefinition(input.taskDefinition)
      if (!td) throw new AwsError('ClientException', 'Unable to describe task definition.')
      return {
        taskDefinition: this.taskDefinitionWire(td),
        ...(input.include?.includes('TAGS') ? { tags: [] } : {})
      }
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
        this.startDeployment(
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
