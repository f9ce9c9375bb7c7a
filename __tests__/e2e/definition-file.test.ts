/**
 * End to end: service definition files. The merge and the check run on the file alone, with no
 * AWS call at all (the emulator is there only to prove that nothing reached it).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { richConfiguration } from '../harness/fleet.js'
import { startGitHubStub, type GitHubStub } from '../harness/github-stub.js'
import { runAction } from '../harness/run-action.js'

const CA =
  'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0e4b7b5c-9a55-4a8e-8d1f-2a6c3f1e9b01'
const ROLE = 'arn:aws:iam::111122223333:role/ecsInfrastructureRoleForServiceConnectTLS'

let emulator: Emulator
let folder: string

beforeEach(async () => {
  emulator = await startEmulator()
  folder = mkdtempSync(join(tmpdir(), 'sc-tls-def-'))
})
afterEach(async () => {
  await emulator.close()
  rmSync(folder, { recursive: true, force: true })
})

/** A create-service input with the keys in the order its author chose. */
function writeDefinition(name: string, document: unknown): string {
  const path = join(folder, name)
  writeFileSync(path, `${JSON.stringify(document, null, 4)}\n`)
  return path
}

const definition = {
  cluster: 'production',
  serviceName: 'orders',
  taskDefinition: 'orders:42',
  desiredCount: 3,
  serviceConnectConfiguration: richConfiguration('orders'),
  networkConfiguration: {
    awsvpcConfiguration: { subnets: ['subnet-0abc'], assignPublicIp: 'DISABLED' }
  }
}

describe('service definition files', () => {
  test('apply merges TLS into a new file, keeping every field and the key order, with no AWS call', async () => {
    const path = writeDefinition('orders.json', definition)

    const run = await runAction({
      inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(emulator.calls).toEqual([])
    const output = run.outputs['service-definition-file'] ?? ''
    expect(output.startsWith(run.runnerTemp)).toBe(true)
    const text = readFileSync(output, 'utf8')
    const merged = JSON.parse(text) as typeof definition
    const tls = { issuerCertificateAuthority: { awsPcaAuthorityArn: CA }, roleArn: ROLE }
    expect(merged).toEqual({
      ...definition,
      serviceConnectConfiguration: {
        ...definition.serviceConnectConfiguration,
        services: definition.serviceConnectConfiguration.services?.map((entry) => ({
          ...entry,
          tls
        }))
      }
    })
    expect(Object.keys(merged)).toEqual(Object.keys(definition))
    expect(text).toMatch(/^ {4}"cluster"/m)
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(definition, null, 4)}\n`)
    expect(run.outputs.changed).toBe('true')
  })

  test('verify checks the file the same way as a live service, with no AWS call', async () => {
    const path = writeDefinition('orders.json', definition)

    const run = await runAction({
      inputs: { 'service-definition': path, mode: 'verify', 'ca-arn': CA },
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(emulator.calls).toEqual([])
    expect(run.outputs.compliant).toBe('false')
    const report = JSON.parse(run.outputs.report ?? '{}') as {
      services: { findings: { code: string; port: string }[] }[]
    }
    expect(report.services[0]?.findings.map((finding) => [finding.port, finding.code])).toEqual([
      ['http', 'tls-missing'],
      ['grpc', 'tls-missing']
    ])
  })

  test('a merged file verifies as compliant', async () => {
    const path = writeDefinition('orders.json', definition)
    const merge = await runAction({
      inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
      env: emulator.env()
    })

    const run = await runAction({
      inputs: {
        'service-definition': merge.outputs['service-definition-file'] ?? '',
        mode: 'verify',
        'ca-arn': CA,
        'role-arn': ROLE
      },
      env: emulator.env()
    })

    expect(run.code).toBe(0)
    expect(run.outputs.compliant).toBe('true')
    expect(emulator.calls).toEqual([])
  })

  test.each([
    ['not JSON', '{ "serviceName": ', /not valid JSON: .* at line 1, column 18/],
    [
      'in no format the action reads',
      JSON.stringify({ serviceName: 'orders' }),
      /is not a format this action reads\. It accepts .*; this JSON file has the keys "serviceName" at its top level/
    ],
    [
      'with only a client-only service',
      JSON.stringify({ serviceConnectConfiguration: { enabled: true, services: [] } }),
      /has only client-only Service Connect services/
    ]
  ])('a file %s fails naming the file and the problem', async (_, text, problem) => {
    const path = join(folder, 'broken.json')
    writeFileSync(path, text)

    const run = await runAction({
      inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
      env: emulator.env()
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error title=Service Connect TLS (definition-file),file=${path}::Service definition file "${path}": `
    )
    expect(run.stdout).toMatch(problem)
    expect(emulator.calls).toEqual([])
  })
})

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/definitions')

