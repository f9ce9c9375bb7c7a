/** Pure: the result document from a run, the schema check, and the fleet gathered from many. */
import { describe, expect, test } from '@jest/globals'
import { gatherFleet, verdictOf } from '../../src/fleet/fleet.js'
import { renderFleetSummary } from '../../src/fleet/fleet-summary.js'
import { parseResult } from '../../src/fleet/read-results.js'
import { toResultDocument } from '../../src/fleet/result-document.js'
import type { ResultDocument } from '../../src/fleet/result-schema.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import type { RunResult } from '../../src/model/result.js'

const AT = '2026-12-04T20:00:00.000Z'

function verifyInputs(service: string, cluster = 'prod') {
  const values: Record<string, string> = { mode: 'verify', cluster, service }
  return parseInputs((name) => values[name] ?? '')
}

function verifyResult(
  statuses: Record<string, 'compliant' | 'noncompliant' | 'failed'>
): RunResult {
  return {
    mode: 'verify',
    cluster: 'prod',
    outcomes: Object.entries(statuses).map(([name, status]) => ({
      name,
      status,
      ports: [],
      findings: [],
      log: [],
      ...(status === 'failed' ? { error: 'boom' } : {})
    })),
    findings: [],
    diffs: new Map()
  }
}

function documentFor(
  service: string,
  statuses: Record<string, 'compliant' | 'noncompliant' | 'failed'>,
  where: { account?: string; region?: string; cluster?: string; passed?: boolean } = {}
): ResultDocument {
  const passed = where.passed ?? Object.values(statuses).every((s) => s === 'compliant')
  return toResultDocument(verifyInputs(service, where.cluster), verifyResult(statuses), {
    account: where.account ?? '111122223333',
    region: where.region ?? 'us-east-1',
    at: AT,
    passed
  })
}

const entry = (cluster: string, services?: string, account = '111122223333') => ({
  account,
  region: 'us-east-1',
  cluster,
  ...(services ? { services: services.split(',') } : {})
})

describe('toResultDocument', () => {
  test('the versioned document: where, the selection, counts, outcomes and outputs', () => {
    const document = documentFor(
      'api,web',
      { api: 'compliant', web: 'noncompliant' },
      {
        passed: false
      }
    )
    expect(document).toMatchObject({
      schema: 'ecs-service-connect-tls/result',
      version: 1,
      at: AT,
      account: '111122223333',
      region: 'us-east-1',
      cluster: 'prod',
      mode: 'verify',
      services: 'api,web',
      passed: false,
      counts: { compliant: 1, noncompliant: 1, failed: 0 }
    })
    expect(document.outcomes.map((o) => o.status)).toEqual(['compliant', 'noncompliant'])
    expect(document.outputs['noncompliant-services']).toBe('["web"]')
    expect(document.outputs.services).toBeUndefined()
  })

  test('a cluster ARN gives the Region and, when STS failed, the account; the failure is kept', () => {
    const inputs = verifyInputs('*', 'arn:aws:ecs:eu-west-1:444455556666:cluster/prod')
    const document = toResultDocument(inputs, verifyResult({}), {
      accountError: 'ExpiredToken',
      at: AT,
      passed: true
    })
    expect(document).toMatchObject({
      account: '444455556666',
      accountError: 'ExpiredToken',
      region: 'eu-west-1',
      cluster: 'prod',
      clusterArn: 'arn:aws:ecs:eu-west-1:444455556666:cluster/prod',
      services: '*'
    })
  })

  test('a run that errored: no outcomes, the error, not passed', () => {
    const document = toResultDocument(verifyInputs('api'), undefined, {
      at: AT,
      passed: false,
      error: 'Cluster not found'
    })
    expect(document).toMatchObject({ passed: false, error: 'Cluster not found', outcomes: [] })
    expect(verdictOf(document)).toBe('failed')
  })
})

describe('parseResult', () => {
  const good = JSON.stringify(documentFor('api', { api: 'compliant' }))

  test('accepts its own documents', () => {
    expect(parseResult(good, 'a.json')).toMatchObject({ document: { cluster: 'prod' } })
  })

  test.each([
    ['not JSON', '{', 'a.json: not JSON'],
    ['another schema', '{"schema":"other"}', 'a.json: not a result file of this action'],
    [
      'another version',
      good.replace('"version":1', '"version":2'),
      'a.json: version 2 of the result schema'
    ],
    [
      'a broken document',
      good.replace('"passed":true', '"passed":"yes"'),
      'a.json: does not follow version 1 of the result schema: "passed"'
    ],
    [
      'a bad status',
      good.replace('"status":"compliant"', '"status":"fine"'),
      '"outcomes[0].status" must be one of'
    ]
  ])('%s is an error naming the file', (_name, text, message) => {
    const parsed = parseResult(text, 'a.json')
    expect('error' in parsed ? parsed.error : '').toContain(message)
  })
})

