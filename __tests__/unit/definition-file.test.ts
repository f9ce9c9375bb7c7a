import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DefinitionError, parseDefinition } from '../../src/files/structured.js'
import { runDefinitionFile } from '../../src/act/file-mode.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import { inputDefaults } from './fixtures.js'
import type { RunResult } from '../../src/model/result.js'

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/definitions')
/** The CA and role the expected fixtures were merged with. */
const CA =
  'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0e4b7b5c-9a55-4a8e-8d1f-2a6c3f1e9b01'
const ROLE = 'arn:aws:iam::111122223333:role/ecsInfrastructureRoleForServiceConnectTLS'
const OTHER_ROLE = 'arn:aws:iam::111122223333:role/old-role'
/** One fixture per shape a definition file can take (each has its merged twin in expected/). */
const FORMATS = [
  'service-input.json',
  'bare-config.json',
  'copilot.yaml',
  'cdk.template.json',
  'bom-crlf.json'
]

function definitionError(path: string, text: string): DefinitionError {
  try {
    parseDefinition(path, text)
  } catch (error) {
    if (error instanceof DefinitionError) return error
    throw error
  }
  throw new Error('parseDefinition accepted the file')
}

describe('parseDefinition', () => {
  test.each([
    {
      why: 'broken JSON',
      path: 'a.json',
      text: '{\n  "serviceName": "web",\n  "x": ]\n}',
      says: /not valid JSON: .* at line 3, column 8/
    },
    {
      why: 'broken YAML',
      path: 'a.yaml',
      text: 'Resources:\n  A: [1, 2\n',
      says: /not valid YAML: .* at line \d+, column \d+/
    },
    {
      why: 'a JSON list',
      path: 'a.json',
      text: '[]',
      says: /not a format this action reads.*a list at its top level/
    },
    {
      why: 'an unknown JSON object',
      path: 'task-definition.json',
      text: '{ "family": "web", "containerDefinitions": [] }',
      says: /accepts a create-service .*Terraform plan JSON.*has the keys "family", "containerDefinitions"/
    },
    {
      why: 'YAML that is not a template',
      path: 'compose.yaml',
      text: 'services:\n  web:\n    image: nginx\n',
      says: /this YAML file has the keys "services"/
    }
  ])('$why is an error naming the file and saying why', ({ path, text, says }) => {
    const error = definitionError(path, text)
    expect(error.message).toContain(`Service definition file "${path}": `)
    expect(error.message).toMatch(says)
  })

  test.each([
    ['service-input.json', 'service-input', ['orders']],
    ['bare-config.json', 'service-connect-configuration', ['bare-config']],
    ['copilot.yaml', 'cloudformation', ['Service', 'Worker']],
    ['cdk.template.json', 'cloudformation', ['OrdersServiceB3E0C1D7']],
    ['bom-crlf.json', 'service-input', ['payments']],
    ['skeleton.json', 'service-input', ['skeleton']],
    ['terraform.plan.json', 'terraform-plan', ['orders', 'billing']]
  ])('%s is read as %s with services %j', async (name, format, services) => {
    const file = parseDefinition(name, await readFile(join(FIXTURES, name), 'utf8'))
    expect(file.format.id).toBe(format)
    expect(file.services.map((service) => service.name)).toEqual(services)
  })

  test('a BOM is not part of the text, CRLF is remembered', async () => {
    const file = parseDefinition('b.json', await readFile(join(FIXTURES, 'bom-crlf.json'), 'utf8'))
    expect(file.style.bom).toBe('\uFEFF')
    expect(file.style.eol).toBe('\r\n')
    expect(file.text.startsWith('{')).toBe(true)
  })

  test('CloudFormation intrinsics are read in their long form and kept literal', async () => {
    const file = parseDefinition('c.yaml', await readFile(join(FIXTURES, 'copilot.yaml'), 'utf8'))
    expect(file.services[0]?.config.namespace).toBe('{"Fn::Sub":"${AppName}-${EnvName}.local"}')
  })
})

/**
 * A CloudFormation template in YAML: `before` (e.g. Conditions), then one service, Api, whose
 * one Service Connect entry is port http followed by `entry` (its lines, indented).
 */