const checkouts: string[] = []
afterAll(() => {
  for (const root of checkouts.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A repository checkout: fixtures copied under the given paths (removed after the file). */
function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sc-tls-repo-'))
  checkouts.push(root)
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(dirname(join(root, to)), { recursive: true })
    copyFileSync(join(FIXTURES, from), join(root, to))
  }
  return root
}

describe('service definition formats', () => {
  test.each(['copilot.yaml', 'cdk.template.json', 'bare-config.json', 'bom-crlf.json'])(
    'apply on %s writes only the TLS blocks, byte for byte as expected',
    async (name) => {
      const repo = workspace({ [`infra/${name}`]: name })

      const run = await runAction({
        inputs: { 'service-definition': `infra/${name}`, 'ca-arn': CA, 'role-arn': ROLE },
        env: { ...emulator.env(), GITHUB_WORKSPACE: repo }
      })

      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(
        /infra\/\S+: (CloudFormation template|Service Connect configuration JSON|create-service)/
      )
      const written = JSON.parse(run.outputs['service-definition-files'] ?? '[]') as string[]
      expect(written).toEqual([run.outputs['service-definition-file']])
      expect(readFileSync(written[0] ?? '')).toEqual(readFileSync(join(FIXTURES, 'expected', name)))
      expect(readFileSync(join(repo, 'infra', name))).toEqual(readFileSync(join(FIXTURES, name)))
      expect(emulator.calls).toEqual([])
    }
  )

  test('plan over globs writes no file and sets the diff output', async () => {
    const repo = workspace({
      'deploy/orders.json': 'service-input.json',
      'deploy/payments.json': 'expected/bom-crlf.json',
      'cdk.out/Shop.template.json': 'cdk.template.json'
    })

    const run = await runAction({
      inputs: {
        mode: 'plan',
        'service-definition': 'deploy/*.json\ncdk.out/*.template.json',
        'ca-arn': CA,
        'role-arn': ROLE
      },
      env: { GITHUB_WORKSPACE: repo }
    })

    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs['service-definition-files']).toBeUndefined()
    const diff = run.outputs.diff ?? ''
    expect(diff).toContain('--- deploy/orders.json\n+++ deploy/orders.json\n')
    expect(diff).toContain('--- cdk.out/Shop.template.json\n')
    expect(diff).not.toContain('deploy/payments.json')
    expect(diff).toContain(`+        "Tls": {`)
    const services = JSON.parse(run.outputs.services ?? '[]') as { file: string; status: string }[]
    expect(services.map((service) => [service.file, service.status])).toEqual([
      ['deploy/orders.json', 'would-update'],
      ['deploy/payments.json', 'unchanged'],
      ['cdk.out/Shop.template.json', 'would-update']
    ])
    // No service definition is written: only the runner's files and the report (report-file).
    expect(readdirSync(run.runnerTemp).sort()).toEqual([
      'ecs-service-connect-tls',
      'github_output',
      'step_summary.md'
    ])
    expect(readdirSync(join(run.runnerTemp, 'ecs-service-connect-tls'))).toEqual([
      basename(run.outputs['report-file'] ?? '')
    ])
  })

  test('in-place apply writes over the files that change', async () => {
    const repo = workspace({
      'a/orders.json': 'service-input.json',
      'b/payments.json': 'expected/bom-crlf.json'
    })

    const run = await runAction({
      inputs: {
        'service-definition': '**/*.json',
        'in-place': 'true',
        'ca-arn': CA,
        'role-arn': ROLE
      },
      env: { GITHUB_WORKSPACE: repo }
    })

    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['service-definition-files'] ?? '')).toEqual([
      join(repo, 'a/orders.json')
    ])
    expect(readFileSync(join(repo, 'a/orders.json'))).toEqual(
      readFileSync(join(FIXTURES, 'expected/service-input.json'))
    )
  })

  test('a Terraform plan can be verified but not applied', async () => {
    const repo = workspace({ 'tfplan.json': 'terraform.plan.json' })

    const verify = await runAction({
      inputs: {
        mode: 'verify',
        'service-definition': 'tfplan.json',
        'ca-arn': CA,
        'role-arn': ROLE
      },
      env: { GITHUB_WORKSPACE: repo }
    })
    const apply = await runAction({
      inputs: { 'service-definition': 'tfplan.json', 'ca-arn': CA, 'role-arn': ROLE },
      env: { GITHUB_WORKSPACE: repo }
    })

    expect(verify.code).toBe(1)
    expect(verify.stdout).toContain(
      'tfplan.json: Terraform plan JSON (verify only), 2 Service Connect service(s)'
    )
    expect(verify.stdout).toMatch(/orders \/ admin: port "admin" of service "orders" has no TLS/)
    expect(apply.code).toBe(1)
    expect(apply.stdout).toContain('can only be checked (mode: verify)')
    expect(readFileSync(join(repo, 'tfplan.json'))).toEqual(
      readFileSync(join(FIXTURES, 'terraform.plan.json'))
    )
  })
})

