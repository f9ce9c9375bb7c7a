/**
 * End to end: the read-only modes. Plan and verify must make no mutating call at all, and a
 * pull request gets one comment that later runs update.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { configurationWithTls, type Fleet, richConfiguration, seedFleet } from '../harness/fleet.js'
import { HEAD_SHA, startGitHubStub, type GitHubStub } from '../harness/github-stub.js'
import { runAction } from '../harness/run-action.js'

let emulator: Emulator
let fleet: Fleet
let github: GitHubStub

const FOREIGN_CA =
  'arn:aws:acm-pca:us-east-1:444455556666:certificate-authority/11111111-2222-3333-4444-555555555555'

beforeEach(async () => {
  emulator = await startEmulator({ rolloutMs: 200 })
  fleet = await seedFleet(emulator, { services: ['api'] })
  github = await startGitHubStub()
})
afterEach(async () => {
  await Promise.all([emulator.close(), github.close()])
})

function seedMixedFleet(): void {
  const tls = { caArn: fleet.caArn, kmsKey: fleet.kmsKey, roleArn: fleet.roleArn }
  const configs = {
    payments: configurationWithTls('payments', { http: tls, grpc: tls }),
    web: configurationWithTls('web', { http: tls }),
    billing: configurationWithTls('billing', { http: { ...tls, caArn: FOREIGN_CA }, grpc: tls })
  }
  for (const [name, serviceConnectConfiguration] of Object.entries(configs))
    emulator.addService({ cluster: fleet.cluster, name, serviceConnectConfiguration })
}

interface Report {
  compliant: boolean
  services: {
    service: string
    compliant: boolean
    findings: { code: string; port?: string; expected?: string; found?: string }[]
  }[]
}

describe('plan', () => {
  test('shows the configuration diff and writes nothing', async () => {
    const run = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'api',
        mode: 'plan',
        'ca-arn': fleet.caArn,
        'role-arn': fleet.roleArn
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(emulator.mutatingCalls()).toEqual([])
    expect(run.outputs.changed).toBe('true')
    const [api] = JSON.parse(run.outputs.services ?? '[]') as { status: string }[]
    expect(api?.status).toBe('would-update')
    expect(run.stdout).toMatch(/^\+ +"tls": \{$/m)
    expect(run.stdout).toContain(`"awsPcaAuthorityArn": "${fleet.caArn}"`)
    expect(run.summary.split('\n')[0]).toBe(
      '## ECS Service Connect TLS 📝 plan: 1 of 1 service would be updated; nothing was changed'
    )
    expect(run.summary).toContain('```diff')
    expect(run.summary).toContain(
      `| api | http | none | CA \`${fleet.caArn.split('/')[1]?.slice(0, 8) ?? ''}…\``
    )
    const primary = emulator
      .service(fleet.cluster, 'api')
      .deployments.find((d) => d.status === 'PRIMARY')
    expect(primary?.serviceConnectConfiguration).toEqual(richConfiguration('api'))
  })
})

describe('verify', () => {
  test('passes on a compliant fleet, with no mutating call', async () => {
    seedMixedFleet()
    const run = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'payments',
        mode: 'verify',
        'ca-arn': fleet.caArn,
        'role-arn': fleet.roleArn
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(JSON.parse(run.outputs.services ?? '[]')).toEqual([
      expect.objectContaining({ service: 'payments', status: 'compliant' })
    ])
    expect(emulator.mutatingCalls()).toEqual([])
  })

  test('fails on a missing port and a foreign CA, naming services and ports everywhere', async () => {
    seedMixedFleet()
    const run = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'payments,web,billing',
        mode: 'verify',
        'ca-arn': fleet.caArn
      },
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.outputs.compliant).toBe('false')
    const report = JSON.parse(run.outputs.report ?? '{}') as Report
    expect(report.compliant).toBe(false)
    const findings = report.services.flatMap((service) =>
      service.findings.map((finding) => [service.service, finding.port, finding.code])
    )
    expect(findings).toEqual([
      ['web', 'grpc', 'tls-missing'],
      ['billing', 'http', 'ca-mismatch']
    ])
    const foreign = report.services[2]?.findings[0]
    expect(foreign).toMatchObject({ expected: fleet.caArn, found: FOREIGN_CA })
    expect(run.stdout).toMatch(/::error title=Service Connect TLS \(tls-missing\)::web \/ grpc: /)
    expect(run.stdout).toMatch(
      /::error title=Service Connect TLS \(ca-mismatch\)::billing \/ http: /
    )
    // The answer first: the per-service table, then the errors.
    const errors = run.summary.slice(run.summary.indexOf('### ❌ Errors (2)'))
    expect(run.summary.indexOf('| Service | Port | TLS | Result |')).toBeLessThan(
      run.summary.indexOf('### ❌ Errors (2)')
    )
    expect(errors).toMatch(/^\| web \| grpc \| /m)
    expect(errors).toMatch(/^\| billing \| http \| /m)
    expect(emulator.mutatingCalls()).toEqual([])
  })

  test('a CA the caller may not read is a skipped check, not a failed verify', async () => {
    seedMixedFleet()
    emulator.denyAccess('acm-pca')

    const run = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'payments',
        mode: 'verify',
        'ca-arn': fleet.caArn
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(run.stdout).toMatch(
      /::warning title=Service Connect TLS \(check-skipped\)::.*acm-pca:DescribeCertificateAuthority/
    )
    expect(run.outputs['ca-arn']).toBeUndefined()
  })

  test('fail-on-noncompliant: false turns the failure into a warning', async () => {
    seedMixedFleet()
    const run = await runAction({
      inputs: {
        cluster: fleet.cluster,
        service: 'web',
        mode: 'verify',
        'fail-on-noncompliant': 'false'
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('false')
    expect(run.stdout).not.toContain('::error')
    expect(run.stdout).toMatch(/::warning title=Service Connect TLS \(tls-missing\)::web \/ grpc/)
  })
})

describe('without AWS credentials', () => {
  test('verify says how to provide them, and that fork pull requests have none', async () => {
    const env: Record<string, string> = {
      ...emulator.env(),
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_CONFIG_FILE: '/nonexistent/config'
    }
    delete env.AWS_ACCESS_KEY_ID
    delete env.AWS_SECRET_ACCESS_KEY

    const run = await runAction({
      inputs: { cluster: fleet.cluster, service: 'api', mode: 'verify' },
      env
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::No AWS credentials were found .*configure-aws-credentials.*forks/
    )
    expect(emulator.calls).toEqual([])
  })
})

describe('pull request comment', () => {
  test('is created on the first run and updated on the next', async () => {
    seedMixedFleet()
    const inputs = {
      cluster: fleet.cluster,
      service: 'payments,web',
      mode: 'verify',
      'github-token': 'ghs_test'
    }
    const env = { ...emulator.env(), ...github.pullRequestEnv(42) }

    const first = await runAction({ inputs, env })
    const second = await runAction({ inputs, env })

    expect([first.code, second.code]).toEqual([1, 1])
    const writes = github.requests.filter((request) => request.method !== 'GET')
    expect(writes.map((request) => [request.method, request.path])).toEqual([
      ['POST', '/repos/octo-org/octo-repo/issues/42/comments'],
      ['PATCH', `/repos/octo-org/octo-repo/issues/comments/${github.comments[0]?.id ?? 0}`]
    ])
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]?.body ?? ''
    expect(body).toMatch(
      /^<!-- ecs-service-connect-tls job=check mode=verify cluster=demo services=[0-9a-f]{8} -->\n## ECS Service Connect TLS ❌ verify: not compliant/
    )
    expect(body).toContain(
      `commit [\`${HEAD_SHA.slice(0, 7)}\`](https://github.com/octo-org/octo-repo/commit/${HEAD_SHA})`
    )
    expect(body).toContain(
      '[workflow run](https://github.com/octo-org/octo-repo/actions/runs/4242)'
    )
    expect(body).toMatch(/^\| web \| grpc \|/m)
    expect(body).toMatch(/^- \*\*tls-missing\*\* \(web\/grpc\): /m)
    expect(second.outputs['comment-url']).toBe(github.comments[0]?.html_url)
    expect(first.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/octo-org\/octo-repo\/pull\/42#issuecomment-\d+$/
    )
    expect(emulator.mutatingCalls()).toEqual([])
  })

  test('jobs checking different services keep separate comments', async () => {
    seedMixedFleet()
    const env = { ...emulator.env(), ...github.pullRequestEnv(42) }
    const verify = (service: string, job: string): ReturnType<typeof runAction> =>
      runAction({
        inputs: { cluster: fleet.cluster, service, mode: 'verify', 'github-token': 'ghs_test' },
        env: { ...env, GITHUB_JOB: job }
      })

    await verify('payments', 'payments')
    await verify('web', 'web')
    await verify('payments', 'payments')
    // The same job with another set of services is another comment too.
    await verify('payments,billing', 'payments')

    expect(github.comments).toHaveLength(3)
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1)
  })

  test('a read-only token is a warning, not a failed check', async () => {
    github.readOnly = true
    const inputs = {
      cluster: fleet.cluster,
      service: 'api',
      mode: 'plan',
      'ca-arn': fleet.caArn,
      'role-arn': fleet.roleArn,
      'github-token': 'ghs_fork'
    }

    const run = await runAction({ inputs, env: { ...emulator.env(), ...github.pullRequestEnv(7) } })

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::Could not comment on pull request #7/)
  })

  test('is skipped silently on other events and without a token', async () => {
    const inputs = {
      cluster: fleet.cluster,
      service: 'api',
      mode: 'plan',
      'ca-arn': fleet.caArn,
      'role-arn': fleet.roleArn
    }
    const push = { ...github.pullRequestEnv(7), GITHUB_EVENT_NAME: 'push' }

    const withoutToken = await runAction({
      inputs,
      env: { ...emulator.env(), ...github.pullRequestEnv(7) }
    })
    const onPush = await runAction({
      inputs: { ...inputs, 'github-token': 'ghs_x' },
      env: { ...emulator.env(), ...push }
    })

    expect([withoutToken.code, onPush.code]).toEqual([0, 0])
    expect(github.requests).toEqual([])
  })
})
