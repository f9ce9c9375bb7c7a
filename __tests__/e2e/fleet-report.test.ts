/**
 * End to end through dist/: matrix jobs write result files (input result-file), and mode:
 * report gathers them into one fleet report with the right verdict: a failed job, a
 * noncompliant one and a job of the matrix that left no result all fail it; files that are not
 * ours fail it naming the file. Report mode makes no AWS call.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { configurationWithTls, type Fleet, seedFleet } from '../harness/fleet.js'
import { HEAD_SHA, startGitHubStub } from '../harness/github-stub.js'
import { runAction } from '../harness/run-action.js'
import type { ResultDocument } from '../../src/fleet/result-schema.js'

let emulator: Emulator
let fleet: Fleet
let workspace: string

const ACCOUNT = '111122223333'

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  fleet = await seedFleet(emulator, { services: ['api'] })
  const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
  for (const name of ['payments', 'web'])
    emulator.addService({
      cluster: fleet.cluster,
      name,
      serviceConnectConfiguration: configurationWithTls(name, { http: tls, grpc: tls })
    })
  workspace = mkdtempSync(join(tmpdir(), 'sc-tls-fleet-'))
})
afterEach(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})

const env = (): Record<string, string> => ({ ...emulator.env(), GITHUB_WORKSPACE: workspace })

/** One matrix job: verify of `service` on `cluster`, writing results/<name>.json. */
function verifyJob(name: string, cluster: string, service: string, extra = {}) {
  return runAction({
    inputs: {
      mode: 'verify',
      cluster,
      service,
      'ca-arn': fleet.caArn,
      'role-arn': fleet.roleArn,
      'check-certificates': 'false',
      'result-file': `results/${name}.json`,
      ...extra
    },
    env: env()
  })
}

const readDocument = (name: string): ResultDocument =>
  JSON.parse(readFileSync(join(workspace, 'results', `${name}.json`), 'utf8')) as ResultDocument

function matrix(...entries: object[]): string {
  return JSON.stringify({ include: entries })
}

describe('result-file', () => {
  test('records the account from STS, the Region, the selection and each outcome', async () => {
    const run = await verifyJob('web', fleet.cluster, 'payments,web')
    expect(run.code).toBe(0)
    const document = readDocument('web')
    expect(document).toMatchObject({
      schema: 'ecs-service-connect-tls/result',
      version: 1,
      account: ACCOUNT,
      region: 'us-east-1',
      cluster: fleet.cluster,
      mode: 'verify',
      services: 'payments,web',
      passed: true,
      counts: { compliant: 2, noncompliant: 0 }
    })
    expect(document.outcomes.map((o) => [o.name, o.status])).toEqual([
      ['payments', 'compliant'],
      ['web', 'compliant']
    ])
    expect(document.outputs.compliant).toBe('true')
    expect(run.outputs['result-file']).toBe(join(workspace, 'results', 'web.json'))
    expect(emulator.callCount('GetCallerIdentity')).toBe(1)
  })

  test('a run that errors still leaves a failed result', async () => {
    const run = await verifyJob('gone', 'no-such-cluster', '*')
    expect(run.code).toBe(1)
    const document = readDocument('gone')
    expect(document.passed).toBe(false)
    expect(document.error).toBeTruthy()
    expect(document.outcomes).toEqual([])
  })

  test('file mode records its files and asks STS nothing (no AWS call at all)', async () => {
    const definition = join(workspace, 'orders.json')
    writeFileSync(
      definition,
      JSON.stringify({
        cluster: 'prod',
        serviceName: 'orders',
        serviceConnectConfiguration: {
          enabled: true,
          namespace: 'ns',
          services: [{ portName: 'http', discoveryName: 'orders' }]
        }
      })
    )
    emulator.resetCalls()
    const run = await runAction({
      inputs: {
        mode: 'verify',
        'service-definition': 'orders.json',
        'ca-arn': fleet.caArn,
        'result-file': 'results/file.json'
      },
      env: env()
    })
    expect(run.code).toBe(1)
    expect(emulator.calls).toEqual([])
    expect(readDocument('file')).toMatchObject({
      mode: 'verify',
      account: null,
      cluster: '',
      definitionFiles: ['orders.json'],
      services: '',
      passed: false,
      counts: { noncompliant: 1 }
    })
  })

  test('without result-file no STS call is made', async () => {
    const run = await runAction({
      inputs: {
        mode: 'verify',
        cluster: fleet.cluster,
        service: 'web',
        'check-certificates': 'false'
      },
      env: env()
    })
    expect(run.code).toBe(0)
    expect(emulator.callCount('GetCallerIdentity')).toBe(0)
  })
})