describe('offline pull request check', () => {
  let github: GitHubStub
  beforeEach(async () => {
    github = await startGitHubStub()
  })
  afterEach(async () => {
    await github.close()
  })

  test('verify over a repository needs no AWS credentials or Region and comments on the PR', async () => {
    const repo = workspace({
      'services/orders.json': 'expected/service-input.json',
      'services/frontend.json': 'client-only.json',
      'services/web-skeleton.json': 'skeleton.json',
      'copilot/api/stack.yaml': 'expected/copilot.yaml',
      'cdk.out/Shop.template.json': 'cdk.template.json'
    })

    const run = await runAction({
      inputs: {
        mode: 'verify',
        'service-definition': 'services/*.json, copilot/**/*.yaml, cdk.out/*.template.json',
        'ca-arn': CA,
        'github-token': 'ghs_test'
      },
      // No AWS_* variable at all: the harness drops the parent's, and none is added.
      env: { GITHUB_WORKSPACE: repo, ...github.pullRequestEnv(7) }
    })

    expect(run.code).toBe(1)
    expect(run.stderr).not.toMatch(/credential|region/i)
    const report = JSON.parse(run.outputs.report ?? '{}') as {
      services: { file: string; service: string; compliant: boolean }[]
    }
    expect(
      report.services.map((service) => [service.file, service.service, service.compliant])
    ).toEqual([
      // In the order of the patterns, each pattern's files sorted.
      ['services/frontend.json', 'services/frontend.json', false],
      ['services/orders.json', 'orders', true],
      ['services/web-skeleton.json', 'web-skeleton', false],
      ['copilot/api/stack.yaml', 'Service', true],
      ['cdk.out/Shop.template.json', 'OrdersServiceB3E0C1D7', false]
    ])
    expect(run.stdout).toMatch(
      /::notice title=Service Connect TLS \(client-only\),file=copilot\/api\/stack.yaml::Worker: /
    )
    expect(run.stdout).toMatch(
      /::error title=Service Connect TLS \(deployment-controller\),file=services\/web-skeleton.json::web-skeleton: .*EXTERNAL/
    )
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]?.body ?? ''
    expect(body).toMatch(
      /^<!-- ecs-service-connect-tls job=\S+ mode=verify cluster= services=[0-9a-f]{8} -->/
    )
    expect(body).toContain('| orders (services/orders.json) | http |')
    expect(body).toContain(
      '## ECS Service Connect TLS ❌ verify: not compliant, 3 of 5 services noncompliant'
    )
  })

  describe('a port that already has TLS with a customer KMS key', () => {
    const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const OLD_ROLE = 'arn:aws:iam::111122223333:role/old-tls-role'
    const withKey = {
      serviceName: 'orders',
      serviceConnectConfiguration: {
        enabled: true,
        namespace: 'shop',
        services: [
          {
            portName: 'http',
            tls: {
              issuerCertificateAuthority: { awsPcaAuthorityArn: CA },
              kmsKey: KEY,
              roleArn: OLD_ROLE
            }
          }
        ]
      }
    }

    test('plan with kms-key empty and a new role keeps the key: the diff is the role line alone', async () => {
      const path = writeDefinition('orders.json', withKey)
      const run = await runAction({
        inputs: { mode: 'plan', 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE },
        env: emulator.env()
      })
      expect(run.code).toBe(0)
      expect(emulator.calls).toEqual([])
      const changed = (run.outputs.diff ?? '').split('\n').filter((line) => /^[-+] /.test(line))
      // The role's line, at its own depth (five levels of four spaces): nothing else moves.
      const indent = ' '.repeat(20)
      expect(changed).toEqual([
        `- ${indent}"roleArn": "${OLD_ROLE}"`,
        `+ ${indent}"roleArn": "${ROLE}"`
      ])
    })

    test('apply with kms-key empty writes the new role and keeps the customer key', async () => {
      const path = writeDefinition('orders.json', withKey)
      const run = await runAction({
        inputs: { 'service-definition': path, 'ca-arn': CA, 'role-arn': ROLE, 'in-place': 'true' },
        env: emulator.env()
      })
      expect(run.code).toBe(0)
      const written = JSON.parse(readFileSync(path, 'utf8')) as typeof withKey
      expect(written.serviceConnectConfiguration.services[0]?.tls).toEqual({
        issuerCertificateAuthority: { awsPcaAuthorityArn: CA },
        kmsKey: KEY,
        roleArn: ROLE
      })
    })

    test('verify with kms-key: aws-owned reports the customer key, as live mode does', async () => {
      const path = writeDefinition('orders.json', withKey)
      const run = await runAction({
        inputs: { mode: 'verify', 'service-definition': path, 'kms-key': 'aws-owned' },
        env: emulator.env()
      })
      expect(run.code).toBe(1)
      expect(run.outputs.compliant).toBe('false')
      expect(run.stdout).toMatch(
        /::error title=Service Connect TLS \(kms-key-mismatch\),file=\S*orders.json::orders \/ http: .*customer KMS key/
      )
    })
  })
})
