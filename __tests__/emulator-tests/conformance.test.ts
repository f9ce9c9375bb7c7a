/**
 * The emulator's own responses must fit the models too: every successful response is checked
 * against its operation's output shape, and every error code against the operation's modelled
 * errors plus the few protocol-level codes AWS sends outside the models.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  DescribeCertificateAuthorityCommand,
  GetCertificateAuthorityCertificateCommand,
  ListTagsCommand
} from '@aws-sdk/client-acm-pca'
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
  ListServicesCommand,
  UpdateServiceCommand
} from '@aws-sdk/client-ecs'
import { GetRoleCommand, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam'
import { DescribeKeyCommand } from '@aws-sdk/client-kms'
import { type Emulator, loadModel, startEmulator, validateShape } from '../emulator/index.js'
import { manualClock, type SdkClients, sdkClients } from '../emulator/testing.js'

/** Codes AWS returns that no operation models (protocol, auth, throttling, validation). */
const UNMODELLED = new Set([
  'ThrottlingException',
  'Throttling',
  'AccessDeniedException',
  'AccessDenied',
  'SerializationException',
  'ValidationException',
  'ValidationError',
  'InternalFailure',
  'MissingAuthenticationTokenException',
  'UnknownOperationException',
  'InvalidNextTokenException'
])

let emu: Emulator
let aws: SdkClients
// The test moves this clock, so the mid-rollout and rolled-back shapes are always both checked.
const clock = manualClock()
const ROLLOUT_MS = 30

beforeAll(async () => {
  emu = await startEmulator({ rolloutMs: ROLLOUT_MS, clock: clock.now })
  aws = sdkClients(emu, { maxAttempts: 1 })
})
afterAll(async () => {
  aws.destroy()
  await emu.close()
})

const ignore = async (p: Promise<unknown>): Promise<void> => {
  await p.catch(() => undefined)
}

