import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FormatError } from '../../src/files/formats/adapter.js'
import { terraformAdapter } from '../../src/files/terraform/adapter.js'
import {
  applyFixture,
  CA,
  editsFor,
  FIXTURES,
  KMS,
  readFixture,
  ROLE
} from './terraform-fixtures.js'

const expected = (folder: string, name: string): string =>
  readFileSync(join(FIXTURES, folder, name), 'utf8')

const AS_EXPRESSIONS = {
  caArn: 'aws_acmpca_certificate_authority.sc.arn',
  roleArn: 'aws_iam_role.tls.arn'
}

/** Each fixture, the TLS asked for, and the file the edit must produce byte for byte. */
const CASES = [
  { folder: 'plain', name: 'main.tf', desired: { caArn: CA, roleArn: ROLE } },
  { folder: 'module', name: 'main.tf', desired: { caArn: CA, roleArn: ROLE } },
  { folder: 'other-ca', name: 'main.tf', desired: { caArn: CA, roleArn: ROLE, kmsKey: KMS } },
  { folder: 'crlf', name: 'main.tf', desired: { caArn: CA, roleArn: ROLE } },
  { folder: 'comments', name: 'main.tf', desired: { caArn: CA, roleArn: ROLE } },
  // One-line blocks and objects: a block is laid out on lines, an object stays on its line.
  { folder: 'one-line', name: 'main.tf', desired: { caArn: CA, roleArn: ROLE } },
  { folder: 'real', name: 'fargate-example.tf', desired: AS_EXPRESSIONS }
]

describe('Terraform edits, byte for byte', () => {
  test.each(CASES)('$folder/$name', async ({ folder, name, desired }) => {
    const want = expected(folder, name.replace(/\.tf$/, '.expected.tf'))
    const result = await applyFixture(folder, desired, name)
    expect(result).toBe(want)
    // It parses again, reads as compliant, and a second run changes nothing.
    const again = await readFixture(folder, name, result)
    expect(editsFor(again.services, desired)).toEqual([])
    expect(await applyFixture(folder, desired, name, result)).toBe(result)
  })

  test('a BOM and non-ASCII text before the edit: offsets still land in place', async () => {
    const input = expected('plain', 'main.tf')
    const prefix = '\uFEFF# Bestellungen – Zähler 🚀\n'
    const result = await applyFixture(
      'plain',
      { caArn: CA, roleArn: ROLE },
      'main.tf',
      prefix + input
    )
    expect(result).toBe(prefix + expected('plain', 'main.expected.tf'))
  })

  test('CRLF stays CRLF: no bare LF in the result', async () => {
    const result = await applyFixture('crlf', { caArn: CA, roleArn: ROLE })
    expect(result.replace(/\r\n/g, '')).not.toContain('\n')
  })

  test('a new role changes one line, and the kept kms_key is untouched', async () => {
    const role = 'arn:aws:iam::111122223333:role/other-tls-role'
    const before = expected('other-ca', 'main.expected.tf')
    const result = await applyFixture('other-ca', { caArn: CA, roleArn: role }, 'main.tf', before)
    const a = before.split('\n')
    const b = result.split('\n')
    expect(b).toHaveLength(a.length)
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]))
    expect(changed).toHaveLength(2) // one role_arn line in each of the two services
    for (const i of changed) expect(b[i]).toBe(`        role_arn = "${role}"`)
  })

  test('no kms-key input keeps each port its key: only the CA line changes', async () => {
    const input = expected('other-ca', 'main.tf')
    const result = await applyFixture('other-ca', { caArn: CA, roleArn: ROLE })
    const old =
      'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/99999999-9999-9999-9999-999999999999'
    // Search: the CA only (its key and role are kept). Metrics: the CA, and role_arn added.
    expect(result).toBe(
      input
        .replaceAll(old, CA)
        .replace(/(port_name = "metrics"[\s\S]*?\n {8}\}\n)/, `$1        role_arn = "${ROLE}"\n`)
    )
    expect(result).toContain(`kms_key  = "${KMS}"`)
  })

  test('an AWS-owned key on purpose removes the kms_key line, nothing else', async () => {
    const input = expected('other-ca', 'main.expected.tf')
    const result = await applyFixture(
      'other-ca',
      { caArn: CA, roleArn: ROLE, awsOwnedKey: true },
      'main.tf',
      input
    )
    expect(result).toBe(input.replace(/^ *kms_key {2}= .*\n/gm, ''))
  })

  test('a reference whose value must change is replaced where it is written', async () => {
    const other =
      'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/22222222-2222-2222-2222-222222222222'
    const input = expected('variables', 'main.tf')
    const result = await applyFixture('variables', { caArn: other, roleArn: ROLE })
    expect(result).toBe(
      input.replace('aws_pca_authority_arn = var.ca_arn', `aws_pca_authority_arn = "${other}"`)
    )
    // Pinned values that already match: nothing to change.
    expect(await applyFixture('variables', { caArn: CA, roleArn: ROLE })).toBe(input)
  })

  test('an expression is written bare, a literal ARN quoted', async () => {
    const result = await applyFixture('plain', AS_EXPRESSIONS)
    expect(result).toContain('aws_pca_authority_arn = aws_acmpca_certificate_authority.sc.arn\n')
    expect(result).toContain('role_arn = aws_iam_role.tls.arn\n')
    const literal = await applyFixture('plain', { caArn: CA, roleArn: ROLE })
    expect(literal).toContain(`aws_pca_authority_arn = "${CA}"\n`)
  })

  test('a module version that cannot pass TLS gets no edit', async () => {
    const { file, services } = await readFixture('module-v5')
    const edits = editsFor(services, { caArn: CA, roleArn: ROLE })
    expect(edits).toHaveLength(1)
    expect(() => terraformAdapter.edit?.(file, edits)).toThrow(FormatError)
    expect(() => terraformAdapter.edit?.(file, edits)).toThrow(/6\.2\.1/)
  })
})

