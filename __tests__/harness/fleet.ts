/**
 * A sample cluster for the emulator, shared by the end-to-end tests, the demo and the
 * benchmark: services with rich Service Connect configurations, a CA, a KMS key and a role.
 */
import type { ServiceConnectConfiguration } from '@aws-sdk/client-ecs'
import type { Emulator, TaskDefinitionSeed } from '../emulator/index.js'

export const NAMESPACE_ARN =
  'arn:aws:servicediscovery:us-east-1:111122223333:namespace/ns-demo0123456789'

/** Uses every member a careless round trip could lose (access logs, test traffic rules, ...). */
export function richConfiguration(name: string): ServiceConnectConfiguration {
  return {
    enabled: true,
    namespace: NAMESPACE_ARN,
    services: [
      {
        portName: 'http',
        discoveryName: name,
        clientAliases: [
          {
            port: 80,
            dnsName: `${name}.internal`,
            testTrafficRules: { header: { name: 'x-canary', value: { exact: 'true' } } }
          }
        ],
        ingressPortOverride: 8080,
        timeout: { idleTimeoutSeconds: 120, perRequestTimeoutSeconds: 30 }
      },
      { portName: 'grpc', discoveryName: `${name}-grpc`, clientAliases: [{ port: 9090 }] }
    ],
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/service-connect',
        'awslogs-region': 'us-east-1',
        'awslogs-stream-prefix': name
      }
    },
    accessLogConfiguration: { format: 'JSON', includeQueryParameters: 'ENABLED' }
  }
}

/**
 * A key policy like the ECS guide's example for Service Connect TLS: the account may manage the
 * key through IAM, and the infrastructure role may use it (the managed policy grants no KMS action).
 */
export function keyPolicyFor(roleArn: string, accountId = '111122223333'): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*'
      },
      {
        Sid: 'Allow the ECS infrastructure role to use the key',
        Effect: 'Allow',
        Principal: { AWS: roleArn },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair'],
        Resource: '*'
      }
    ]
  }
}

export interface Fleet {
  cluster: string
  caArn: string
  caCertificatePem: string
  kmsKey: string
  roleArn: string
  services: string[]
}

export interface FleetOptions {
  cluster?: string
  /** Services with Service Connect; default ['api', 'web']. */
  services?: string[]
  /** Services without Service Connect. */
  withoutServiceConnect?: string[]
}

/** The sample cluster of `npm run demo` and `npm run emulator`. */
export const DEMO_FLEET: FleetOptions = { services: ['api', 'web', 'worker'] }

export async function seedFleet(emulator: Emulator, options: FleetOptions = {}): Promise<Fleet> {
  const cluster = options.cluster ?? 'demo'
  emulator.addCluster(cluster)
  const services = options.services ?? ['api', 'web']
  for (const name of services)
    emulator.addService({ cluster, name, serviceConnectConfiguration: richConfiguration(name) })
  for (const name of options.withoutServiceConnect ?? []) emulator.addService({ cluster, name })
  const ca = await emulator.addCertificateAuthority({ commonName: 'Demo Service Connect CA' })
  const roleArn = emulator.addRole({ name: 'ecsInfrastructureRoleForServiceConnectTLS' })
  const kmsKey = emulator.addKmsKey({ policy: keyPolicyFor(roleArn) })
  return { cluster, caArn: ca.arn, caCertificatePem: ca.certificatePem, kmsKey, roleArn, services }
}

/** Adds service `bridged` (rich configuration) on a bridge-mode task definition with these ports. */
export function addBridgedService(
  emulator: Emulator,
  fleet: Fleet,
  portMappings: NonNullable<TaskDefinitionSeed['portMappings']>
): string {
  const taskDefinition = emulator.addTaskDefinition({
    family: 'bridged',
    networkMode: 'bridge',
    portMappings
  })
  return emulator.addService({
    cluster: fleet.cluster,
    name: 'bridged',
    taskDefinition,
    serviceConnectConfiguration: richConfiguration('bridged')
  })
}

/** The inputs for an apply over a fleet, polling fast so tests do not idle. */
export function applyInputs(
  fleet: Fleet,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    cluster: fleet.cluster,
    service: fleet.services.join('\n'),
    'ca-arn': fleet.caArn,
    'kms-key': fleet.kmsKey,
    'role-arn': fleet.roleArn,
    'wait-poll-seconds': '1',
    ...extra
  }
}

export interface TlsSeed {
  caArn: string
  kmsKey?: string
  roleArn: string
}

/** A rich configuration whose listed ports already have TLS (as a previous apply leaves it). */
export function configurationWithTls(
  name: string,
  tlsByPort: Record<string, TlsSeed>
): ServiceConnectConfiguration {
  const config = richConfiguration(name)
  return {
    ...config,
    services: config.services?.map((entry) => {
      const seed = tlsByPort[entry.portName ?? '']
      if (!seed) return entry
      return {
        ...entry,
        tls: {
          issuerCertificateAuthority: { awsPcaAuthorityArn: seed.caArn },
          ...(seed.kmsKey ? { kmsKey: seed.kmsKey } : {}),
          roleArn: seed.roleArn
        }
      }
    })
  }
}
