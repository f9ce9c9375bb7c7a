/** outcome.ts, outputs.ts and summary.ts: what the user reads after a run. */
import { describe, expect, test } from '@jest/globals'
import { tlsAfterRun, tlsConfigured } from '../../src/act/in-force.js'
import { outputsFor, verifyReport } from '../../src/report/outputs.js'
import { isCompliant } from '../../src/report/result.js'
import { renderSummary, tlsText, headline } from '../../src/report/summary.js'
import { CA_ARN, CLUSTER, KMS_KEY, OTHER_CA_ARN, ROLE_ARN, serviceArn } from './fixtures.js'
import type { CaDetails } from '../../src/model/facts.js'
import type { Finding } from '../../src/model/findings.js'
import type { RunResult } from '../../src/model/result.js'
import type { ServiceCertificates } from '../../src/model/certificates.js'
import type { ServiceOutcome } from '../../src/model/outcome.js'
import type { TlsView } from '../../src/model/plan.js'

const NEW: TlsView = { caArn: CA_ARN, kmsKey: KMS_KEY, roleArn: ROLE_ARN }
const OLD: TlsView = { caArn: OTHER_CA_ARN, roleArn: ROLE_ARN }
/** UUIDs are cut to their first block in the summary. */
const CA_ID = '0b9c1d2e…'
const OTHER_CA_ID = '11111111…'
const KMS_ID = '1234abcd…'

function outcome(
  name: string,
  status: ServiceOutcome['status'],
  extra: Partial<ServiceOutcome> = {}
): ServiceOutcome {
  return { name, serviceArn: serviceArn(name), status, ports: [], findings: [], log: [], ...extra }
}

function result(
  mode: RunResult['mode'],
  outcomes: ServiceOutcome[],
  extra: Partial<RunResult> = {}
): RunResult {
  return {
    mode,
    cluster: CLUSTER,
    outcomes,
    findings: [],
    diffs: new Map(),
    roleArn: ROLE_ARN,
    ...extra
  }
}

const revision = (name: string, n: number): string =>
  `arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/${name}/${n}`

/** What a service revision in force looks like, with TLS per port. */
function inForce(
  arn: string,
  ports: Record<string, TlsView | undefined>
): NonNullable<ServiceOutcome['inForce']> {
  return {
    revisionArn: arn,
    config: {
      enabled: true,
      services: Object.entries(ports).map(([portName, tls]) => ({
        portName,
        ...(tls
          ? {
              tls: {
                issuerCertificateAuthority: { awsPcaAuthorityArn: tls.caArn },
                ...(tls.kmsKey ? { kmsKey: tls.kmsKey } : {}),
                ...(tls.roleArn ? { roleArn: tls.roleArn } : {})
              }
            }
          : {})
      }))
    }
  }
}

/** One of each way an apply can end. */
function applyOutcomes(): ServiceOutcome[] {
  return [
    outcome('web', 'updated', {
      deploymentId: 'ecs-svc/1',
      rollout: 'completed',
      inForce: inForce(revision('web', 2), { http: NEW, admin: undefined }),
      ports: [
        { portName: 'http', after: NEW, changed: true },
        { portName: 'admin', changed: false }
      ]
    }),
    outcome('api', 'failed', {
      deploymentId: 'ecs-svc/2',
      rollout: 'rolled-back',
      error: 'deployment ecs-svc/2 failed: circuit breaker',
      events: ['(service api) has started 1 tasks'],
      inForce: inForce(revision('api', 1), { http: OLD }),
      ports: [{ portName: 'http', before: OLD, after: NEW, changed: true }]
    }),
    outcome('worker', 'unchanged', {
      ports: [{ portName: 'grpc', before: NEW, after: NEW, changed: false }]
    }),
    outcome('jobs', 'failed', {
      error: 'UpdateService failed: AccessDeniedException: no',
      ports: [{ portName: 'http', before: OLD, after: NEW, changed: true }]
    }),
    outcome('batch', 'failed', {
      deploymentId: 'ecs-svc/5',
      rollout: 'timed-out',
      error: 'deployment ecs-svc/5 was still in progress after 30 minutes; ECS goes on with it',
      inForce: inForce(revision('batch', 4), { http: NEW }),
      ports: [{ portName: 'http', after: NEW, changed: true }]
    })
  ]
}

