/** The emulated STS (awsQuery XML) through the real SDK client, and the account by access key. */
import { describe, expect, test } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { StsBackend } from '../emulator/sts.js'
import { emulatorPerFile } from '../emulator/testing.js'

const env = emulatorPerFile()

function client(accessKeyId = 'AKIAEMULATOREXAMPLE0'): STSClient {
  return new STSClient({
    endpoint: env.emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId, secretAccessKey: 'y' }
  })
}

describe('STS GetCallerIdentity', () => {
  test('answers the account, an assumed-role ARN and a user id, as the SDK parses them', async () => {
    const sts = client()
    const out = await sts.send(new GetCallerIdentityCommand({}))
    sts.destroy()
    expect(out.Account).toBe('111122223333')
    expect(out.Arn).toBe('arn:aws:sts::111122223333:assumed-role/emulator-caller/session')
    expect(out.UserId).toMatch(/^AROA.+:session$/)
    const call = env.emu.calls.find((c) => c.operation === 'GetCallerIdentity')
    expect(call).toMatchObject({ service: 'sts', status: 200 })
  })

  test('IAM requests still reach IAM: the signature names the service', async () => {
    const iam = new IAMClient({
      endpoint: env.emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' }
    })
    await expect(iam.send(new GetRoleCommand({ RoleName: 'nobody' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException'
    })
    iam.destroy()
    expect(env.emu.calls.at(-1)).toMatchObject({ service: 'iam', operation: 'GetRole' })
  })

  test('the account follows the access key id the request was signed with', () => {
    const seen: (string | undefined)[] = []
    const backend = new StsBackend((key) => {
      seen.push(key)
      return key === 'AKIASECOND' ? '444455556666' : '111122223333'
    })
    const handle = backend.handlers.GetCallerIdentity
    const ctx = {
      service: 'sts' as const,
      operation: 'GetCallerIdentity',
      region: 'us-east-1',
      accountId: '111122223333',
      now: 0
    }
    expect(handle?.({}, { ...ctx, accessKeyId: 'AKIASECOND' })).toMatchObject({
      Account: '444455556666'
    })
    expect(handle?.({}, { ...ctx, accessKeyId: 'AKIAFIRST' })).toMatchObject({
      Account: '111122223333'
    })
    expect(seen).toEqual(['AKIASECOND', 'AKIAFIRST'])
  })

  test('over the wire, an added account answers for its own access key', async () => {
    env.emu.addAccount({ accessKeyId: 'AKIASECONDACCOUNT000', accountId: '444455556666' })
    const [second, first] = [client('AKIASECONDACCOUNT000'), client()]
    const answers = await Promise.all(
      [second, first].map(async (sts) => (await sts.send(new GetCallerIdentityCommand({}))).Account)
    )
    second.destroy()
    first.destroy()
    expect(answers).toEqual(['444455556666', '111122223333'])
  })
})