describe('reading .tf files', () => {
  test('plain resources: services, client-only, lines; a resource without Service Connect is left out', async () => {
    const { services } = await readFixture('plain')
    expect(services.map((s) => s.where)).toEqual([
      'aws_ecs_service.orders',
      'aws_ecs_service.frontend'
    ])
    const [orders, frontend] = services
    expect(orders).toMatchObject({
      name: 'orders',
      line: 1,
      selectors: ['orders', 'aws_ecs_service.orders'],
      config: {
        enabled: true,
        namespace: 'arn:aws:servicediscovery:eu-west-1:111122223333:namespace/ns-abcdefghijklmnop',
        services: [
          {
            portName: 'http',
            discoveryName: 'orders',
            clientAliases: [{ port: 8080, dnsName: 'orders.internal' }]
          },
          { portName: 'grpc' }
        ]
      },
      notes: []
    })
    expect(orders?.entries.map((e) => e.line)).toEqual([11, 21])
    expect(frontend?.config).toEqual({ enabled: true, namespace: 'internal', services: [] })
  })

  test('an existing TLS block with another CA is read as written', async () => {
    const { services } = await readFixture('other-ca')
    expect(services[0]?.config.services?.map((s) => s.tls)).toEqual([
      {
        issuerCertificateAuthority: {
          awsPcaAuthorityArn:
            'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/99999999-9999-9999-9999-999999999999'
        },
        kmsKey: KMS,
        roleArn: ROLE
      },
      {
        issuerCertificateAuthority: {
          awsPcaAuthorityArn:
            'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/99999999-9999-9999-9999-999999999999'
        }
      }
    ])
  })

  test('the community module: address, selectors, a version range warning', async () => {
    const { services } = await readFixture('module')
    expect(services.map((s) => s.where)).toEqual([
      'module.payments.aws_ecs_service.this[0]',
      'module.ledger.aws_ecs_service.this[0]'
    ])
    expect(services[0]).toMatchObject({
      name: 'payments',
      selectors: ['payments', 'module.payments', 'module.payments.aws_ecs_service.this[0]'],
      config: { enabled: true, namespace: 'internal' },
      notes: []
    })
    expect(services[0]?.config.services?.map((s) => s.portName)).toEqual(['payments', 'admin'])
    expect(services[1]?.notes).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'module-version-range', line: 26 })
    ])
  })

  test('a module version before TLS support: an error naming the version that can', async () => {
    const { services } = await readFixture('module-v5')
    expect(services[0]?.config.services?.map((s) => s.portName)).toEqual(['billing'])
    expect(services[0]?.notes).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'module-version-no-tls',
        line: 3,
        found: '~> 5.11',
        expected: '>= 6.2.1'
      })
    ])
    expect(services[0]?.entries[0]?.handle.readOnly).toMatch(/upgrade the module to 6\.2\.1/)
  })

  test('a module call that creates no service is left out', async () => {
    const text = expected('module', 'main.tf').replace(
      '  name = "ledger"',
      '  name = "ledger"\n  create_service = false'
    )
    const { services } = await readFixture('module', 'main.tf', text)
    expect(services.map((s) => s.name)).toEqual(['payments'])
  })

  test('ignore_task_definition_changes: the other resource, and the later fix', async () => {
    const text = expected('module', 'main.tf').replace(
      '  name        = "payments"',
      '  name        = "payments"\n  ignore_task_definition_changes = true'
    )
    const { services } = await readFixture('module', 'main.tf', text)
    expect(services[0]?.where).toBe('module.payments.aws_ecs_service.ignore_task_definition[0]')
    const pinned = text.replace('version = "6.3.0"', 'version = "6.2.1"')
    const old = await readFixture('module', 'main.tf', pinned)
    expect(old.services[0]?.notes[0]).toMatchObject({
      code: 'module-version-no-tls',
      expected: '>= 6.2.2'
    })
  })

  test('dynamic blocks, for_each and functions: not checkable offline, with the line', async () => {
    const { services } = await readFixture('dynamic')
    expect(
      services.map((s) => [
        s.where,
        s.unreadable !== undefined,
        s.notes.map((n) => [n.code, n.line])
      ])
    ).toEqual([
      ['aws_ecs_service.workers', true, [['not-checkable-offline', 8]]],
      ['aws_ecs_service.replicas', true, [['not-checkable-offline', 18]]],
      ['aws_ecs_service.computed', true, [['not-checkable-offline', 38]]],
      ['aws_ecs_service.generated', true, [['not-checkable-offline', 49]]],
      ['aws_ecs_service.optional_tls', true, [['not-checkable-offline', 64]]],
      ['module.fleet.aws_ecs_service.this[0]', true, [['not-checkable-offline', 77]]]
    ])
    expect(services[0]?.unreadable).toMatch(/dynamic "service"/)
    expect(services[1]?.unreadable).toMatch(/for_each/)
    expect(services[2]?.unreadable).toMatch(/try\(var\.ca_arn, null\)/)
  })

  test('references resolved from defaults, terraform.tfvars, *.auto.tfvars and locals', async () => {
    const { services } = await readFixture('variables')
    const [inventory] = services
    expect(inventory?.name).toBe('inventory')
    expect(inventory?.config).toEqual({
      enabled: true,
      namespace: 'internal',
      services: [
        {
          // port_name: default "web" < terraform.tfvars "http" < prod.auto.tfvars "https"
          portName: 'https',
          tls: {
            // terraform.tfvars over the variable's default
            issuerCertificateAuthority: { awsPcaAuthorityArn: CA },
            kmsKey: 'var.kms_key',
            roleArn: ROLE
          }
        }
      ]
    })
    expect(inventory?.notes).toEqual([
      expect.objectContaining({
        severity: 'notice',
        code: 'unresolved-reference',
        port: 'https',
        line: 21,
        message: expect.stringContaining('var.kms_key has no default') as unknown
      })
    ])
  })

  test('an unresolved reference compares as its expression', async () => {
    const written = expected('real', 'fargate-example.expected.tf')
    const { services } = await readFixture('real', 'fargate-example.tf', written)
    expect(services).toHaveLength(1)
    const [service] = services
    expect(service?.where).toBe('module.ecs_service.aws_ecs_service.this[0]')
    expect(service?.config.services?.[0]).toMatchObject({
      portName: 'ecsdemo-frontend', // local.container_name
      tls: {
        issuerCertificateAuthority: { awsPcaAuthorityArn: AS_EXPRESSIONS.caArn },
        roleArn: AS_EXPRESSIONS.roleArn
      }
    })
    expect(editsFor(services, AS_EXPRESSIONS)).toEqual([])
    expect(editsFor(services, { caArn: CA, roleArn: ROLE })).toHaveLength(1)
  })

  test('a file that does not parse: a FormatError with line and column', async () => {
    const text = 'resource "aws_ecs_service" "x" {\n  name = \n}\n'
    const error = await readFixture('plain', 'broken.tf', text).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(FormatError)
    expect(error).toMatchObject({ path: 'plain/broken.tf', line: 2 })
    expect((error as Error).message).toMatch(/^plain\/broken\.tf:2:\d+: is not valid Terraform/)
  })

  test('detect: .tf by extension, HCL by content, never JSON or YAML', () => {
    const detect = (path: string, text: string): boolean => terraformAdapter.detect({ path, text })
    expect(detect('infra/main.tf', '')).toBe(true)
    expect(detect('infra/service', 'resource "aws_ecs_service" "x" {\n}\n')).toBe(true)
    expect(detect('infra/service.json', '{"resource": {}}')).toBe(false)
    expect(detect('template.yaml', 'Resources:\n  X: {}\n')).toBe(false)
    expect(detect('infra/terraform.tfvars', 'a = 1\n')).toBe(false)
  })
})
