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

export interface DeploymentConfiguration {
  deploymentCircuitBreaker?: { enable: boolean; rollback: boolean }
  maximumPercent?: number
  minimumHealthyPercent?: number
  [member: string]: unknown
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
  /** Config of the last deployment that completed; the circuit breaker rolls back to it. */
  lastCompleted: {
    id: string
    taskDefinition: string
    networkConfiguration?: NetworkConfiguration
    serviceConnectConfiguration?: ServiceConnectConfiguration
  }
}