const CA: CaDetails = {
  arn: CA_ARN,
  certificatePem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  chainPem: '',
  subject: 'C=US, O=Example Corp, CN=Example Root CA',
  issuer: 'C=US, O=Example Corp, CN=Example Root CA',
  serialNumber: '1234ABCD',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2027-01-01T00:00:00.000Z',
  fingerprintSha256: 'AB:CD:EF',
  status: 'ACTIVE',
  type: 'ROOT',
  usageMode: 'SHORT_LIVED_CERTIFICATE',
  keyAlgorithm: 'EC_prime256v1',
  tags: { AmazonECSManaged: 'true' }
}

describe('tlsAfterRun', () => {
  test('after a deployment, TLS is what the revision in force runs, whatever the plan said', () => {
    const ports = [{ portName: 'http', before: OLD, after: NEW, changed: true }]
    const ended = (rollout: ServiceOutcome['rollout'], tls: TlsView): ServiceOutcome =>
      outcome('api', 'failed', {
        deploymentId: 'ecs-svc/2',
        ports,
        ...(rollout ? { rollout } : {}),
        inForce: inForce(revision('api', 3), { http: tls })
      })
    expect(tlsAfterRun(ended('failed', NEW))).toEqual([{ portName: 'http', tls: NEW }])
    expect(tlsAfterRun(ended('rolled-back', OLD))).toEqual([{ portName: 'http', tls: OLD }])
    // Superseded by a deployment that carried the TLS over: on, though the plan was not the cause.
    expect(tlsAfterRun(ended('superseded', NEW))).toEqual([{ portName: 'http', tls: NEW }])
    // A port the revision lacks has no TLS there.
    expect(
      tlsAfterRun({ ...ended('completed', NEW), inForce: inForce(revision('api', 3), {}) })
    ).toEqual([{ portName: 'http' }])
  })

  test('updated and still-deploying services show the revision in force; failed-before-write and unchanged ones what was read', () => {
    const [web, api, worker, jobs, batch] = applyOutcomes().map(tlsAfterRun)
    expect(web).toStrictEqual([{ portName: 'http', tls: NEW }, { portName: 'admin' }])
    expect(api).toStrictEqual([{ portName: 'http', tls: OLD }])
    expect(worker).toStrictEqual([{ portName: 'grpc', tls: NEW }])
    expect(jobs).toStrictEqual([{ portName: 'http', tls: OLD }])
    expect(batch).toStrictEqual([{ portName: 'http', tls: NEW }])
  })

  test('without a revision read back: not-waited shows what it rolls out, cancelled what was in force', () => {
    const ports = [{ portName: 'http', before: OLD, after: NEW, changed: true }]
    expect(
      tlsAfterRun(
        outcome('a', 'updated', { deploymentId: 'ecs-svc/9', rollout: 'not-waited', ports })
      )[0]?.tls
    ).toEqual(NEW)
    expect(
      tlsAfterRun(
        outcome('a', 'failed', { deploymentId: 'ecs-svc/9', rollout: 'cancelled', ports })
      )[0]?.tls
    ).toEqual(OLD)
    expect(tlsAfterRun(outcome('b', 'failed', { ports }))[0]?.tls).toEqual(OLD)
  })
})

