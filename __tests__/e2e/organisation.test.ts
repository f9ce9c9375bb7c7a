/**
 * End to end through dist/: a whole organisation as the three-job workflow runs it. discover
 * lists two accounts and two Regions into a matrix; each matrix entry runs verify with the
 * entry's account (its access key), Region, cluster and shard, writing a result file; one job
 * is lost on the way; report gathers the files with the matrix and fails for the lost job and
 * the noncompliant one, and passes once every job is there and compliant.
 */
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { configurationWithTls, keyPolicyFor, richConfiguration } from '../harness/fleet.js'
import { type ActionRun, runAction } from '../harness/run-action.js'

const HOME = '111122223333'
const OTHER = '444455556666'
const OTHER_KEY = 'AKIAOTHERACCOUNT0001'

interface Entry {
  account: string
  region: string
  cluster: string
  services?: string
  shard?: string
}

let emulator: Emulator
let workspace: string
let ca: string
let role: string

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 50 })
  emulator.addAccount({ accessKeyId: OTHER_KEY, accountId: OTHER })
  workspace = mkdtempSync(join(tmpdir(), 'sc-tls-org-'))
  ca = (await emulator.addCertificateAuthority()).arn
  role = emulator.addRole({ name: 'ecsInfrastructureRoleForServiceConnectTLS' })
  emulator.addKmsKey({ policy: keyPolicyFor(role) })
  const tls = { caArn: ca, roleArn: role }
  // Home account, us-east-1: three services with TLS, split over two jobs.
  emulator.addCluster('shop')
  for (const name of ['cart', 'orders', 'web'])
    emulator.addService({
      cluster: 'shop',
      name,
      serviceConnectConfiguration: configurationWithTls(name, { http: tls, grpc: tls })
    })
  // The other account, eu-west-1: one service with TLS, one without.
  const other = { accountId: OTHER, region: 'eu-west-1' }
  emulator.addCluster('billing', other)
  emulator.addService({
    ...other,
    cluster: 'billing',
    name: 'invoices',
    serviceConnectConfiguration: configurationWithTls('invoices', { http: tls, grpc: tls })
  })
  emulator.addService({
    ...other,
    cluster: 'billing',
    name: 'ledger',
    serviceConnectConfiguration: richConfiguration('ledger')
  })
})
afterEach(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})

/** The credentials of a matrix entry's account, as configure-aws-credentials would set them. */
function envFor(entry: Pick<Entry, 'account' | 'region'>): Record<string, string> {
  const env = { ...emulator.env(), GITHUB_WORKSPACE: workspace, AWS_REGION: entry.region }
  return entry.account === OTHER ? { ...env, AWS_ACCESS_KEY_ID: OTHER_KEY } : env
}

const resultName = (entry: Entry): string =>
  `results/${entry.account}-${entry.region}-${entry.cluster}-${entry.shard ?? 'all'}.json`

function job(entry: Entry): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: 'verify',
      cluster: entry.cluster,
      service: entry.services ?? '*',
      'ca-arn': ca,
      'role-arn': role,
      'check-certificates': 'false',
      'result-file': resultName(entry)
    },
    env: envFor(entry)
  })
}

test('discover, a matrix of verify jobs with one lost, and one report that fails; then passes', async () => {
  // Both accounts: a discover job per account, as one role per account would run it.
  const [home, other] = await Promise.all(
    [HOME, OTHER].map((account) =>
      runAction({
        inputs: { mode: 'discover', regions: 'us-east-1,eu-west-1', 'max-services-per-job': '2' },
        env: envFor({ account, region: 'us-east-1' })
      })
    )
  )
  const entries = [home, other].flatMap(
    (run) => (JSON.parse(run?.outputs.matrix ?? '{}') as { include: Entry[] }).include
  )
  expect(entries).toEqual([
    {
      account: HOME,
      region: 'us-east-1',
      cluster: 'shop',
      services: 'cart,orders',
      shard: '1-of-2'
    },
    { account: HOME, region: 'us-east-1', cluster: 'shop', services: 'web', shard: '2-of-2' },
    { account: OTHER, region: 'eu-west-1', cluster: 'billing' }
  ])
  const matrix = JSON.stringify({ include: entries })

  // The matrix runs; the second shard's job is lost (its artifact never arrives).
  const runs = await Promise.all(entries.map(job))
  expect(runs.map((run) => run.code)).toEqual([0, 0, 1])
  unlinkSync(join(workspace, resultName(entries[1] as Entry)))

  const report = await runAction({
    inputs: { mode: 'report', 'result-files': 'results/*.json', matrix },
    env: { GITHUB_WORKSPACE: workspace }
  })
  expect(report.code).toBe(1)
  const counts = JSON.parse(report.outputs.counts ?? '{}') as Record<string, unknown>
  expect(counts).toMatchObject({ jobs: 3, passed: 1, noncompliant: 1, lost: 1 })
  expect(JSON.parse(report.outputs['noncompliant-services'] ?? '[]')).toEqual([
    `${OTHER}/eu-west-1/billing/ledger`
  ])
  expect(report.stdout).toContain(`No result from the matrix job ${HOME} / us-east-1 / shop`)

  // The ledger gets TLS (apply, in its own account and Region) and the lost job runs again:
  // the same report passes.
  const billing = entries[2] as Entry
  const apply = await runAction({
    inputs: {
      cluster: 'billing',
      service: 'ledger',
      'ca-arn': ca,
      'role-arn': role,
      'wait-poll-seconds': '1',
      'check-certificates': 'false'
    },
    env: envFor(billing)
  })
  expect(apply.code).toBe(0)
  expect((await job(entries[1] as Entry)).code).toBe(0)
  expect((await job(entries[2] as Entry)).code).toBe(0)
  const again = await runAction({
    inputs: { mode: 'report', 'result-files': 'results/*.json', matrix },
    env: { GITHUB_WORKSPACE: workspace }
  })
  expect(again.code).toBe(0)
  expect(again.outputs.compliant).toBe('true')
})
