/**
 * End to end: Terraform `.tf` files through dist/, offline. The emulator is there only to prove
 * that no AWS call is made; the fixtures' expected files are the edits byte for byte.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { runAction } from '../harness/run-action.js'

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/terraform')
const LOAD_TRACE = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/load-trace.mjs')
const CA =
  'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/11111111-1111-1111-1111-111111111111'
const ROLE = 'arn:aws:iam::111122223333:role/ecs-service-connect-tls'
const KMS = 'arn:aws:kms:eu-west-1:111122223333:key/0b5f4b8e-1f6e-4d9a-9a7a-5c2f3e4d1a2b'

let emulator: Emulator
let workspace: string

beforeEach(async () => {
  emulator = await startEmulator()
  workspace = mkdtempSync(join(tmpdir(), 'sc-tls-tf-'))
})
afterEach(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})

/** Copies fixture files into the workspace under `into/`. */
function place(folder: string, names: string[], into = folder): void {
  mkdirSync(join(workspace, into), { recursive: true })
  for (const name of names) copyFileSync(join(FIXTURES, folder, name), join(workspace, into, name))
}

const read = (path: string): string => readFileSync(join(workspace, path), 'utf8')
const fixture = (folder: string, name: string): string =>
  readFileSync(join(FIXTURES, folder, name), 'utf8')

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({ inputs, env: { ...emulator.env(), GITHUB_WORKSPACE: workspace, ...env } })

describe('Terraform files', () => {
  test.each([
    { folder: 'plain', inputs: { 'ca-arn': CA, 'role-arn': ROLE } },
    { folder: 'other-ca', inputs: { 'ca-arn': CA, 'role-arn': ROLE, 'kms-key': KMS } },
    { folder: 'crlf', inputs: { 'ca-arn': CA, 'role-arn': ROLE } },
    { folder: 'comments', inputs: { 'ca-arn': CA, 'role-arn': ROLE } },
    { folder: 'module', inputs: { 'ca-arn': CA, 'role-arn': ROLE } }
  ])(
    'apply in place on $folder writes the expected file byte for byte; a second run changes nothing',
    async ({ folder, inputs }) => {
      place(folder, ['main.tf'])
      const first = await run({
        ...inputs,
        'service-definition': `${folder}/main.tf`,
        'in-place': 'true'
      })
      expect(first.code).toBe(0)
      expect(emulator.calls).toEqual([])
      expect(read(`${folder}/main.tf`)).toBe(fixture(folder, 'main.expected.tf'))
      const second = await run({
        ...inputs,
        'service-definition': `${folder}/main.tf`,
        'in-place': 'true'
      })
      expect(second.code).toBe(0)
      expect(second.outputs.changed).toBe('false')
      expect(read(`${folder}/main.tf`)).toBe(fixture(folder, 'main.expected.tf'))
      const verify = await run({
        ...inputs,
        mode: 'verify',
        'service-definition': `${folder}/main.tf`
      })
      expect(verify.outputs.compliant).toBe('true')
    }
  )

  test('inputs given as Terraform references are compared and written as references', async () => {
    place('real', ['fargate-example.tf'])
    const inputs = {
      'ca-arn': 'aws_acmpca_certificate_authority.sc.arn',
      'role-arn': 'aws_iam_role.tls.arn',
      'service-definition': 'real/fargate-example.tf'
    }
    const apply = await run({ ...inputs, 'in-place': 'true' })
    expect(apply.code).toBe(0)
    expect(read('real/fargate-example.tf')).toBe(fixture('real', 'fargate-example.expected.tf'))
    const verify = await run({ ...inputs, mode: 'verify' })
    expect(verify.outputs.compliant).toBe('true')
  })

  test('a reference input is refused for a JSON file, which cannot hold one', async () => {
    place('plain', ['main.tf'])
    mkdirSync(join(workspace, 'json'))
    const json = join(workspace, 'json', 'orders.json')
    copyFileSync(resolve(FIXTURES, '../definitions/service-input.json'), json)
    const result = await run({
      mode: 'plan',
      'ca-arn': 'aws_acmpca_certificate_authority.sc.arn',
      'role-arn': ROLE,
      'service-definition': 'json/orders.json'
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('cannot be a Terraform reference here')
  })

  test('verify over **/*.tf: findings by address and line, not-checkable blocks as notices, values from tfvars', async () => {
    place('plain', ['main.tf'])
    place('dynamic', ['main.tf'])
    place('variables', ['main.tf', 'variables.tf', 'terraform.tfvars', 'prod.auto.tfvars'])
    place('module-v5', ['main.tf'])
    const result = await run({
      mode: 'verify',
      'ca-arn': CA,
      'role-arn': ROLE,
      'service-definition': '**/*.tf'
    })
    expect(emulator.calls).toEqual([])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.outputs.report ?? '{}') as {
      services: { file: string; service: string; compliant: boolean }[]
    }
    const byService = Object.fromEntries(
      report.services.map((service) => [`${service.file} ${service.service}`, service.compliant])
    )
    // plain: orders has no TLS yet.
    expect(byService['plain/main.tf orders']).toBe(false)
    // variables: the CA from terraform.tfvars and the role from a literal local are ours, so
    // the service (named by a variable, port from prod.auto.tfvars) is compliant.
    expect(Object.entries(byService).filter(([key]) => key.startsWith('variables/'))).toEqual([
      [expect.stringMatching(/^variables\/main.tf /), true]
    ])
    // The pinned module cannot pass TLS: an error naming the version that can.
    expect(result.stdout).toMatch(
      /::error title=Service Connect TLS \(module-version-no-tls\),file=module-v5\/main.tf,line=\d+::/
    )
    // A dynamic block is told, with its line, and never guessed.
    expect(result.stdout).toMatch(
      /::notice title=Service Connect TLS \(not-checkable-offline\),file=dynamic\/main.tf,line=\d+::/
    )
    // A missing TLS block points at its service block's line.
    expect(result.stdout).toMatch(
      /::error title=Service Connect TLS \(tls-missing\),file=plain\/main.tf,line=\d+::/
    )
  })

  test('plan shows the diff of the .tf file and writes nothing', async () => {
    place('plain', ['main.tf'])
    const result = await run({
      mode: 'plan',
      'ca-arn': CA,
      'role-arn': ROLE,
      'service-definition': 'plain/main.tf'
    })
    expect(result.code).toBe(0)
    expect(read('plain/main.tf')).toBe(fixture('plain', 'main.tf'))
    expect(result.outputs.diff).toContain('+++ plain/main.tf')
    expect(result.outputs.diff).toMatch(/^\+ +aws_pca_authority_arn = "/m)
  })

  test('the HCL parser loads only when a .tf file is read', async () => {
    place('plain', ['main.tf'])
    mkdirSync(join(workspace, 'json'))
    copyFileSync(
      resolve(FIXTURES, '../definitions/service-input.json'),
      join(workspace, 'json', 'orders.json')
    )
    const loaded = async (definition: string): Promise<string> => {
      const trace = join(workspace, `trace-${definition.replace(/\W/g, '-')}`)
      await run(
        { mode: 'verify', 'service-definition': definition },
        { LOAD_TRACE_FILE: trace, NODE_OPTIONS: `--import ${LOAD_TRACE}` }
      )
      return readFileSync(trace, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => readFileSync(line.split(' ')[2] ?? '', 'utf8'))
        .join('\n')
    }
    const marker = 'tree-sitter-hcl.wasm'
    expect(await loaded('json/orders.json')).not.toContain(marker)
    expect(await loaded('plain/main.tf')).toContain(marker)
  })
})