describe('outputs', () => {
  test('apply: changed, deployment ids of every started deployment, and the services JSON', () => {
    const outputs = outputsFor(result('apply', applyOutcomes()))
    expect(outputs.changed).toBe('true')
    expect(JSON.parse(outputs['deployment-ids'] ?? '')).toEqual([
      'ecs-svc/1',
      'ecs-svc/2',
      'ecs-svc/5'
    ])
    expect(outputs['kms-key']).toBe('')
    expect(outputs['role-arn']).toBe(ROLE_ARN)
    expect(JSON.parse(outputs.services ?? '')).toStrictEqual([
      {
        service: 'web',
        serviceArn: serviceArn('web'),
        status: 'updated',
        deploymentId: 'ecs-svc/1',
        rollout: 'completed',
        revision: revision('web', 2),
        ports: [
          { portName: 'http', tls: NEW, changed: true },
          { portName: 'admin', tls: null, changed: false }
        ]
      },
      {
        service: 'api',
        serviceArn: serviceArn('api'),
        status: 'failed',
        deploymentId: 'ecs-svc/2',
        rollout: 'rolled-back',
        revision: revision('api', 1),
        ports: [{ portName: 'http', tls: OLD, changed: true }],
        error: 'deployment ecs-svc/2 failed: circuit breaker',
        events: ['(service api) has started 1 tasks']
      },
      {
        service: 'worker',
        serviceArn: serviceArn('worker'),
        status: 'unchanged',
        revision: null,
        ports: [{ portName: 'grpc', tls: NEW, changed: false }]
      },
      {
        service: 'jobs',
        serviceArn: serviceArn('jobs'),
        status: 'failed',
        revision: null,
        ports: [{ portName: 'http', tls: OLD, changed: true }],
        error: 'UpdateService failed: AccessDeniedException: no'
      },
      {
        service: 'batch',
        serviceArn: serviceArn('batch'),
        status: 'failed',
        deploymentId: 'ecs-svc/5',
        rollout: 'timed-out',
        revision: revision('batch', 4),
        ports: [{ portName: 'http', tls: NEW, changed: true }],
        error: 'deployment ecs-svc/5 was still in progress after 30 minutes; ECS goes on with it'
      }
    ])
    expect(outputs).not.toHaveProperty('compliant')
    expect(outputs).not.toHaveProperty('ca-arn')
  })

  test('the lists of updated, failed and noncompliant services, in every mode', () => {
    const apply = outputsFor(result('apply', applyOutcomes()))
    expect(JSON.parse(apply['updated-services'] ?? '')).toEqual(['web'])
    expect(JSON.parse(apply['failed-services'] ?? '')).toEqual(['api', 'jobs', 'batch'])
    expect(apply['noncompliant-services']).toBe('[]')
    const plan = outputsFor(
      result('plan', [outcome('web', 'would-update'), outcome('api', 'unchanged')])
    )
    expect(JSON.parse(plan['updated-services'] ?? '')).toEqual(['web'])
    expect(plan['failed-services']).toBe('[]')
    const verify = outputsFor(
      result('verify', [outcome('web', 'compliant'), outcome('api', 'noncompliant')])
    )
    expect(JSON.parse(verify['noncompliant-services'] ?? '')).toEqual(['api'])
    expect(verify['updated-services']).toBe('[]')
  })

  test('apply with nothing to do: changed is false, no deployment ids', () => {
    const outputs = outputsFor(
      result('apply', [
        outcome('worker', 'unchanged', {
          ports: [{ portName: 'grpc', before: NEW, after: NEW, changed: false }]
        })
      ])
    )
    expect(outputs.changed).toBe('false')
    expect(outputs['deployment-ids']).toBe('[]')
  })

  test('apply where every update failed before a deployment: changed is false', () => {
    const outputs = outputsFor(result('apply', [applyOutcomes()[3] as ServiceOutcome]))
    expect(outputs.changed).toBe('false')
  })

  test('a service without an ARN (missing) has serviceArn null', () => {
    const missing = outcome('ghost', 'failed', { error: 'not found' })
    delete missing.serviceArn
    const [entry] = JSON.parse(outputsFor(result('apply', [missing])).services ?? '') as Record<
      string,
      unknown
    >[]
    expect(entry).toStrictEqual({
      service: 'ghost',
      serviceArn: null,
      status: 'failed',
      revision: null,
      ports: [],
      error: 'not found'
    })
  })

  test('plan: changed only when a service would update; no deployment ids', () => {
    const ports = [{ portName: 'http', before: OLD, after: NEW, changed: true }]
    const changing = outputsFor(
      result('plan', [outcome('web', 'would-update', { ports }), outcome('api', 'unchanged')])
    )
    expect(changing.changed).toBe('true')
    expect(changing).not.toHaveProperty('deployment-ids')
    // A plan changes nothing: the services output shows TLS as it is.
    const [web] = JSON.parse(changing.services ?? '') as { ports: unknown[] }[]
    expect(web?.ports).toEqual([{ portName: 'http', tls: OLD, changed: true }])
    expect(outputsFor(result('plan', [outcome('api', 'unchanged')])).changed).toBe('false')
  })

  test('verify: compliant and a report with each service and every finding', () => {
    const missing: Finding = {
      severity: 'error',
      code: 'tls-missing',
      service: 'api',
      port: 'grpc',
      message: 'port "grpc" of service "api" has no TLS',
      expected: 'a tls block',
      found: 'none'
    }
    const shared: Finding = { severity: 'warning', code: 'role-policy-missing', message: 'policy' }
    const run = result(
      'verify',
      [
        outcome('web', 'compliant', { ports: [{ portName: 'http', before: NEW, changed: false }] }),
        outcome('api', 'noncompliant', {
          ports: [{ portName: 'grpc', changed: false }],
          findings: [missing]
        })
      ],
      { findings: [shared] }
    )
    const outputs = outputsFor(run)
    expect(outputs.compliant).toBe('false')
    expect(outputs).not.toHaveProperty('changed')
    expect(JSON.parse(outputs.report ?? '')).toStrictEqual({
      compliant: false,
      findings: [shared],
      services: [
        {
          service: 'web',
          serviceArn: serviceArn('web'),
          compliant: true,
          ports: [{ portName: 'http', tls: NEW }],
          findings: []
        },
        {
          service: 'api',
          serviceArn: serviceArn('api'),
          compliant: false,
          ports: [{ portName: 'grpc', tls: null }],
          findings: [missing]
        }
      ]
    })
  })

  test('verify: an error about a shared resource makes the run non-compliant, a warning does not', () => {
    const services = [outcome('web', 'compliant')]
    const withWarning = result('verify', services, {
      findings: [{ severity: 'warning', code: 'x', message: 'w' }]
    })
    const withError = result('verify', services, {
      findings: [{ severity: 'error', code: 'ca-not-tagged', message: 'e' }]
    })
    expect(isCompliant(withWarning)).toBe(true)
    expect(outputsFor(withWarning).compliant).toBe('true')
    expect(outputsFor(withError).compliant).toBe('false')
    expect(verifyReport(withError).compliant).toBe(false)
  })

  test('the CA outputs come from the CA details, the file from the run', () => {
    const outputs = outputsFor(
      result('plan', [], {
        ca: CA,
        caFile: '/tmp/ca.pem',
        kmsKey: KMS_KEY,
        definitionFile: '/tmp/web.tls.json'
      })
    )
    expect(outputs).toMatchObject({
      'ca-arn': CA_ARN,
      'ca-certificate': CA.certificatePem,
      'ca-certificate-chain': '',
      'ca-certificate-file': '/tmp/ca.pem',
      'ca-subject': CA.subject,
      'ca-serial-number': '1234ABCD',
      'ca-not-before': '2026-01-01T00:00:00.000Z',
      'ca-not-after': '2027-01-01T00:00:00.000Z',
      'ca-fingerprint-sha256': 'AB:CD:EF',
      'ca-status': 'ACTIVE',
      'ca-type': 'ROOT',
      'ca-usage-mode': 'SHORT_LIVED_CERTIFICATE',
      'ca-key-algorithm': 'EC_prime256v1',
      'kms-key': KMS_KEY,
      'service-definition-file': '/tmp/web.tls.json'
    })
  })
})

