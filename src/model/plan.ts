/** What a run would change: the desired TLS, each service's plan, and what blocks a run. Types only. */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'

/**
 * The TLS settings a run asks for. `kmsKey`: that customer key; `awsOwnedKey`: an AWS-owned key
 * on purpose; neither: each port keeps the customer key it already has (AWS-owned where none),
 * so an empty input never downgrades a port from a customer key.
 */
export interface DesiredTls {
  caArn: string
  kmsKey?: string
  awsOwnedKey?: boolean
  roleArn: string
}

/** A flat view of one entry's TLS block, for comparisons and reports. */
export interface TlsView {
  caArn: string
  kmsKey?: string
  roleArn?: string
}

export interface PortChange {
  portName: string
  before?: TlsView
  after?: TlsView
  changed: boolean
}

export interface ServicePlan {
  name: string
  serviceArn?: string
  /** Why this service cannot be planned; nothing is written for it. */
  error?: string
  ports: PortChange[]
  before?: ServiceConnectConfiguration
  after?: ServiceConnectConfiguration
  changed: boolean
}

/** A service that stops the whole run, and why. */
export interface Blocker {
  service: string
  reason: string
}
