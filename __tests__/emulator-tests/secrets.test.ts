/**
 * Emulated Secrets Manager, and the emulated ECS creating the Service Connect TLS certificate
 * secrets: what the SDK sees through ListSecrets and DescribeSecret, and that every response
 * fits the Secrets Manager model.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { DescribeServicesCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import {
  DescribeSecretCommand,
  ListSecretsCommand,
  type ListSecretsCommandInput,
  paginateListSecrets
} from '@aws-sdk/client-secrets-manager'
import {
  DAY_MS,
  type Emulator,
  loadModel,
  startEmulator,
  validateShape
} from '../emulator/index.js'
import { rawJson, type SdkClients, sdkClients, waitFor } from '../emulator/testing.js'

let emu: Emulator
let aws: SdkClients
let caArn: string

const ECS_FILTERS = (serviceArn: string): ListSecretsCommandInput['Filters'] => [
  { Key: 'name', Values: ['ecs-sc!'] },
  { Key: 'tag-key', Values: ['AmazonECSCreated'] },
  { Key: 'tag-value', Values: [serviceArn] }
]

function tlsConfig(ca: string) {
  return {
    enabled: true,
    services: [
      { portName: 'http', tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: ca } } }
    ]
  }
}

/** Service Connect on port `http`, without TLS. */
const WITHOUT_TLS = { enabled: true, services: [{ portName: 'http' }] }

/** Seeds demo/`name` already running TLS (issued by the test's CA); returns its ARN. */
const seedWithTls = (name = 'api'): string =>
  emu.addService({ cluster: 'demo', name, serviceConnectConfiguration: tlsConfig(caArn) })

/** UpdateService: turns TLS (issued by `ca`) on for demo/`service`. */
async function updateToTls(clients: SdkClients, ca: string, service = 'api'): Promise<void> {
  await clients.ecs.send(
    new UpdateServiceCommand({
      cluster: 'demo',
      service,
      serviceConnectConfiguration: tlsConfig(ca)
    })
  )
}

beforeEach(async () => {
  emu = await startEmulator({ rolloutMs: 30 })
  aws = sdkClients(emu, { maxAttempts: 1 })
  caArn = (await emu.addCertificateAuthority()).arn
})
afterEach(async () => {
  aws.destroy()
  await emu.close()
})

async function listFor(serviceArn: string, region?: string) {
  const client = region ? sdkClients(emu, { maxAttempts: 1, region }) : aws
  try {
    return (await client.secrets.send(new ListSecretsCommand({ Filters: ECS_FILTERS(serviceArn) })))
      .SecretList
  } finally {
    if (region) client.destroy()
  }
}