function apiTemplate(entry: string[], before: string[] = []): string {
  return [
    ...before,
    'Resources:',
    '  Api:',
    '    Type: AWS::ECS::Service',
    '    Properties:',
    '      ServiceConnectConfiguration:',
    '        Enabled: true',
    '        Services:',
    '          - PortName: http',
    ...entry,
    ''
  ].join('\n')
}

describe('runDefinitionFile', () => {
  let dir: string
  let savedTemp: string | undefined
  let savedWorkspace: string | undefined
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sc-tls-definition-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  let work: string
  beforeEach(async () => {
    savedTemp = process.env.RUNNER_TEMP
    savedWorkspace = process.env.GITHUB_WORKSPACE
    work = await mkdtemp(join(dir, 'case-'))
    process.env.GITHUB_WORKSPACE = join(work, 'repo')
    process.env.RUNNER_TEMP = join(work, 'temp')
    await mkdir(join(work, 'repo'), { recursive: true })
  })
  afterEach(() => {
    if (savedTemp === undefined) delete process.env.RUNNER_TEMP
    else process.env.RUNNER_TEMP = savedTemp
    if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE
    else process.env.GITHUB_WORKSPACE = savedWorkspace
  })

  /** Copies fixtures into the workspace, under the given relative names. */
  async function place(files: Record<string, string>): Promise<void> {
    for (const [to, from] of Object.entries(files)) {
      const target = join(work, 'repo', to)
      await mkdir(dirname(target), { recursive: true })
      await copyFile(join(FIXTURES, from), target)
    }
  }

  const inputs = (
    mode: Inputs['mode'],
    patterns: string[],
    extra: Partial<Inputs> & { output?: string; inPlace?: boolean } = {}
  ): Inputs => {
    const { output, inPlace, ...rest } = extra
    return {
      mode,
      cluster: '',
      services: { all: false, names: [] },
      ...(mode === 'verify' ? {} : { caArn: CA, roleArn: ROLE }),
      ...inputDefaults(),
      serviceDefinition: { patterns, inPlace: inPlace ?? false, ...(output ? { output } : {}) },
      ...rest
    }
  }

  const statuses = (result: RunResult): [string, string][] =>
    result.outcomes.map((outcome) => [outcome.name, outcome.status])

  test.each(FORMATS)(
    'apply on %s writes the expected file byte for byte, and leaves the source alone',
    async (name) => {
      await place({ [name]: name })
      const result = await runDefinitionFile(inputs('apply', [name]))
      const extension = name.slice(name.lastIndexOf('.'))
      const written = join(work, 'temp', `${name.slice(0, -extension.length)}.tls${extension}`)
      expect(result.definitionFiles).toEqual([written])
      expect(result.outcomes.every((outcome) => outcome.status === 'updated')).toBe(true)
      expect(await readFile(written)).toEqual(await readFile(join(FIXTURES, 'expected', name)))
      expect(await readFile(join(work, 'repo', name))).toEqual(await readFile(join(FIXTURES, name)))
    }
  )

  test.each(FORMATS)(
    'the expected %s verifies as compliant, and apply on it changes nothing',
    async (name) => {
      await place({ [name]: `expected/${name}` })
      const verify = await runDefinitionFile(inputs('verify', [name], { caArn: CA, roleArn: ROLE }))
      expect(verify.outcomes.map((outcome) => [outcome.status, outcome.findings])).toEqual(
        verify.outcomes.map(() => ['compliant', []])
      )
      const apply = await runDefinitionFile(inputs('apply', [name], { inPlace: true }))
      expect(apply.outcomes.every((outcome) => outcome.status === 'unchanged')).toBe(true)
      expect(apply.definitionFiles).toBeUndefined()
    }
  )

  test('plan writes no file; its diff shows only the TLS lines', async () => {
    await place({ 'infra/api.yaml': 'copilot.yaml' })
    const result = await runDefinitionFile(inputs('plan', ['infra/api.yaml']))
    expect(statuses(result)).toEqual([['Service', 'would-update']])
    expect(result.definitionFiles).toBeUndefined()
    expect(result.definitionFile).toBeUndefined()
    const changed = (result.diff ?? '')
      .split('\n')
      .filter((line) => /^[+-] /.test(line) && !line.startsWith('--- ') && !line.startsWith('+++ '))
    expect(changed).toEqual([
      '-           - {PortName: metrics, ClientAliases: [{Port: 9100}]}',
      '+             Tls:',
      '+               IssuerCertificateAuthority:',
      `+                 AwsPcaAuthorityArn: ${CA}`,
      `+               RoleArn: ${ROLE}`,
      `+           - {PortName: metrics, ClientAliases: [{Port: 9100}], Tls: { IssuerCertificateAuthority: { AwsPcaAuthorityArn: ${CA} }, RoleArn: ${ROLE} }}`
    ])
    expect(result.diff).toContain('--- infra/api.yaml\n+++ infra/api.yaml\n')
    expect([...result.diffs.keys()]).toEqual(['infra/api.yaml'])
    // The client-only Worker is skipped with a notice.
    expect(
      result.findings.map((finding) => [finding.severity, finding.code, finding.service])
    ).toEqual([['notice', 'client-only', 'Worker']])
  })

  test('many files and globs: one result per service, copies under their relative paths', async () => {
    await place({
      'deploy/prod/orders.json': 'service-input.json',
      'deploy/staging/orders.json': 'bom-crlf.json',
      'cdk.out/Shop.template.json': 'cdk.template.json',
      'deploy/readme.txt': 'bare-config.json'
    })
    const result = await runDefinitionFile(
      inputs('apply', ['deploy/**/*.json', 'cdk.out/*.template.json', 'missing/*.json'])
    )
    expect(result.outcomes.map((outcome) => [outcome.file, outcome.name, outcome.status])).toEqual([
      ['deploy/prod/orders.json', 'orders', 'updated'],
      ['deploy/staging/orders.json', 'payments', 'updated'],
      ['cdk.out/Shop.template.json', 'OrdersServiceB3E0C1D7', 'updated']
    ])
    const folder = join(work, 'temp', 'service-definitions')
    expect(result.definitionFiles).toEqual([
      join(folder, 'deploy/prod/orders.json'),
      join(folder, 'deploy/staging/orders.json'),
      join(folder, 'cdk.out/Shop.template.json')
    ])
    expect(await readFile(join(folder, 'deploy/staging/orders.json'))).toEqual(
      await readFile(join(FIXTURES, 'expected/bom-crlf.json'))
    )
    expect(result.findings).toEqual([
      {
        severity: 'notice',
        code: 'no-match',
        message: 'service-definition pattern "missing/*.json" matches no file'
      }
    ])
  })

  test('in-place writes over the originals that change', async () => {
    await place({ 'a.json': 'service-input.json', 'b.json': 'expected/bare-config.json' })
    const result = await runDefinitionFile(inputs('apply', ['*.json'], { inPlace: true }))
    expect(result.definitionFiles).toEqual([join(work, 'repo', 'a.json')])
    expect(await readFile(join(work, 'repo', 'a.json'))).toEqual(
      await readFile(join(FIXTURES, 'expected/service-input.json'))
    )
    expect(statuses(result)).toEqual([
      ['orders', 'updated'],
      ['b', 'unchanged']
    ])
  })

  test('service selects within a template by logical ID or ServiceName', async () => {
    await place({ 't.yaml': 'copilot.yaml' })
    const result = await runDefinitionFile(
      inputs('verify', ['t.yaml'], { services: { all: false, names: ['Service'] } })
    )
    expect(statuses(result)).toEqual([['Service', 'noncompliant']])
    await expect(
      runDefinitionFile(inputs('verify', ['t.yaml'], { services: { all: false, names: ['nope'] } }))
    ).rejects.toThrow(/no service named "nope"; the files have: Service, Worker/)
  })

  test('the AWS CLI skeleton: the file name stands in for "", EXTERNAL is an error finding', async () => {
    await place({ 'web-skeleton.json': 'skeleton.json' })
    const verify = await runDefinitionFile(inputs('verify', ['web-skeleton.json']))
    expect(statuses(verify)).toEqual([['web-skeleton', 'noncompliant']])
    expect(verify.outcomes[0]?.findings.map((finding) => finding.code)).toEqual([
      'tls-missing',
      'deployment-controller'
    ])
    const apply = await runDefinitionFile(inputs('apply', ['web-skeleton.json']))
    expect(statuses(apply)).toEqual([['web-skeleton', 'failed']])
    expect(apply.outcomes[0]?.error).toContain('deployment-controller')
    expect(apply.definitionFiles).toBeUndefined()
  })

  test('a file with only client-only services is an error; next to others it is a notice', async () => {
    await place({ 'frontend.json': 'client-only.json' })
    const alone = await runDefinitionFile(inputs('verify', ['frontend.json']))
    expect(statuses(alone)).toEqual([['frontend.json', 'noncompliant']])
    expect(alone.outcomes[0]?.error).toContain('client-only')
    await place({ 'orders.json': 'expected/service-input.json' })
    const both = await runDefinitionFile(
      inputs('verify', ['frontend.json', 'orders.json'], { caArn: CA })
    )
    expect(statuses(both)).toEqual([
      ['frontend.json', 'noncompliant'],
      ['orders', 'compliant']
    ])
  })

  test('an unknown port name lists the names present and writes nothing', async () => {
    await place({ 'o.json': 'service-input.json' })
    const result = await runDefinitionFile(inputs('apply', ['o.json'], { portNames: ['metrics'] }))
    expect(statuses(result)).toEqual([['orders', 'failed']])
    expect(result.outcomes[0]?.error).toContain('(it has: http, grpc, admin)')
    expect(result.definitionFiles).toBeUndefined()
  })

  test('one failing service keeps the whole file from being written', async () => {
    const template = (await readFile(join(FIXTURES, 'copilot.yaml'), 'utf8'))
      .replace(
        '      ServiceName: !Sub',
        '      DeploymentController: { Type: CODE_DEPLOY }\n      ServiceName: !Sub'
      )
      .replace(
        "Namespace: !Sub '${AppName}-${EnvName}.local' # client only: it calls api",
        'Services: [{ PortName: jobs }]'
      )
    await writeFile(join(work, 'repo', 't.yaml'), template)
    const result = await runDefinitionFile(inputs('apply', ['t.yaml'], { inPlace: true }))
    expect(statuses(result)).toEqual([
      ['Service', 'failed'],
      ['Worker', 'failed']
    ])
    expect(result.outcomes[1]?.error).toContain('deployment-controller')
    expect(result.outcomes[0]?.error).toBe('t.yaml was not written: another service in it failed')
    expect(result.definitionFiles).toBeUndefined()
    expect(await readFile(join(work, 'repo', 't.yaml'), 'utf8')).toBe(template)
  })

  test('a create-service input in YAML (--cli-input-yaml) is edited the same way', async () => {
    const text =
      'serviceName: web\nserviceConnectConfiguration:\n  enabled: true\n  services:\n    - portName: http # main\n'
    await writeFile(join(work, 'repo', 'web.yaml'), text)
    const result = await runDefinitionFile(inputs('apply', ['web.yaml'], { inPlace: true }))
    expect(statuses(result)).toEqual([['web', 'updated']])
    expect(await readFile(join(work, 'repo', 'web.yaml'), 'utf8')).toBe(
      `${text}      tls:\n        issuerCertificateAuthority:\n          awsPcaAuthorityArn: ${CA}\n        roleArn: ${ROLE}\n`
    )
  })

  test('port-names limits the edit to those entries', async () => {
    await place({ 'o.json': 'service-input.json' })
    const result = await runDefinitionFile(inputs('plan', ['o.json'], { portNames: ['admin'] }))
    const added = (result.diff ?? '').split('\n').filter((line) => line.startsWith('+ '))
    expect(added).toHaveLength(1)
    expect(added[0]).toContain('"portName": "admin"')
  })

  test('Terraform plan JSON: verified as after apply; apply refuses it', async () => {
    await place({ 'plan.json': 'terraform.plan.json' })
    const verify = await runDefinitionFile(
      inputs('verify', ['plan.json'], { caArn: CA, roleArn: ROLE })
    )
    expect(statuses(verify)).toEqual([
      ['orders', 'noncompliant'],
      ['billing', 'noncompliant']
    ])
    expect(
      verify.outcomes.flatMap((outcome) =>
        outcome.findings.map((finding) => [finding.port, finding.code, finding.found])
      )
    ).toEqual([
      ['admin', 'tls-missing', 'none'],
      ['api', 'role-mismatch', '(known after apply)']
    ])
    const apply = await runDefinitionFile(inputs('apply', ['plan.json']))
    expect(apply.outcomes.map((outcome) => outcome.error)).toEqual([
      expect.stringContaining('can only be checked (mode: verify)'),
      expect.stringContaining('can only be checked (mode: verify)')
    ])
  })

  test('a Tls value written as an intrinsic is compared literally, with a notice', async () => {
    const template = apiTemplate([
      '            Tls:',
      '              IssuerCertificateAuthority:',
      `                AwsPcaAuthorityArn: ${CA}`,
      '              RoleArn: !GetAtt TlsRole.Arn'
    ])
    await writeFile(join(work, 'repo', 'api.yaml'), template)
    const result = await runDefinitionFile(
      inputs('verify', ['api.yaml'], { caArn: CA, roleArn: ROLE })
    )
    expect(result.outcomes[0]?.findings.map((f) => [f.severity, f.code, f.found])).toEqual([
      ['error', 'role-mismatch', '{"Fn::GetAtt":"TlsRole.Arn"}'],
      ['notice', 'intrinsic-literal', undefined]
    ])
    // apply replaces the block with the literal values asked for, and only that block.
    await runDefinitionFile(inputs('apply', ['api.yaml'], { inPlace: true, roleArn: OTHER_ROLE }))
    expect(await readFile(join(work, 'repo', 'api.yaml'), 'utf8')).toBe(
      template.replace('!GetAtt TlsRole.Arn', OTHER_ROLE)
    )
  })

  test('a Tls block chosen by a condition (Fn::If) cannot be read: an error naming where; nothing is written', async () => {
    const template = apiTemplate(
      [
        '            Tls: !If',
        '              - UseTls',
        '              - IssuerCertificateAuthority:',
        `                  AwsPcaAuthorityArn: ${CA}`,
        `                RoleArn: ${ROLE}`,
        '              - !Ref AWS::NoValue'
      ],
      ['Conditions:', '  UseTls: !Equals [!Ref Stage, prod]']
    )
    await writeFile(join(work, 'repo', 'api.yaml'), template)
    const verified = await runDefinitionFile(
      inputs('verify', ['api.yaml'], { caArn: CA, roleArn: ROLE })
    )
    const [outcome] = verified.outcomes
    expect(outcome?.status).toBe('noncompliant')
    expect(outcome?.findings.map((f) => [f.severity, f.code, f.message])).toEqual([
      [
        'error',
        'no-service-entries',
        expect.stringMatching(
          /^Resources\.Api: ServiceConnectConfiguration\.Services\[0\]\.Tls is written with Fn::If; only a literal object can be read/
        )
      ]
    ])
    const applied = await runDefinitionFile(
      inputs('apply', ['api.yaml'], { inPlace: true, caArn: CA, roleArn: ROLE })
    )
    expect(applied.outcomes[0]?.status).toBe('failed')
    expect(await readFile(join(work, 'repo', 'api.yaml'), 'utf8')).toBe(template)
  })

  test('a file that cannot be read or parsed fails on its own; the others are still checked', async () => {
    await place({ 'good.json': 'expected/service-input.json' })
    await writeFile(join(work, 'repo', 'bad.json'), '{\n  "serviceName": \n')
    const result = await runDefinitionFile(
      inputs('verify', ['bad.json', 'good.json', 'gone.json'], { caArn: CA })
    )
    expect(statuses(result)).toEqual([
      ['bad.json', 'noncompliant'],
      ['orders', 'compliant'],
      ['gone.json', 'noncompliant']
    ])
    expect(result.outcomes[0]?.error).toMatch(
      /^Service definition file "bad.json": not valid JSON: .* at line 3, column 1$/
    )
    expect(result.outcomes[2]?.error).toContain(
      'Service definition file "gone.json": cannot be read'
    )
  })

  test('no file at all is an error for the whole run', async () => {
    await expect(runDefinitionFile(inputs('verify', ['nothing/**/*.json']))).rejects.toThrow(
      /no file matches/
    )
  })
})