describe('summary', () => {
  const HEADER = '| Service | Port | TLS before | TLS after | Deployment | Result |'

  test('tlsText names the CA, key and role by their resource ID, UUIDs shortened', () => {
    expect(tlsText(NEW)).toBe(
      `CA \`${CA_ID}\`, KMS \`${KMS_ID}\`, role \`ecs-service-connect-tls\``
    )
    expect(tlsText(OLD)).toBe(
      `CA \`${OTHER_CA_ID}\`, AWS-owned key, role \`ecs-service-connect-tls\``
    )
    expect(tlsText({ caArn: CA_ARN })).toBe(`CA \`${CA_ID}\`, AWS-owned key`)
    expect(tlsText(undefined)).toBe('none')
  })

  test('the first line is the verdict with the counts, for each way a run can end', () => {
    expect(headline(result('apply', applyOutcomes()))).toBe(
      '❌ apply: 3 of 5 services failed (1 updated, 1 unchanged)'
    )
    expect(
      headline(result('apply', [outcome('web', 'updated'), outcome('api', 'unchanged')]))
    ).toBe('✅ apply: 1 of 2 services updated (1 unchanged)')
    expect(headline(result('apply', [outcome('api', 'unchanged')]))).toBe(
      '✅ apply: nothing to change (1 unchanged)'
    )
    expect(headline(result('plan', [outcome('web', 'would-update')]))).toBe(
      '📝 plan: 1 of 1 service would be updated; nothing was changed'
    )
    expect(headline(result('verify', [outcome('web', 'compliant')]))).toBe(
      '✅ verify: compliant, 1 service checked'
    )
    expect(
      headline(result('verify', [outcome('web', 'compliant'), outcome('api', 'noncompliant')]))
    ).toBe('❌ verify: not compliant, 1 of 2 services noncompliant')
    const sharedError = result('verify', [outcome('web', 'compliant')], {
      findings: [{ severity: 'error', code: 'ca-not-active', message: 'disabled' }]
    })
    expect(headline(sharedError)).toBe(
      '❌ verify: not compliant (see the errors), 1 service checked'
    )
    expect(headline(result('apply', [outcome('web', 'failed')], { cancelled: true }))).toBe(
      '⛔ apply cancelled: 1 failed'
    )
    const text = renderSummary(result('apply', applyOutcomes()))
    expect(text.split('\n')[0]).toBe(
      `## ECS Service Connect TLS ${headline(result('apply', applyOutcomes()))}`
    )
  })

  test('apply: the per-service table comes right after the heading, one row per port', () => {
    const lines = renderSummary(result('apply', applyOutcomes())).split('\n')
    expect(lines[2]).toBe(`Cluster \`${CLUSTER}\``)
    expect(lines[4]).toBe(HEADER)
    const newText = tlsText(NEW)
    const oldText = tlsText(OLD)
    expect(lines).toContain(`| web | http | none | ${newText} | \`ecs-svc/1\` | ✅ updated |`)
    expect(lines).toContain('|  | admin | none | none |  |  |')
    // The rollback put the old TLS back: "after" shows it, and the result says why.
    expect(lines).toContain(
      `| api | http | ${oldText} | ${oldText} | \`ecs-svc/2\` | ❌ failed (rollout rolled-back): deployment ecs-svc/2 failed: circuit breaker |`
    )
    expect(lines).toContain(`| worker | grpc | ${newText} | ${newText} |  | ➖ unchanged |`)
    expect(lines.filter((line) => line.startsWith('| batch |'))[0]).toContain('(rollout timed-out)')
    expect(lines).not.toContain('### Certificate authority')
  })

  test('a service deployment ARN shows as its ID in the table; the outputs keep the ARN', () => {
    const arn =
      'arn:aws:ecs:us-east-1:111122223333:service-deployment/demo/web/xAm2LX6lEmYd3nZHSc7X0'
    const run = result('apply', [outcome('web', 'updated', { deploymentId: arn })])
    const lines = renderSummary(run).split('\n')
    expect(lines.find((line) => line.startsWith('| web |'))).toContain(
      '| `xAm2LX6lEmYd3nZHSc7X0` |'
    )
    expect(lines.join('\n')).not.toContain(arn)
    expect(JSON.parse(outputsFor(run)['deployment-ids'] ?? '[]')).toEqual([arn])
  })

  test('findings are grouped by severity: errors, then warnings, notices folded', () => {
    const error: Finding = {
      severity: 'error',
      code: 'ca-mismatch',
      service: 'api',
      port: 'grpc',
      message: 'port "grpc" of service "api" uses a different CA',
      expected: CA_ARN,
      found: OTHER_CA_ARN
    }
    const warning: Finding = { severity: 'warning', code: 'role-policy-missing', message: 'policy' }
    const notice: Finding = { severity: 'notice', code: 'ca-general-purpose', message: 'general' }
    const lines = renderSummary(
      result(
        'verify',
        [
          outcome('api', 'noncompliant', {
            ports: [{ portName: 'grpc', before: OLD, changed: false }],
            findings: [error]
          })
        ],
        { findings: [notice, warning] }
      )
    ).split('\n')
    const table = lines.indexOf('| Service | Port | TLS | Result |')
    const errors = lines.indexOf('### ❌ Errors (1)')
    const warnings = lines.indexOf('### ⚠️ Warnings (1)')
    const notices = lines.indexOf('<details><summary>ℹ️ Notices (1)</summary>')
    expect(table).toBeGreaterThan(0)
    expect(errors).toBeGreaterThan(table)
    expect(warnings).toBeGreaterThan(errors)
    expect(notices).toBeGreaterThan(warnings)
    expect(lines[errors + 2]).toBe('| Service | Port | Finding | Expected | Found |')
    expect(lines[errors + 4]).toBe(
      `| api | grpc | port "grpc" of service "api" uses a different CA | ${CA_ARN} | ${OTHER_CA_ARN} |`
    )
    expect(lines[warnings + 4]).toBe('|  |  | policy |  |  |')
    expect(lines.slice(notices)).toContain('|  |  | general |  |  |')
    expect(lines.slice(notices)).toContain('</details>')
    expect(lines).toContain(`| api | grpc | ${tlsText(OLD)} | ❌ noncompliant |`)
  })

  test('says what to do for each failing check, naming the input or AWS setting', () => {
    const missing = (service: string): Finding => ({
      severity: 'error',
      code: 'tls-missing',
      service,
      port: 'http',
      message: 'no TLS'
    })
    const text = renderSummary(
      result('verify', [
        outcome('web', 'noncompliant', { findings: [missing('web')] }),
        outcome('api', 'noncompliant', { findings: [missing('api')] })
      ])
    )
    const lines = text.split('\n')
    const todo = lines.indexOf('### What to do')
    expect(todo).toBeGreaterThan(0)
    // One line per kind of failure, listing every place it applies.
    expect(lines.filter((line) => line.startsWith('- **tls-missing**'))).toHaveLength(1)
    expect(lines[todo + 2]).toMatch(
      /^- \*\*tls-missing\*\* \(web\/http, api\/http\): .*`mode: apply`/
    )
    const failed = renderSummary(
      result('apply', [outcome('jobs', 'failed', { error: 'AccessDeniedException: no' })])
    )
    expect(failed).toMatch(/- \*\*jobs\*\*: .*policies\/apply\.json/)
    expect(renderSummary(result('apply', [outcome('web', 'updated')]))).not.toContain('What to do')
  })

  test('plan is marked as a plan and shows each diff folded', () => {
    const ports = [{ portName: 'http', before: OLD, after: NEW, changed: true }]
    const text = renderSummary(
      result('plan', [outcome('web', 'would-update', { ports })], {
        diffs: new Map([['web', '@@ web, port http @@\n+ "tls": {}']])
      })
    )
    expect(text.split('\n')[0]).toContain('nothing was changed')
    // The table of a plan shows what apply would set.
    expect(text).toContain(
      `| web | http | ${tlsText(OLD)} | ${tlsText(NEW)} |  | 📝 would update |`
    )
    expect(text).toContain(
      '<details><summary>web: Service Connect configuration, before → after</summary>'
    )
    expect(text).toContain('```diff\n@@ web, port http @@\n+ "tls": {}\n```')
  })

  test('more than 10 unchanged services fold into one row', () => {
    const unchanged = Array.from({ length: 11 }, (_, i) =>
      outcome(`svc-${String(i + 1).padStart(2, '0')}`, 'unchanged', {
        ports: [{ portName: 'http', before: NEW, after: NEW, changed: false }]
      })
    )
    const updated = outcome('web', 'updated', {
      deploymentId: 'ecs-svc/1',
      rollout: 'completed',
      ports: [{ portName: 'http', after: NEW, changed: true }]
    })
    const lines = renderSummary(result('apply', [...unchanged, updated])).split('\n')
    const names = unchanged.map((item) => item.name).join(', ')
    expect(lines).toContain(`| 11 services |  |  |  |  | ➖ unchanged: ${names} |`)
    expect(lines.some((line) => line.startsWith('| svc-01 |'))).toBe(false)
    expect(lines.some((line) => line.startsWith('| web | http |'))).toBe(true)
    const table = lines.slice(lines.indexOf(HEADER))
    expect(table.filter((line) => line.startsWith('| ') && !line.startsWith('| ---')).length).toBe(
      3
    )
  })

  test('10 unchanged services are listed one by one', () => {
    const unchanged = Array.from({ length: 10 }, (_, i) => outcome(`svc-${i}`, 'unchanged'))
    const lines = renderSummary(result('apply', unchanged)).split('\n')
    expect(lines.filter((line) => /^\| svc-\d \|/.test(line))).toHaveLength(10)
    expect(lines.some((line) => line.includes('services |'))).toBe(false)
  })

  test('verify with everything in order has no findings and nothing to do', () => {
    const text = renderSummary(result('verify', [outcome('web', 'compliant')]))
    expect(text).toContain('✅ verify: compliant')
    expect(text).not.toContain('| Finding |')
    expect(text).not.toContain('What to do')
  })

  test('demoted errors say they were reported as warnings', () => {
    const finding: Finding = { severity: 'error', code: 'tls-missing', message: 'no TLS' }
    const run = result('verify', [outcome('web', 'noncompliant', { findings: [finding] })])
    expect(renderSummary(run, { demoteErrors: true })).toContain(
      '### ❌ Errors (reported as warnings: fail-on-noncompliant is false) (1)'
    )
  })

  test('pipes and newlines in text cannot break the table', () => {
    const lines = renderSummary(
      result('apply', [outcome('web', 'failed', { error: 'a | b\nc' })])
    ).split('\n')
    expect(lines).toContain('| web |  |  |  |  | ❌ failed: a \\| b<br>c |')
  })

  test('a cancelled run says so, and the CA table has headers', () => {
    const text = renderSummary(result('apply', [], { cancelled: true, ca: CA }))
    expect(text).toContain('> The run was cancelled')
    const lines = text.split('\n')
    const ca = lines.indexOf('### Certificate authority')
    expect(ca).toBeGreaterThan(0)
    expect(lines[ca + 2]).toBe('| Field | Value |')
    expect(text).toContain('| Serial number | `1234ABCD` |')
    expect(text).toContain('| Valid | 2026-01-01T00:00:00.000Z → 2027-01-01T00:00:00.000Z |')
  })

  test('file mode has no cluster and names the written file', () => {
    const text = renderSummary(
      result('apply', [outcome('web', 'updated')], {
        cluster: '',
        definitionFile: '/tmp/web.tls.json'
      })
    )
    expect(text).toContain('Service definition file (no AWS call)')
    expect(text).toContain('Service definition written to `/tmp/web.tls.json`.')
  })
})

