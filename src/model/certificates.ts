/** The certificate secrets ECS keeps per service, and what the checks made of them. Types only. */
import type { Finding } from './findings.js'

/** Summary of one service, worst first: the first that applies wins. */
export type CertificateStatus =
  | 'missing'
  | 'stale'
  | 'rotation-disabled'
  | 'rotation-overdue'
  | 'replicated'
  | 'pending'
  | 'deploying'
  | 'issued'

/** A service whose certificates are checked, and when its TLS deployment completed. */
export interface ServiceTlsDeployment {
  name: string
  serviceArn: string
  /** When the deployment that turned TLS on completed; absent while it is still in progress. */
  completedAt?: Date
}

/** One `ecs-sc!*` secret's metadata (never its value). */
export interface CertificateSecret {
  name: string
  arn: string
  createdAt?: Date
  lastRotatedAt?: Date
  nextRotationAt?: Date
  rotationEnabled: boolean
  /** Regions the secret is replicated to (DescribeSecret's ReplicationStatus). */
  replicaRegions: string[]
}

export interface ServiceCertificates {
  service: string
  serviceArn: string
  status: CertificateStatus
  deploymentCompletedAt?: string
  secrets: CertificateSecret[]
  findings: Finding[]
}

/** The certificate secrets as read: reports per service, or why they could not be read. */
export interface CertificateRead {
  reports: ServiceCertificates[]
  /** Set when the secrets could not be read at all. */
  finding?: Finding
}