describe('secrets ECS creates', () => {
  test('a service seeded with TLS has one tagged, rotating secret; one without TLS has none', async () => {
    const before = Date.now()
    const tlsArn = seedWithTls()
    const plainArn = emu.addService({
      cluster: 'demo',
      name: 'web',
      serviceConnectConfiguration: WITHOUT_TLS
    })

    const list = await listFor(tlsArn)
    expect(list).toHaveLength(1)
    const [secret] = list ?? []
    expect(secret?.Name).toMatch(/^ecs-sc!/)
    expect(secret?.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:111122223333:secret:ecs-sc!/)
    expect(secret?.Tags).toEqual([
      { Key: 'AmazonECSCreated', Value: tlsArn },
      { Key: 'AmazonECSManaged', Value: 'true' }
    ])
    expect(secret?.RotationEnabled).toBe(true)
    expect(secret?.LastRotatedDate).toBeUndefined()
    expect(secret?.CreatedDate?.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(secret?.NextRotationDate?.getTime()).toBe(
      (secret?.CreatedDate?.getTime() ?? 0) + 5 * DAY_MS
    )
    expect(await listFor(plainArn)).toEqual([])

    const described = await aws.secrets.send(new DescribeSecretCommand({ SecretId: secret?.ARN }))
    expect(described.Name).toBe(secret?.Name)
    expect(described.ReplicationStatus).toBeUndefined()
    expect(described.PrimaryRegion).toBe('us-east-1')
  })

  test('a TLS deployment started by UpdateService creates the secret when its new tasks are up', async () => {
    const arn = emu.addService({
      cluster: 'demo',
      name: 'api',
      serviceConnectConfiguration: WITHOUT_TLS
    })
    await updateToTls(aws, caArn)
    await waitFor(async () => {
      const out = await aws.ecs.send(
        new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })
      )
      const [primary] = out.services?.[0]?.deployments ?? []
      return primary?.rolloutState === 'COMPLETED' ? primary : undefined
    })
    const scaledUp = emu
      .deploymentTransitions('demo', 'api')
      .find((t) => t.lifecycleStage === 'POST_SCALE_UP')
    expect(await listFor(arn)).toHaveLength(1)
    expect(emu.certificateSecrets('demo', 'api')[0]?.createdAt).toBe(scaledUp?.at)
  })

  test('no secret before the new tasks are up; it appears once they are, mid-deployment, read or not', async () => {
    // ROLLING: PENDING, PRE_SCALE_UP, SCALE_UP, POST_SCALE_UP, CLEAN_UP share the rollout time.
    const share = 600_000
    const slow = await startEmulator({ rolloutMs: 5 * share })
    const clients = sdkClients(slow, { maxAttempts: 1 })
    try {
      const arn = slow.addService({
        cluster: 'demo',
        name: 'api',
        serviceConnectConfiguration: WITHOUT_TLS
      })
      await updateToTls(clients, caArn)
      const list = async (): Promise<unknown[]> =>
        (await clients.secrets.send(new ListSecretsCommand({ Filters: ECS_FILTERS(arn) })))
          .SecretList ?? []
      slow.passTime(3 * share - 60_000)
      expect(await list()).toEqual([])
      slow.passTime(60_000)
      // No ECS read in between: Secrets Manager settles the due rollout itself.
      expect(await list()).toHaveLength(1)
      expect(slow.certificateSecrets('demo', 'api')).toHaveLength(1)
      expect(slow.service('demo', 'api').deployments[0]?.rolloutState).toBe('IN_PROGRESS')
    } finally {
      clients.destroy()
      await slow.close()
    }
  })

  test('tasks that fail to start (the circuit breaker trips at SCALE_UP) get no secret', async () => {
    const arn = emu.addService({
      cluster: 'demo',
      name: 'api',
      serviceConnectConfiguration: WITHOUT_TLS
    })
    emu.failNextRollout('demo', 'api', 'tasks failed to start')
    await updateToTls(aws, caArn)
    emu.passTime(60_000)
    // The read settles the rollout (ECS advances lazily), then shows no secret.
    expect(await listFor(arn)).toEqual([])
    const statuses = emu.deploymentTransitions('demo', 'api').map((t) => t.status)
    expect(statuses).toContain('ROLLBACK_SUCCESSFUL')
  })

  test('failCertificateIssue: the deployment completes, no secret appears', async () => {
    const seeded = emu.addService({
      cluster: 'demo',
      name: 'api',
      serviceConnectConfiguration: tlsConfig(caArn),
      certificateIssue: 'fail'
    })
    const later = emu.addService({
      cluster: 'demo',
      name: 'web',
      serviceConnectConfiguration: WITHOUT_TLS
    })
    emu.failCertificateIssue('demo', 'web')
    await updateToTls(aws, caArn, 'web')
    emu.passTime(60_000)
    expect(emu.service('demo', 'web').deployments[0]?.rolloutState).toBe('COMPLETED')
    expect(await listFor(seeded)).toEqual([])
    expect(await listFor(later)).toEqual([])
  })
})

describe('rotation on the test clock', () => {
  test('rotates every 5 days; a broken rotation leaves the last good one and a past due date', async () => {
    const arn = seedWithTls()
    const [created] = emu.certificateSecrets('demo', 'api')
    const createdAt = created?.createdAt ?? 0

    emu.passTime(6 * DAY_MS)
    let [secret] = (await listFor(arn)) ?? []
    expect(secret?.CreatedDate?.getTime()).toBe(createdAt - 6 * DAY_MS)
    const firstRotation = createdAt - 6 * DAY_MS + 5 * DAY_MS
    expect(secret?.LastRotatedDate?.getTime()).toBe(firstRotation)
    expect(secret?.NextRotationDate?.getTime()).toBe(firstRotation + 5 * DAY_MS)

    emu.breakCertificateRotation('demo', 'api')
    emu.passTime(6 * DAY_MS)
    ;[secret] = (await listFor(arn)) ?? []
    const shiftedFirst = firstRotation - 6 * DAY_MS
    expect(secret?.LastRotatedDate?.getTime()).toBe(shiftedFirst)
    expect(secret?.NextRotationDate?.getTime()).toBeLessThan(Date.now())
  })
})