describe('certificates', () => {
  const issuedAt = new Date('2026-11-27T08:30:00Z')
  const reports = (): ServiceCertificates[] => [
    {
      service: 'web',
      serviceArn: serviceArn('web'),
      status: 'issued',
      deploymentCompletedAt: '2026-11-20T00:00:00.000Z',
      secrets: [
        {
          name: 'ecs-sc!web',
          arn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:ecs-sc!web-AbC123',
          createdAt: new Date('2026-11-20T00:00:00Z'),
          lastRotatedAt: issuedAt,
          nextRotationAt: new Date('2026-12-02T08:30:00Z'),
          rotationEnabled: true,
          replicaRegions: []
        }
      ],
      findings: []
    },
    { service: 'api', serviceArn: serviceArn('api'), status: 'missing', secrets: [], findings: [] }
  ]

  test('the certificates output: names and dates per service; [] when not checked', () => {
    const outputs = outputsFor(result('verify', [], { certificates: reports() }))
    expect(JSON.parse(outputs.certificates ?? '')).toStrictEqual([
      {
        service: 'web',
        serviceArn: serviceArn('web'),
        status: 'issued',
        deploymentCompletedAt: '2026-11-20T00:00:00.000Z',
        secrets: [
          {
            name: 'ecs-sc!web',
            arn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:ecs-sc!web-AbC123',
            created: '2026-11-20T00:00:00.000Z',
            lastRotated: '2026-11-27T08:30:00.000Z',
            nextRotation: '2026-12-02T08:30:00.000Z',
            rotationEnabled: true,
            replicaRegions: []
          }
        ]
      },
      {
        service: 'api',
        serviceArn: serviceArn('api'),
        status: 'missing',
        deploymentCompletedAt: null,
        secrets: []
      }
    ])
    expect(outputsFor(result('verify', [])).certificates).toBe('[]')
  })

  test('a Certificate column in verify and apply tables only when certificates were checked', () => {
    const ports = [{ portName: 'http', before: NEW, changed: false }]
    const outcomes = [
      outcome('web', 'compliant', { ports }),
      outcome('api', 'noncompliant', { ports }),
      outcome('db', 'compliant')
    ]
    const lines = renderSummary(result('verify', outcomes, { certificates: reports() })).split('\n')
    expect(lines).toContain('| Service | Port | TLS | Result | Certificate |')
    expect(lines).toContain(
      `| web | http | ${tlsText(NEW)} | ✅ compliant | ✅ issued (rotated 2026-11-27 08:30 UTC) |`
    )
    expect(lines).toContain(`| api | http | ${tlsText(NEW)} | ❌ noncompliant | ❌ missing |`)
    expect(lines).toContain('| db |  |  | ✅ compliant |  |')
    expect(renderSummary(result('verify', outcomes))).not.toContain('Certificate |')

    const applied = renderSummary(
      result('apply', [outcome('web', 'updated', { ports })], { certificates: reports() })
    ).split('\n')
    expect(applied).toContain(
      '| Service | Port | TLS before | TLS after | Deployment | Result | Certificate |'
    )
    expect(applied.find((line) => line.startsWith('| web |'))).toMatch(
      /\| ✅ updated \| ✅ issued \(rotated 2026-11-27 08:30 UTC\) \|$/
    )
  })
})