describe('mode: report', () => {
  test('one report for the fleet: lost, failed and noncompliant jobs fail it, worst first', async () => {
    expect((await verifyJob('compliant', fleet.cluster, 'web,payments')).code).toBe(0)
    // Noncompliant but passing its own step: the fleet still counts it.
    expect(
      (await verifyJob('api', fleet.cluster, 'api', { 'fail-on-noncompliant': 'false' })).code
    ).toBe(0)
    expect((await verifyJob('gone', 'no-such-cluster', '*')).code).toBe(1)
    const given = matrix(
      { account: ACCOUNT, region: 'us-east-1', cluster: fleet.cluster, services: 'payments,web' },
      { account: ACCOUNT, region: 'us-east-1', cluster: fleet.cluster, services: 'api' },
      { account: ACCOUNT, region: 'us-east-1', cluster: 'no-such-cluster' },
      { account: '444455556666', region: 'eu-west-1', cluster: 'lost-one' }
    )
    emulator.resetCalls()
    const run = await runAction({
      inputs: { mode: 'report', 'result-files': 'results/*.json', matrix: given },
      env: env()
    })

    expect(emulator.calls).toEqual([])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs['noncompliant-services'] ?? '')).toEqual([
      `${ACCOUNT}/us-east-1/${fleet.cluster}/api`
    ])
    expect(JSON.parse(run.outputs.counts ?? '')).toEqual({
      jobs: 4,
      passed: 1,
      failed: 1,
      noncompliant: 1,
      lost: 1,
      invalidFiles: 0,
      services: {
        failed: 0,
        noncompliant: 1,
        updated: 0,
        'would-update': 0,
        compliant: 2,
        unchanged: 0
      }
    })
    expect(run.outputs.compliant).toBe('false')
    const rows = run.summary
      .split('\n')
      .filter((line) => line.startsWith(`| ${ACCOUNT}`) || line.startsWith('| 4444'))
    expect(rows.map((row) => row.split(' | ')[5])).toEqual([
      '❓ lost: no result',
      '❌ failed',
      '❌ noncompliant',
      '✅ passed'
    ])
    expect(run.summary.split('\n')[0]).toBe(
      '## ❌ Service Connect TLS: fleet report, 4 jobs: 1 noncompliant, 2 compliant'
    )
    expect(run.stdout).toContain('1 job(s) of the matrix left no result')
    expect(run.stdout).toContain(
      'No result from the matrix job 444455556666 / eu-west-1 / lost-one'
    )
  })

  test('passes when every job of the matrix passed', async () => {
    expect((await verifyJob('compliant', fleet.cluster, 'web,payments')).code).toBe(0)
    const run = await runAction({
      inputs: {
        mode: 'report',
        'result-files': 'results/*.json',
        matrix: matrix({
          account: ACCOUNT,
          region: 'us-east-1',
          cluster: fleet.cluster,
          services: 'payments,web'
        })
      },
      env: env()
    })
    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(run.summary.split('\n')[0]).toBe(
      '## ✅ Service Connect TLS: fleet report, 1 job: 2 compliant'
    )
  })

  test('a file that is not ours, or of another version, is an error naming it', async () => {
    expect((await verifyJob('compliant', fleet.cluster, 'web,payments')).code).toBe(0)
    mkdirSync(join(workspace, 'results'), { recursive: true })
    writeFileSync(join(workspace, 'results', 'foreign.json'), '{"hello": "world"}\n')
    const newer = { ...readDocument('compliant'), version: 2 }
    writeFileSync(join(workspace, 'results', 'newer.json'), JSON.stringify(newer))
    const run = await runAction({
      inputs: { mode: 'report', 'result-files': 'results/*.json' },
      env: env()
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error title=Result files::results/foreign.json: not a result file of this action'
    )
    expect(run.stdout).toContain('results/newer.json: version 2 of the result schema')
    expect(run.summary).toContain('results/foreign.json')
  })

  test('no result file at all fails, and a bad matrix is an input error', async () => {
    const none = await runAction({
      inputs: { mode: 'report', 'result-files': 'results/*.json' },
      env: env()
    })
    expect(none.code).toBe(1)
    expect(none.stdout).toContain('no result file was found')
    const bad = await runAction({
      inputs: { mode: 'report', 'result-files': 'results/*.json', matrix: '{"include":[{}]}' },
      env: env()
    })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      'Input "matrix": expected include[0].account to be a non-empty string'
    )
  })

  test('one pull request comment for the whole fleet, updated by the next report', async () => {
    expect((await verifyJob('compliant', fleet.cluster, 'web,payments')).code).toBe(0)
    expect((await verifyJob('api', fleet.cluster, 'api')).code).toBe(1)
    const github = await startGitHubStub()
    try {
      const report = () =>
        runAction({
          inputs: { mode: 'report', 'result-files': 'results/*.json', 'github-token': 'ghs_test' },
          env: { ...env(), ...github.pullRequestEnv(42) }
        })
      const first = await report()
      const second = await report()
      expect([first.code, second.code]).toEqual([1, 1])
      expect(
        github.requests
          .filter((request) => request.method !== 'GET')
          .map((request) => request.method)
      ).toEqual(['POST', 'PATCH'])
      expect(github.comments).toHaveLength(1)
      const body = github.comments[0]?.body ?? ''
      expect(body).toMatch(
        /^<!-- ecs-service-connect-tls job=check mode=report -->\n## ❌ Service Connect TLS: fleet report, 2 jobs/
      )
      expect(body).toContain(`commit [\`${HEAD_SHA.slice(0, 7)}\`]`)
      expect(body).toContain(
        `| 111122223333 | us-east-1 | ${fleet.cluster} | api | verify | ❌ noncompliant |`
      )
      expect(second.outputs['comment-url']).toBe(github.comments[0]?.html_url)
    } finally {
      await github.close()
    }
  })
})
