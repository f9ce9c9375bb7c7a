/**
 * Scripted faults (README "Scripted faults"): an error code from a given moment on, an expired
 * session on every service and protocol, the 1.x-policy denial set, and a throttled share.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  ListServiceDeploymentsCommand,
  ListServicesCommand
} from '@aws-sdk/client-ecs'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import { DescribeKeyCommand } from '@aws-sdk/client-kms'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { rawJson, sdkClients } from '../emulator/testing.js'
import { enableTls, plain } from './deployment-setup.js'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

const outcome = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof Error ? e.name : 'unknown')
  )

describe('failFrom', () => {
  test('an error code on one operation, after n good calls, until cleared', async () => {
    emu = await startEmulator()
    emu.addService({ cluster: 'demo', name: 'api' })
    emu.failFrom('DescribeServices', {
      code: 'ClusterNotFoundException',
      message: 'Cluster not found.',
      after: 2
    })
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const describe = () =>
        outcome(aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })))
      expect([await describe(), await describe(), await describe(), await describe()]).toEqual([
        'ok',
        'ok',
        'ClusterNotFoundException',
        'ClusterNotFoundException'
      ])
      // Other operations are not touched.
      expect(await outcome(aws.ecs.send(new ListServicesCommand({ cluster: 'demo' })))).toBe('ok')
      emu.clearScriptedFaults()
      expect(await describe()).toBe('ok')
    } finally {
      aws.destroy()
    }
  })

  test('expireCredentials: ExpiredTokenException (awsJson, 400) and ExpiredToken (IAM awsQuery, 403), every service', async () => {
    emu = await startEmulator()
    emu.addService({ cluster: 'demo', name: 'api' })
    emu.addRole({ name: 'infra' })
    const key = emu.addKmsKey()
    emu.expireCredentials()
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const expired = 'The security token included in the request is expired'
      await expect(
        aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
      ).rejects.toMatchObject({
        name: 'ExpiredTokenException',
        message: expired,
        $metadata: { httpStatusCode: 400 }
      })
      await expect(aws.kms.send(new DescribeKeyCommand({ KeyId: key }))).rejects.toMatchObject({
        name: 'ExpiredTokenException'
      })
      await expect(aws.iam.send(new GetRoleCommand({ RoleName: 'infra' }))).rejects.toMatchObject({
        name: 'ExpiredToken',
        message: expired,
        $metadata: { httpStatusCode: 403 }
      })
      // The wire shape of an awsJson error.
      const raw = await rawJson(emu, 'ecs', 'ListServices', { cluster: 'demo' })
      expect(raw.status).toBe(400)
      expect(raw.headers.get('x-amzn-errortype')).toBe('ExpiredTokenException')
      expect(raw.body).toEqual({ __type: 'ExpiredTokenException', message: expired })
    } finally {
      aws.destroy()
    }
  })
})

describe('denyServiceDeployments: a role made from the 1.x policies', () => {
  test('the three service-deployment calls are AccessDeniedException naming the resource; DescribeServices still works', async () => {
    emu = await startEmulator()
    emu.addService({ cluster: 'demo', name: 'api', serviceConnectConfiguration: plain })
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const arn = await enableTls(aws)
      emu.denyServiceDeployments()
      await expect(
        aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }))
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 },
        message: `User: arn:aws:sts::111122223333:assumed-role/emulator-caller/session is not authorized to perform: ecs:DescribeServiceDeployments on resource: ${arn} because no identity-based policy allows the ecs:DescribeServiceDeployments action`
      })
      const revision = emu.revisionInForce('demo', 'api').arn
      await expect(
        aws.ecs.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: [revision] }))
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining(`ecs:DescribeServiceRevisions on resource: ${revision}`)
      })
      await expect(
        aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: 'demo', service: 'api' }))
      ).rejects.toMatchObject({ name: 'AccessDeniedException' })
      const described = await aws.ecs.send(
        new DescribeServicesCommand({ cluster: 'demo', services: ['api'] })
      )
      expect(described.services?.[0]?.deployments?.[0]?.status).toBe('PRIMARY')
    } finally {
      aws.destroy()
    }
  })
})

describe('throttleEvery', () => {
  test('half of the calls to an operation are throttled, the first included; others pass', async () => {
    emu = await startEmulator()
    emu.addService({ cluster: 'demo', name: 'api' })
    emu.throttleEvery('DescribeServices', 2)
    const aws = sdkClients(emu, { maxAttempts: 1 })
    try {
      const results: string[] = []
      for (let i = 0; i < 6; i++)
        results.push(
          await outcome(
            aws.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
          )
        )
      expect(results).toEqual([
        'ThrottlingException',
        'ok',
        'ThrottlingException',
        'ok',
        'ThrottlingException',
        'ok'
      ])
      expect(await outcome(aws.ecs.send(new ListServicesCommand({ cluster: 'demo' })))).toBe('ok')
      // With the SDK's retries, every call gets through.
      const retrying = sdkClients(emu)
      try {
        for (let i = 0; i < 3; i++)
          expect(
            await outcome(
              retrying.ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['api'] }))
            )
          ).toBe('ok')
      } finally {
        retrying.destroy()
      }
    } finally {
      aws.destroy()
    }
  })
})