describe('all or nothing and checked nothing, in the summary and outputs', () => {
  test('the summary names the services that blocked the run', () => {
    const blocked = result('apply', [], {
      blockedBy: [{ service: 'api', reason: 'preflight found 1 error(s) (network-mode)' }]
    })
    expect(renderSummary(blocked)).toContain(
      '> Nothing was written: no service is updated while any chosen service has an error. Blocked by: **api** (preflight found 1 error(s) (network-mode)).'
    )
    expect(renderSummary({ ...blocked, mode: 'plan' })).toContain('apply would write nothing')
    expect(renderSummary(result('apply', []))).not.toContain('Blocked by')
  })

  test('verify: checked-services counts the checked services; checking nothing shows the reason', () => {
    const nothing = result('verify', [], {
      checkedServices: 0,
      checkedNothing: 'no service was selected'
    })
    expect(outputsFor(nothing)['checked-services']).toBe('0')
    expect(renderSummary(nothing)).toContain('> Nothing was checked: no service was selected')
    expect(outputsFor(result('verify', [], { checkedServices: 3 }))['checked-services']).toBe('3')
    expect(outputsFor(result('apply', []))['checked-services']).toBeUndefined()
  })
})

describe('a deployment stopped without rollback: what serves and what is configured', () => {
  /** The circuit breaker stopped the deployment; the old revision serves, the new one is set. */
  const stopped = (): ServiceOutcome =>
    outcome('api', 'failed', {
      deploymentId: 'ecs-svc/7',
      rollout: 'failed',
      error:
        'deployment ecs-svc/7 was stopped (STOPPED): ECS deployment circuit breaker: tasks failed to start.',
      inForce: inForce(revision('api', 1), { http: undefined, admin: undefined }),
      configured: inForce(revision('api', 2), { http: NEW, admin: undefined }),
      ports: [
        { portName: 'http', after: NEW, changed: true },
        { portName: 'admin', changed: false }
      ]
    })

  test('tlsAfterRun stays what serves; tlsConfigured is the configured revision, only when set', () => {
    expect(tlsAfterRun(stopped())).toStrictEqual([{ portName: 'http' }, { portName: 'admin' }])
    expect(tlsConfigured(stopped())).toStrictEqual([
      { portName: 'http', tls: NEW },
      { portName: 'admin' }
    ])
    for (const other of applyOutcomes()) expect(tlsConfigured(other)).toBeUndefined()
  })

  test('the services output carries both: revision and ports serving, configured with its own', () => {
    const [entry] = JSON.parse(outputsFor(result('apply', [stopped()])).services ?? '[]') as {
      revision: string
      ports: { portName: string; tls: TlsView | null }[]
      configured?: { revision: string; ports: { portName: string; tls: TlsView | null }[] }
    }[]
    expect(entry?.revision).toBe(revision('api', 1))
    expect(entry?.ports.map((port) => port.tls)).toEqual([null, null])
    expect(entry?.configured).toEqual({
      revision: revision('api', 2),
      ports: [
        { portName: 'http', tls: NEW },
        { portName: 'admin', tls: null }
      ]
    })
    // Any other ending has no `configured`.
    const others = JSON.parse(outputsFor(result('apply', applyOutcomes())).services ?? '[]') as {
      configured?: unknown
    }[]
    expect(others.some((other) => 'configured' in other)).toBe(false)
  })

  test('the summary shows serving and configured where they differ, says what to do, and stays failed', () => {
    const text = renderSummary(result('apply', [stopped()]))
    const lines = text.split('\n')
    expect(lines[0]).toBe('## ECS Service Connect TLS ❌ apply: 1 of 1 service failed')
    expect(lines.find((line) => line.startsWith('| api | http |'))).toContain(
      `| none | serving: none<br>configured: ${tlsText(NEW)} | \`ecs-svc/7\` | ❌ failed (rollout failed): deployment ecs-svc/7 was stopped`
    )
    // A port the same in both revisions shows once.
    expect(lines).toContain('|  | admin | none | none |  |  |')
    const hint = lines.find((line) => line.startsWith('- **api**:')) ?? ''
    expect(hint).toMatch(/without rolling back/)
    expect(hint).toMatch(/next deployment of this service starts from it/)
    expect(hint).toMatch(/`mode: apply` again/)
    // Without a configured revision the generic hint stays.
    const served = stopped()
    delete served.configured
    const plain = renderSummary(result('apply', [served]))
    expect(plain).not.toContain('serving:')
    expect(plain).not.toMatch(/without rolling back/)
  })
})