describe('gatherFleet', () => {
  const results = (...documents: ResultDocument[]) =>
    documents.map((document, index) => ({ file: `r${index}.json`, document }))

  test('matches shards in any order, and finds the lost job', () => {
    const fleet = gatherFleet(
      results(documentFor('web,api', { api: 'compliant', web: 'compliant' })),
      [],
      [entry('prod', 'api,web'), entry('prod', 'worker')]
    )
    expect(fleet.jobs.map((job) => [job.verdict, job.services])).toEqual([
      ['lost', 'worker'],
      ['passed', 'web,api']
    ])
    expect(fleet.failure).toContain('1 job(s) of the matrix left no result')
  })

  test('a whole-cluster entry is answered by a run of every service; the account must agree', () => {
    const fleet = gatherFleet(
      results(documentFor('*', { api: 'compliant' })),
      [],
      [entry('prod'), entry('prod', undefined, '444455556666')]
    )
    expect(fleet.jobs.map((job) => [job.verdict, job.account])).toEqual([
      ['lost', '444455556666'],
      ['passed', '111122223333']
    ])
  })

  test('one result answers one entry only', () => {
    const fleet = gatherFleet(
      results(documentFor('*', { api: 'compliant' })),
      [],
      [entry('prod'), entry('prod')]
    )
    expect(fleet.jobs.filter((job) => job.verdict === 'lost')).toHaveLength(1)
  })

  test('worst first, then by account, Region and cluster; names across the fleet', () => {
    const fleet = gatherFleet(
      results(
        documentFor('*', { a: 'compliant' }, { cluster: 'zeta' }),
        documentFor('*', { b: 'noncompliant' }, { cluster: 'beta', passed: true }),
        documentFor('*', { c: 'failed' }, { cluster: 'alpha' }),
        documentFor('*', { d: 'compliant' }, { cluster: 'alpha' })
      ),
      [],
      undefined
    )
    expect(fleet.jobs.map((job) => [job.verdict, job.cluster])).toEqual([
      ['failed', 'alpha'],
      ['noncompliant', 'beta'],
      ['passed', 'alpha'],
      ['passed', 'zeta']
    ])
    expect(fleet.noncompliant).toEqual(['111122223333/us-east-1/beta/b'])
    expect(fleet.failed).toEqual(['111122223333/us-east-1/alpha/c'])
    expect(fleet.counts).toMatchObject({ compliant: 2, noncompliant: 1, failed: 1 })
    expect(fleet.failure).toBe(
      'The fleet did not pass: 1 job(s) failed; 1 job(s) were not compliant'
    )
  })

  test('a verify step that failed on noncompliance alone is noncompliant, not failed', () => {
    expect(verdictOf(documentFor('*', { a: 'noncompliant' }, { passed: false }))).toBe(
      'noncompliant'
    )
    expect(verdictOf(documentFor('*', { a: 'noncompliant', b: 'failed' }, { passed: false }))).toBe(
      'failed'
    )
    const plan = { ...documentFor('*', { a: 'compliant' }), mode: 'plan' as const, passed: false }
    expect(verdictOf(plan)).toBe('failed')
  })

  test('an empty matrix and no file pass; no file without a matrix fails; bad files fail', () => {
    expect(gatherFleet([], [], []).failure).toBeUndefined()
    expect(gatherFleet([], [], undefined).failure).toContain('no result file was found')
    expect(gatherFleet([], ['x.json: not JSON'], []).failure).toContain(
      '1 file(s) are not result files'
    )
  })

  test('the summary leads with the verdict and lists the lost job', () => {
    const fleet = gatherFleet([], [], [entry('prod', 'api')])
    const markdown = renderFleetSummary(fleet)
    expect(markdown.split('\n')[0]).toBe('## ❌ Service Connect TLS: fleet report, 1 job')
    expect(markdown).toContain(
      '| 111122223333 | us-east-1 | prod | api |  | ❓ lost: no result |  |'
    )
    expect(renderFleetSummary(gatherFleet([], [], []))).toContain('No job to report')
  })
})
