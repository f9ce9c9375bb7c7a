/**
 * What a run reads, live or from files: the services it works on, and the shared resources
 * (CA, KMS key, role) with an explicit "not read, and why" where a read did not happen.
 * Types only; the read stage fills them in, the checks and the plan judge them.
 */
import type { Service, ServiceConnectConfiguration, TaskDefinition } from '@aws-sdk/client-ecs'
import type { KeyMetadata } from '@aws-sdk/client-kms'
import type { Finding } from './findings.js'

/** Why something the checks need was not read. */
export interface NotRead {
  /** `denied`: the caller may not read it (the check is skipped); `failed`: the read failed. */
  reason: 'denied' | 'failed'
  /** What was not read, as a sentence subject: "The KMS key". */
  what: string
  /** The permission that would let the caller read it. */
  permission: string
  /** The error, as the user should see it. */
  error: string
}

/** A value that was read, or why it was not. */
export type Read<T> = { ok: true; value: T } | { ok: false; notRead: NotRead }

/** One requested service as read: `service` is absent when ECS reported it missing. */
export interface ServiceRead {
  name: string
  service?: Service
}

/** Why a requested service cannot be worked on. */
export type ProblemCode =
  | 'service-missing'
  | 'service-inactive'
  | 'no-service-connect'
  | 'no-service-entries'
  | 'unknown-port'

/** A service ready to work on (its configuration and the chosen ports), or why not. */
export type Target =
  | {
      ok: true
      name: string
      serviceArn: string
      service: Service
      config: ServiceConnectConfiguration
      chosen: ReadonlySet<string>
    }
  | { ok: false; name: string; serviceArn?: string; code: ProblemCode; reason: string }

export type ReadyTarget = Extract<Target, { ok: true }>

/** What a certificate says about itself, read from its PEM. */
export interface CertificateInfo {
  subject: string
  issuer: string
  serialNumber: string
  notBefore: string
  notAfter: string
  fingerprintSha256: string
}

/** The certificate authority as read from ACM-PCA. */
export interface CaDetails extends CertificateInfo {
  arn: string
  certificatePem: string
  chainPem: string
  status: string
  type: string
  usageMode: string
  keyAlgorithm: string
  ownerAccount?: string
  /** Absent when the tags could not be read. */
  tags?: Record<string, string>
}

export interface RoleFacts {
  /** The trust policy as JSON text (IAM returns it URL-encoded). */
  trustPolicy: string
  attachedPolicyArns: string[]
}

/** allowed, explicitDeny or implicitDeny (IAM PolicyEvaluationDecisionType). */
export type Decision = string

/**
 * The shared resources as read. A member is absent when the run does not read it (no such
 * input, or a mode that does not look at it); `Read` says what happened otherwise.
 */
export interface SharedFacts {
  ca?: Read<CaDetails>
  caTags?: Read<Record<string, string>>
  key?: Read<KeyMetadata | undefined>
  keyPolicy?: Read<string | undefined>
  role?: Read<RoleFacts>
  /** The simulator's decisions for the role on the KMS key and on the CA, by action. */
  kmsSimulation?: Read<Map<string, Decision>>
  caSimulation?: Read<Map<string, Decision>>
  /** The root of each other CA that ports of a namespace would keep, by CA ARN. */
  otherRoots?: Map<string, Read<string>>
  /** The cluster's Region and account (from its ARN, or any service ARN read). */
  clusterRegion?: string
  clusterAccount?: string
}

/** The services' part of what was read. */
export interface ServiceFacts {
  targets: Target[]
  /** Each service's task definition, by ARN (absent: not read, e.g. file mode). */
  taskDefinitions?: Map<string, Read<TaskDefinition | undefined>>
  /** `service: '*'`: how many services the cluster listed before the Service Connect filter. */
  listed?: number
}

/** Everything read, before any check has looked at it. */
export interface Facts extends ServiceFacts {
  shared: SharedFacts
}

/** What the checks made of the facts: the world the plan and the verdicts work on. */
export interface World {
  targets: Target[]
  ca?: CaDetails
  /** About the CA, KMS key and role. */
  sharedFindings: Finding[]
  /** Findings per service name. */
  serviceFindings: Map<string, Finding[]>
  /** `service: '*'`: how many services the cluster listed before the Service Connect filter. */
  listed?: number
}
