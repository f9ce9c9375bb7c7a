/**
 * What the service deployment tests (deployments.test.ts, scenarios.test.ts) share: the
 * Service Connect configurations they move between, and the calls they make through the real
 * @aws-sdk/client-ecs to start a deployment and read it back.
 */
import {
  DescribeServiceDeploymentsCommand,
  type ServiceConnectConfiguration,
  type ServiceDeployment,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import type { Emulator, ServiceSeedInput } from '../emulator/index.js'
import type { SdkClients } from '../emulator/testing.js'

export const CA_ARN =
  'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'

/** Service Connect without TLS: what a seeded service starts with. */
export const plain: ServiceConnectConfiguration = {
  enabled: true,
  namespace: 'demo',
  services: [{ portName: 'http', clientAliases: [{ port: 80 }] }]
}

/** The same with TLS issued by CA_ARN. */
export const withTls: ServiceConnectConfiguration = {
  ...plain,
  services: [
    {
      portName: 'http',
      clientAliases: [{ port: 80 }],
      tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: CA_ARN } }
    }
  ]
}

/** UpdateService to `withTls`; returns the service deployment it started. */
export async function enableTls(clients: SdkClients, service = 'api'): Promise<string> {
  const out = await clients.ecs.send(
    new UpdateServiceCommand({
      cluster: 'demo',
      service,
      serviceConnectConfiguration: withTls
    })
  )
  const arn = out.service?.currentServiceDeployment
  if (arn === undefined) throw new Error('UpdateService returned no currentServiceDeployment')
  return arn
}

export async function describeDeployment(
  clients: SdkClients,
  arn: string
): Promise<ServiceDeployment> {
  const out = await clients.ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })
  )
  const sd = out.serviceDeployments?.[0]
  if (!sd) throw new Error(`no service deployment ${arn}`)
  return sd
}

/** Seeds service demo/api with `plain` Service Connect, plus `seed` (strategy, failures...). */
export function addApi(
  emulator: Emulator,
  seed: Omit<ServiceSeedInput, 'cluster' | 'name' | 'serviceConnectConfiguration'> = {}
): string {
  return emulator.addService({
    cluster: 'demo',
    name: 'api',
    serviceConnectConfiguration: plain,
    ...seed
  })
}