describe('replication', () => {
  test('the primary lists its replicas; the replica Region lists the secret with its primary Region', async () => {
    const arn = seedWithTls()
    emu.replicateCertificate('demo', 'api', 'eu-west-1')
    const [secret] = (await listFor(arn)) ?? []
    const described = await aws.secrets.send(new DescribeSecretCommand({ SecretId: secret?.Name }))
    expect(described.ReplicationStatus).toEqual([{ Region: 'eu-west-1', Status: 'InSync' }])

    const [replica] = (await listFor(arn, 'eu-west-1')) ?? []
    expect(replica?.PrimaryRegion).toBe('us-east-1')
    expect(replica?.ARN).toContain(':eu-west-1:')
    expect(await listFor(arn, 'ap-south-1')).toEqual([])
  })
})

describe('ListSecrets filters and paging', () => {
  test('prefix match, negation, and pages that add up to the whole list', async () => {
    const arns = ['a', 'b', 'c'].map((name) => seedWithTls(name))
    const names = async (input: ListSecretsCommandInput): Promise<string[]> => {
      const out: string[] = []
      for await (const page of paginateListSecrets({ client: aws.secrets, pageSize: 2 }, input))
        for (const secret of page.SecretList ?? []) out.push(secret.Name ?? '')
      return out
    }
    expect(await names({ Filters: [{ Key: 'name', Values: ['ecs-sc!'] }] })).toHaveLength(3)
    expect(await names({ Filters: [{ Key: 'name', Values: ['ECS-SC!'] }] })).toEqual([])
    expect(await names({ Filters: [{ Key: 'name', Values: ['!ecs-sc!'] }] })).toEqual([])
    // tag-value is a prefix match: the cluster's service ARN prefix finds all three.
    const prefix = (arns[0] ?? '').slice(0, (arns[0] ?? '').lastIndexOf('/') + 1)
    expect(await names({ Filters: [{ Key: 'tag-value', Values: [prefix] }] })).toHaveLength(3)
    expect(
      await names({ Filters: [{ Key: 'tag-value', Values: [arns[0] ?? '', arns[2] ?? ''] }] })
    ).toHaveLength(2)
  })

  test('errors: unknown secret, bad token, bad filter value, no permission', async () => {
    seedWithTls()
    await expect(
      aws.secrets.send(new DescribeSecretCommand({ SecretId: 'ecs-sc!nothing' }))
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
    await expect(
      aws.secrets.send(new ListSecretsCommand({ NextToken: 'not-a-token' }))
    ).rejects.toMatchObject({ name: 'InvalidNextTokenException' })
    const bad = await rawJson(emu, 'secretsmanager', 'ListSecrets', {
      Filters: [{ Key: 'name', Values: ['has"quote'] }]
    })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('x-amzn-errortype')).toBe('ValidationException')
    emu.denyAccess('secretsmanager', 'ListSecrets')
    await expect(aws.secrets.send(new ListSecretsCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('secretsmanager:ListSecrets') as unknown
    })
  })
})

test('every Secrets Manager response fits the model', async () => {
  seedWithTls()
  emu.replicateCertificate('demo', 'api', 'eu-west-1')
  emu.passTime(11 * DAY_MS)
  const list = await aws.secrets.send(new ListSecretsCommand({ MaxResults: 1 }))
  for (const secret of list.SecretList ?? [])
    await aws.secrets.send(new DescribeSecretCommand({ SecretId: secret.ARN }))
  const model = loadModel('secretsmanager')
  const calls = emu.calls.filter((call) => call.service === 'secretsmanager')
  expect(calls).toHaveLength(2)
  for (const call of calls) {
    const op = model.operations[call.operation]
    const wire: unknown = JSON.parse(JSON.stringify(call.output))
    expect(validateShape(model, op?.output ?? '', wire)).toEqual([])
  }
})