test('every response the emulator sent fits the model', async () => {
  const sc = {
    enabled: true,
    namespace: 'demo',
    services: [
      {
        portName: 'http',
        clientAliases: [
          { port: 80, testTrafficRules: { header: { name: 'x', value: { exact: 'y' } } } }
        ],
        timeout: { idleTimeoutSeconds: 10 }
      }
    ],
    logConfiguration: { logDriver: 'awslogs' as const },
    accessLogConfiguration: { format: 'TEXT' as const }
  }
  emu.addService({ cluster: 'demo', name: 'api', serviceConnectConfiguration: sc, desiredCount: 2 })
  emu.addService({
    cluster: 'demo',
    name: 'flaky',
    serviceConnectConfiguration: sc,
    rolloutFailure: 'tasks failed to start'
  })
  emu.addService({ cluster: 'demo', name: 'plain' })
  emu.addService({ cluster: 'demo', name: 'bg', deploymentController: 'CODE_DEPLOY' })
  emu.addService({
    cluster: 'demo',
    name: 'canary',
    serviceConnectConfiguration: sc,
    deploymentConfiguration: {
      strategy: 'CANARY',
      bakeTimeInMinutes: 1,
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
      lifecycleHooks: [
        {
          hookTargetArn: 'arn:aws:lambda:us-east-1:111122223333:function:hook',
          roleArn: 'arn:aws:iam::111122223333:role/hook',
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
          hookDetails: { check: 'smoke' }
        }
      ]
    },
    progress: 'observe'
  })
  emu.addService({
    cluster: 'demo',
    name: 'stopper',
    serviceConnectConfiguration: sc,
    rolloutFailure: 'tasks failed to start',
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    progress: 'manual'
  })
  const root = await emu.addCertificateAuthority()
  const sub = await emu.addCertificateAuthority({
    type: 'SUBORDINATE',
    keyAlgorithm: 'RSA_2048',
    tags: {}
  })
  const pending = await emu.addCertificateAuthority({ status: 'PENDING_CERTIFICATE' })
  const failed = await emu.addCertificateAuthority({ status: 'FAILED' })
  const deleted = await emu.addCertificateAuthority({ status: 'DELETED' })
  const keys = [
    emu.addKmsKey(),
    emu.addKmsKey({ keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' }),
    emu.addKmsKey({ keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }),
    emu.addKmsKey({ keySpec: 'ML_DSA_65', keyUsage: 'SIGN_VERIFY' }),
    emu.addKmsKey({ keyState: 'PendingDeletion', enabled: false })
  ]
  emu.addRole({ name: 'infra' })

  const describeAll = () =>
    aws.ecs.send(
      new DescribeServicesCommand({
        cluster: 'demo',
        services: ['api', 'flaky', 'plain', 'bg', 'ghost'],
        include: ['TAGS']
      })
    )
  await describeAll()
  await aws.ecs.send(new ListServicesCommand({ cluster: 'demo', maxResults: 2 }))
  await aws.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: 'api', include: ['TAGS'] })
  )
  const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: root.arn } }
  const enableTls = async (...names: string[]): Promise<void> => {
    for (const name of names) {
      await aws.ecs.send(
        new UpdateServiceCommand({
          cluster: 'demo',
          service: name,
          serviceConnectConfiguration: { ...sc, services: sc.services.map((s) => ({ ...s, tls })) }
        })
      )
    }
  }
  await enableTls('api', 'flaky')
  await describeAll() // mid-rollout
  clock.advance(ROLLOUT_MS)
  await describeAll() // 'flaky' failed and is rolling back
  clock.advance(ROLLOUT_MS)
  const settled = await describeAll()
  expect(settled.services?.map((s) => s.deployments?.length)).toEqual([1, 1, 1, 1])
  // Service deployments in every status the emulator produces, and their revisions.
  await enableTls('canary', 'stopper')
  emu.startDeployment('demo', 'stopper') // supersedes: STOP_REQUESTED
  emu.settle('demo', 'stopper')
  const arns = new Set<string>()
  const revisionArns = new Set<string>()
  for (const name of ['api', 'flaky', 'plain', 'canary', 'stopper']) {
    const listed = await aws.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: 'demo', service: name, maxResults: 1 })
    )
    for (const d of listed.serviceDeployments ?? []) arns.add(d.serviceDeploymentArn ?? '')
    for (const d of emu.service('demo', name).serviceDeployments) arns.add(d.arn)
  }
  for (let i = 0; i < 20; i++) {
    const out = await aws.ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [...arns].slice(0, 20) })
    )
    for (const d of out.serviceDeployments ?? []) {
      if (d.targetServiceRevision?.arn) revisionArns.add(d.targetServiceRevision.arn)
    }
  }
  await aws.ecs.send(
    new DescribeServiceDeploymentsCommand({
      serviceDeploymentArns: ['arn:aws:ecs:us-east-1:111122223333:service-deployment/demo/api/x']
    })
  )
  await aws.ecs.send(
    new DescribeServiceRevisionsCommand({
      serviceRevisionArns: [
        ...revisionArns,
        'arn:aws:ecs:us-east-1:111122223333:service-revision/x'
      ]
    })
  )
  await ignore(
    aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'ghost' }))
  )
  await ignore(aws.ecs.send(new UpdateServiceCommand({ cluster: 'demo', service: 'ghost' })))
  await ignore(aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'ghost' })))

  for (const ca of [root, sub, pending, failed, deleted]) {
    await aws.pca.send(new DescribeCertificateAuthorityCommand({ CertificateAuthorityArn: ca.arn }))
    await ignore(
      aws.pca.send(
        new GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: ca.arn })
      )
    )
    await aws.pca.send(new ListTagsCommand({ CertificateAuthorityArn: ca.arn }))
  }
  for (const key of keys) await aws.kms.send(new DescribeKeyCommand({ KeyId: key }))
  await ignore(aws.kms.send(new DescribeKeyCommand({ KeyId: 'alias/ghost' })))
  await aws.iam.send(new GetRoleCommand({ RoleName: 'infra' }))
  await aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'infra' }))
  await ignore(aws.iam.send(new GetRoleCommand({ RoleName: 'ghost' })))

  expect(emu.callCount()).toBeGreaterThan(30)
  for (const call of emu.calls) {
    const model = loadModel(call.service)
    const op = model.operations[call.operation]
    expect(op).toBeDefined()
    if (!op) continue
    if (call.errorCode === undefined) {
      // JSON round trip: exactly what went over the wire (awsJson); IAM's XML is built from the same value.
      const wire: unknown = JSON.parse(JSON.stringify(call.output))
      const issues = validateShape(model, op.output, wire)
      expect({ call: `${call.service}:${call.operation}`, issues }).toEqual({
        call: `${call.service}:${call.operation}`,
        issues: []
      })
    } else {
      const modelled = op.errors.map((e) => {
        const shape = model.shapes[e]
        return model.protocol === 'awsQuery' && shape?.type === 'structure' && shape.awsQueryError
          ? shape.awsQueryError.code
          : e
      })
      expect([...modelled, ...UNMODELLED]).toContain(call.errorCode)
    }
  }
})
