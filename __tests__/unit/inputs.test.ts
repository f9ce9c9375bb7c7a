import { describe, expect, test } from '@jest/globals'
import { InputError, type Inputs, parseInputs, splitList } from '../../src/inputs/inputs.js'
import { CA_ARN, KMS_KEY, reader, ROLE_ARN, serviceArn } from './fixtures.js'

/** The smallest valid apply run. */
const BASE: Record<string, string> = {
  cluster: 'prod',
  service: 'web',
  'ca-arn': CA_ARN,
  'role-arn': ROLE_ARN
}

function parse(values: Record<string, string>): Inputs {
  return parseInputs(reader(values))
}

/** The InputError parseInputs throws for these values (fails the test if it throws none). */
function inputError(values: Record<string, string>): InputError {
  try {
    parse(values)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`parseInputs accepted ${JSON.stringify(values)}`)
}

describe('defaults', () => {
  test('a minimal apply run gets the documented defaults and nothing else', () => {
    expect(parse(BASE)).toStrictEqual({
      mode: 'apply',
      cluster: 'prod',
      services: { all: false, names: ['web'] },
      caArn: CA_ARN,
      roleArn: ROLE_ARN,
      portNames: [],
      wait: { enabled: true, timeoutMs: 30 * 60 * 1000, pollMs: 15 * 1000, until: 'completed' },
      ifDeploymentInProgress: 'wait',
      maxConcurrency: 10,
      minCaValidityDays: 30,
      failOnNoncompliant: true,
      checkCertificates: 'on',
      certificateGraceMinutes: 15,
      traffic: { check: 'warn', windowMinutes: 5, graceMinutes: 5, onTlsErrors: 'off' }
    })
  })

  test('every optional input is carried through when given', () => {
    const inputs = parse({
      ...BASE,
      mode: 'plan',
      'kms-key': KMS_KEY,
      'port-names': 'http\ngrpc',
      'wait-for-service-stability': 'false',
      'wait-for-minutes': '1.5',
      'wait-poll-seconds': '5',
      'wait-until': 'traffic-shifted',
      'if-deployment-in-progress': 'fail',
      'max-concurrency': '3',
      'min-ca-validity-days': '0',
      'fail-on-noncompliant': 'false',
      'check-certificates': 'strict',
      'certificate-grace-minutes': '0',
      'traffic-check': 'fail',
      'traffic-window-minutes': '0.5',
      'traffic-grace-minutes': '0',
      'github-token': 'ghs_example'
    })
    expect(inputs).toStrictEqual({
      mode: 'plan',
      cluster: 'prod',
      services: { all: false, names: ['web'] },
      caArn: CA_ARN,
      kmsKey: KMS_KEY,
      roleArn: ROLE_ARN,
      portNames: ['http', 'grpc'],
      wait: { enabled: false, timeoutMs: 90_000, pollMs: 5_000, until: 'traffic-shifted' },
      ifDeploymentInProgress: 'fail',
      maxConcurrency: 3,
      minCaValidityDays: 0,
      failOnNoncompliant: false,
      checkCertificates: 'strict',
      certificateGraceMinutes: 0,
      traffic: { check: 'fail', windowMinutes: 0.5, graceMinutes: 0, onTlsErrors: 'off' },
      githubToken: 'ghs_example'
    })
  })

  test('a cluster ARN and service ARNs are accepted', () => {
    const cluster = `arn:aws:ecs:eu-west-1:123456789012:cluster/prod`
    const inputs = parse({
      ...BASE,
      cluster,
      service: `${serviceArn('web')}\n${serviceArn('api')}`
    })
    expect(inputs.cluster).toBe(cluster)
    expect(inputs.services).toEqual({ all: false, names: [serviceArn('web'), serviceArn('api')] })
  })
})

describe('ARN inputs', () => {
  const CA_FORM = 'arn:aws:acm-pca:<region>:<account-id>:certificate-authority/<uuid>'
  const ROLE_FORM = 'arn:aws:iam::<account-id>:role/<role-name>'
  const KMS_FORM = 'arn:aws:kms:<region>:<account-id>:key/<key-id>'

  test.each([
    {
      why: 'an ARN of another service (ACM, not ACM-PCA)',
      input: 'ca-arn',
      value: 'arn:aws:acm:eu-west-1:123456789012:certificate/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      form: CA_FORM,
      problem: 'not "acm-pca"'
    },
    {
      why: 'a CA ARN with the wrong resource type',
      input: 'ca-arn',
      value:
        'arn:aws:acm-pca:eu-west-1:123456789012:certificate/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      form: CA_FORM,
      problem: 'wrong form'
    },
    {
      why: 'a CA ID that is not a UUID',
      input: 'ca-arn',
      value:
        'arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/0b9c1d2e3f404a5b8c6d7e8f9a0b1c2d0b9c',
      form: CA_FORM,
      problem: 'not a UUID'
    },
    {
      why: 'a CA ARN without a Region',
      input: 'ca-arn',
      value:
        'arn:aws:acm-pca::123456789012:certificate-authority/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      form: CA_FORM,
      problem: 'lacks a Region'
    },
    {
      why: 'something that is not an ARN at all',
      input: 'ca-arn',
      value: '0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      form: CA_FORM,
      problem: 'not an ARN'
    },
    {
      why: 'an ARN with an 11-digit account',
      input: 'ca-arn',
      value:
        'arn:aws:acm-pca:eu-west-1:12345678901:certificate-authority/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      form: CA_FORM,
      problem: 'not an ARN'
    },
    {
      why: 'an IAM ARN with a Region',
      input: 'role-arn',
      value: 'arn:aws:iam:eu-west-1:123456789012:role/ecs-service-connect-tls',
      form: ROLE_FORM,
      problem: 'no Region'
    },
    {
      why: 'an IAM user instead of a role',
      input: 'role-arn',
      value: 'arn:aws:iam::123456789012:user/deployer',
      form: ROLE_FORM,
      problem: 'wrong form'
    },
    {
      why: 'a KMS alias instead of a key',
      input: 'kms-key',
      value: 'arn:aws:kms:eu-west-1:123456789012:alias/service-connect',
      form: KMS_FORM,
      problem: 'wrong form'
    },
    {
      why: 'a cluster ARN of another service',
      input: 'cluster',
      value: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod',
      form: 'arn:aws:ecs:<region>:<account-id>:cluster/<cluster-name>',
      problem: 'not "ecs"'
    },
    {
      why: 'a task definition ARN given as a service',
      input: 'service',
      value: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7',
      form: 'arn:aws:ecs:<region>:<account-id>:service/<cluster-name>/<service-name>',
      problem: 'wrong form'
    }
  ])(
    '$input: $why is rejected, naming the input and the expected form',
    ({ input, value, form, problem }) => {
      const error = inputError({ ...BASE, [input]: value })
      expect(error.input).toBe(input)
      expect(error.message).toContain(`Input "${input}"`)
      expect(error.message).toContain(form)
      expect(error.message).toContain(problem)
      expect(error.message).toContain(value)
    }
  )

  test('a multi-Region KMS key ARN is accepted', () => {
    const key = 'arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab'
    expect(parse({ ...BASE, 'kms-key': key }).kmsKey).toBe(key)
  })

  test('a role ARN with a path is accepted', () => {
    const role = 'arn:aws:iam::123456789012:role/service-role/ecs-sc-tls'
    expect(parse({ ...BASE, 'role-arn': role }).roleArn).toBe(role)
  })

  test('ARNs of other partitions are accepted', () => {
    const ca =
      'arn:aws-us-gov:acm-pca:us-gov-west-1:123456789012:certificate-authority/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d'
    expect(parse({ ...BASE, 'ca-arn': ca }).caArn).toBe(ca)
  })
})

describe('wait-until and if-deployment-in-progress', () => {
  test.each([
    ['wait-until', 'baked', 'completed, traffic-shifted'],
    ['wait-until', 'Completed', 'completed, traffic-shifted'],
    ['if-deployment-in-progress', 'skip', 'wait, fail']
  ])('%s: "%s" is rejected with the choices', (input, value, choices) => {
    const error = inputError({ ...BASE, [input]: value })
    expect(error.input).toBe(input)
    expect(error.message).toBe(`Input "${input}": expected one of ${choices}, got "${value}"`)
  })
})

describe('mode', () => {
  test('an unknown mode is rejected with the list of modes', () => {
    const error = inputError({ ...BASE, mode: 'dry-run' })
    expect(error.input).toBe('mode')
    expect(error.message).toContain('Input "mode"')
    expect(error.message).toContain('apply, plan, verify')
    expect(error.message).toContain('"dry-run"')
  })

  test('modes are case-sensitive', () => {
    expect(inputError({ ...BASE, mode: 'Apply' }).input).toBe('mode')
  })

  test.each(['apply', 'plan'])('%s mode requires ca-arn and role-arn', (mode) => {
    const noCa = inputError({ ...BASE, mode, 'ca-arn': '' })
    expect(noCa.input).toBe('ca-arn')
    expect(noCa.message).toContain(`required in ${mode} mode`)
    const noRole = inputError({ ...BASE, mode, 'role-arn': '' })
    expect(noRole.input).toBe('role-arn')
    expect(noRole.message).toContain(`required in ${mode} mode`)
  })

  test('verify mode needs neither ca-arn nor role-arn', () => {
    const inputs = parse({ mode: 'verify', cluster: 'prod', service: 'web' })
    expect(inputs.mode).toBe('verify')
    expect('caArn' in inputs).toBe(false)
    expect('roleArn' in inputs).toBe(false)
  })

  test('verify mode still validates the ARNs it is given', () => {
    expect(
      inputError({ mode: 'verify', cluster: 'prod', service: 'web', 'role-arn': 'ecs-role' }).input
    ).toBe('role-arn')
  })
})

describe('numbers', () => {
  test.each([
    { input: 'wait-for-minutes', value: '0', says: 'from 1 to 360' },
    { input: 'wait-for-minutes', value: '361', says: 'from 1 to 360' },
    { input: 'wait-for-minutes', value: '-5', says: 'from 1 to 360' },
    { input: 'wait-for-minutes', value: 'abc', says: 'expected a number' },
    { input: 'wait-for-minutes', value: '1e3', says: 'expected a number, got "1e3"' },
    { input: 'wait-for-minutes', value: '1e1', says: 'expected a number, got "1e1"' },
    { input: 'wait-for-minutes', value: '0x10', says: 'expected a number' },
    { input: 'wait-for-minutes', value: 'Infinity', says: 'expected a number' },
    { input: 'wait-poll-seconds', value: '0', says: 'from 1 to 300' },
    { input: 'wait-poll-seconds', value: '301', says: 'from 1 to 300' },
    { input: 'max-concurrency', value: '2.5', says: 'expected a whole number' },
    { input: 'max-concurrency', value: '0', says: 'from 1 to 50' },
    { input: 'max-concurrency', value: '51', says: 'from 1 to 50' },
    { input: 'min-ca-validity-days', value: '-1', says: 'from 0 to 3650' },
    { input: 'min-ca-validity-days', value: '7.5', says: 'expected a whole number' },
    { input: 'certificate-grace-minutes', value: '-1', says: 'from 0 to 1440' },
    { input: 'certificate-grace-minutes', value: '1441', says: 'from 0 to 1440' },
    { input: 'certificate-grace-minutes', value: '2.5', says: 'expected a whole number' }
  ])('$input "$value" is rejected ($says)', ({ input, value, says }) => {
    const error = inputError({ ...BASE, [input]: value })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`Input "${input}"`)
    expect(error.message).toContain(says)
  })

  test('the range ends are accepted and converted to milliseconds', () => {
    const low = parse({
      ...BASE,
      'wait-for-minutes': '1',
      'wait-poll-seconds': '1',
      'max-concurrency': '1'
    })
    expect(low.wait).toEqual({
      enabled: true,
      timeoutMs: 60_000,
      pollMs: 1_000,
      until: 'completed'
    })
    expect(low.maxConcurrency).toBe(1)
    const high = parse({
      ...BASE,
      'wait-for-minutes': '360',
      'wait-poll-seconds': '300',
      'max-concurrency': '50'
    })
    expect(high.wait).toEqual({
      enabled: true,
      timeoutMs: 360 * 60_000,
      pollMs: 300_000,
      until: 'completed'
    })
    expect(high.maxConcurrency).toBe(50)
  })
})

describe('booleans', () => {
  test.each(['yes', 'on', '1', 'no', 'off', '0', 'y', 'tRUE'])(
    '"%s" is not a YAML boolean',
    (value) => {
      const error = inputError({ ...BASE, 'wait-for-service-stability': value })
      expect(error.input).toBe('wait-for-service-stability')
      expect(error.message).toContain('Input "wait-for-service-stability"')
      expect(error.message).toContain('true or false')
      const other = inputError({ ...BASE, 'fail-on-noncompliant': value })
      expect(other.input).toBe('fail-on-noncompliant')
    }
  )

  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('"%s" reads as %s', (value, expected) => {
    const inputs = parse({
      ...BASE,
      'wait-for-service-stability': value,
      'fail-on-noncompliant': value
    })
    expect(inputs.wait.enabled).toBe(expected)
    expect(inputs.failOnNoncompliant).toBe(expected)
  })
})

describe('check-certificates', () => {
  test.each([
    ['true', 'on'],
    ['TRUE', 'on'],
    ['false', 'off'],
    ['strict', 'strict']
  ] as const)('"%s" reads as %s', (value, expected) => {
    expect(parse({ ...BASE, 'check-certificates': value }).checkCertificates).toBe(expected)
  })

  test.each(['yes', 'Strict', 'warn'])('"%s" is rejected, naming the three values', (value) => {
    const error = inputError({ ...BASE, 'check-certificates': value })
    expect(error.input).toBe('check-certificates')
    expect(error.message).toBe(
      `Input "check-certificates": expected true, false or strict, got "${value}"`
    )
  })
})

describe('service and port lists', () => {
  test('splitList splits on newlines and commas, trims, drops blanks and repeats, keeps order', () => {
    expect(splitList('web, api\n\n  worker ,,web\napi\n')).toEqual(['web', 'api', 'worker'])
    expect(splitList('')).toEqual([])
    expect(splitList(' , \n ')).toEqual([])
  })

  test('the service input is split the same way', () => {
    expect(parse({ ...BASE, service: 'web,api\n\nworker\nweb' }).services).toEqual({
      all: false,
      names: ['web', 'api', 'worker']
    })
  })

  test("'*' alone selects every service", () => {
    expect(parse({ ...BASE, service: '*' }).services).toEqual({ all: true })
    expect(parse({ ...BASE, service: '*\n*' }).services).toEqual({ all: true })
  })

  test("'*' with other names is rejected", () => {
    const error = inputError({ ...BASE, service: '*\nweb' })
    expect(error.input).toBe('service')
    expect(error.message).toContain("'*'")
  })

  test('a service name with a space is rejected', () => {
    const error = inputError({ ...BASE, service: 'web, my service' })
    expect(error.input).toBe('service')
    expect(error.message).toContain('"my service"')
  })

  test('port names are lowercase ECS port mapping names', () => {
    expect(parse({ ...BASE, 'port-names': 'http, grpc_1\nhttp' }).portNames).toEqual([
      'http',
      'grpc_1'
    ])
    expect(inputError({ ...BASE, 'port-names': 'HTTP' }).input).toBe('port-names')
    expect(inputError({ ...BASE, 'port-names': '-http' }).input).toBe('port-names')
  })

  test('a cluster name with a slash is rejected', () => {
    expect(inputError({ ...BASE, cluster: 'prod/blue' }).input).toBe('cluster')
  })
})

describe('required inputs and the service definition file', () => {
  test('cluster and service are required against live services', () => {
    const noCluster = inputError({ ...BASE, cluster: '' })
    expect(noCluster.input).toBe('cluster')
    expect(noCluster.message).toContain('required')
    const noService = inputError({ ...BASE, service: '' })
    expect(noService.input).toBe('service')
    expect(noService.message).toContain('required')
  })

  test('with service-definition neither cluster nor service is needed', () => {
    const inputs = parse({
      'service-definition': 'deploy/web.json',
      'ca-arn': CA_ARN,
      'role-arn': ROLE_ARN
    })
    expect(inputs.cluster).toBe('')
    expect(inputs.services).toEqual({ all: false, names: [] })
    expect(inputs.serviceDefinition).toStrictEqual({
      patterns: ['deploy/web.json'],
      inPlace: false
    })
  })

  test('service-definition takes several paths and globs, on lines or with commas', () => {
    const inputs = parse({
      mode: 'verify',
      'service-definition': 'deploy/**/*.json\ncdk.out/*.template.json, infra/web.yaml\n',
      'in-place': 'true'
    })
    expect(inputs.serviceDefinition).toStrictEqual({
      patterns: ['deploy/**/*.json', 'cdk.out/*.template.json', 'infra/web.yaml'],
      inPlace: true
    })
  })

  test('in-place and service-definition-output cannot go together', () => {
    const error = inputError({
      ...BASE,
      'service-definition': 'web.json',
      'service-definition-output': 'out.json',
      'in-place': 'true'
    })
    expect(error.input).toBe('in-place')
    expect(error.message).toContain('service-definition-output')
  })

  test('in-place needs service-definition, and must be a boolean', () => {
    expect(inputError({ ...BASE, 'in-place': 'true' }).message).toContain('service-definition')
    expect(inputError({ ...BASE, 'service-definition': 'a.json', 'in-place': 'yes' }).input).toBe(
      'in-place'
    )
  })

  test('service-definition-output goes with service-definition', () => {
    const inputs = parse({
      mode: 'verify',
      'service-definition': 'web.json',
      'service-definition-output': 'out/web.tls.json'
    })
    expect(inputs.serviceDefinition).toStrictEqual({
      patterns: ['web.json'],
      inPlace: false,
      output: 'out/web.tls.json'
    })
  })

  test('service-definition-output alone is rejected', () => {
    const error = inputError({ ...BASE, 'service-definition-output': 'out.json' })
    expect(error.input).toBe('service-definition-output')
    expect(error.message).toContain('service-definition')
  })

  test('the file mode still requires ca-arn in apply', () => {
    expect(inputError({ 'service-definition': 'web.json', 'role-arn': ROLE_ARN }).input).toBe(
      'ca-arn'
    )
  })
})

describe('one service, one entry', () => {
  test('a name and the ARN of the same service merge into the first spelling', () => {
    expect(parse({ ...BASE, service: `web\n${serviceArn('web')}, api` }).services).toEqual({
      all: false,
      names: ['web', 'api']
    })
    expect(
      parse({
        ...BASE,
        cluster: `arn:aws:ecs:eu-west-1:123456789012:cluster/prod`,
        service: `${serviceArn('web')},web`
      }).services
    ).toEqual({ all: false, names: [serviceArn('web')] })
  })

  test('a service ARN of another cluster is an error naming both', () => {
    const error = inputError({
      ...BASE,
      service: 'arn:aws:ecs:eu-west-1:123456789012:service/staging/web'
    })
    expect(error.input).toBe('service')
    expect(error.message).toContain('another cluster (staging')
    expect(error.message).toContain('(prod)')
  })

  test('a service ARN of another Region than the cluster ARN is an error', () => {
    expect(
      inputError({
        ...BASE,
        cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
        service: serviceArn('web')
      }).input
    ).toBe('service')
  })
})

describe('kms-key', () => {
  test("'aws-owned' asks for the AWS-owned key on purpose; empty asks for nothing", () => {
    const owned = parse({ ...BASE, 'kms-key': 'aws-owned' })
    expect(owned.awsOwnedKey).toBe(true)
    expect(owned.kmsKey).toBeUndefined()
    const empty = parse(BASE)
    expect(empty.awsOwnedKey).toBeUndefined()
    expect(empty.kmsKey).toBeUndefined()
    expect(parse({ ...BASE, 'kms-key': KMS_KEY }).kmsKey).toBe(KMS_KEY)
    const typo = inputError({ ...BASE, 'kms-key': 'AWS-OWNED' })
    expect(typo.input).toBe('kms-key')
    expect(typo.message).toContain("expected 'aws-owned' or a key ARN like arn:aws:kms:")
  })
})

describe('service-definition with live-service inputs', () => {
  test('cluster or service next to service-definition is a warning, not an error', () => {
    const inputs = parse({
      'service-definition': 'web.json',
      'ca-arn': CA_ARN,
      'role-arn': ROLE_ARN,
      cluster: 'prod',
      service: 'web'
    })
    expect(inputs.warnings).toEqual([expect.stringMatching(/"cluster" and "service" are ignored/)])
    expect(
      parse({ 'service-definition': 'web.json', 'ca-arn': CA_ARN, 'role-arn': ROLE_ARN }).warnings
    ).toBeUndefined()
  })
})

describe('Terraform references in file mode', () => {
  const FILE_MODE = { 'service-definition': 'infra/**/*.tf' }

  test('ca-arn, kms-key and role-arn take a reference with service-definition', () => {
    const inputs = parse({
      ...FILE_MODE,
      'ca-arn': 'aws_acmpca_certificate_authority.sc.arn',
      'kms-key': 'var.kms_key',
      'role-arn': 'local.tls["role"]'
    })
    expect(inputs).toMatchObject({
      caArn: 'aws_acmpca_certificate_authority.sc.arn',
      kmsKey: 'var.kms_key',
      roleArn: 'local.tls["role"]'
    })
  })

  test('an ARN is still an ARN there', () => {
    expect(parse({ ...FILE_MODE, 'ca-arn': CA_ARN, 'role-arn': ROLE_ARN }).caArn).toBe(CA_ARN)
  })

  test('without service-definition a reference is an error naming the input', () => {
    const error = inputError({ ...BASE, 'ca-arn': 'var.ca_arn' })
    expect(error.input).toBe('ca-arn')
    expect(error.message).toMatch(/expected an ARN like arn:aws:acm-pca/)
    expect(error.message).not.toMatch(/reference/)
  })

  test.each([
    ['ca-arn', 'var ca arn'],
    ['role-arn', 'ca_arn'],
    ['kms-key', 'try(var.k, null)']
  ])('%s: %s is neither an ARN nor a reference', (input, value) => {
    const error = inputError({
      ...FILE_MODE,
      'ca-arn': CA_ARN,
      'role-arn': ROLE_ARN,
      [input]: value
    })
    expect(error.input).toBe(input)
    expect(error.message).toMatch(/or, for Terraform files, a reference like var\./)
  })
})

describe('traffic inputs', () => {
  test('on-tls-errors: revert in apply, with a fractional window', () => {
    expect(
      parse({
        ...BASE,
        'on-tls-errors': 'revert',
        'traffic-window-minutes': '0.25',
        'traffic-grace-minutes': '2.5'
      }).traffic
    ).toEqual({ check: 'warn', windowMinutes: 0.25, graceMinutes: 2.5, onTlsErrors: 'revert' })
  })

  test.each([
    [{ 'traffic-check': 'strict' }, 'traffic-check', 'expected one of warn, fail, off'],
    [{ 'traffic-window-minutes': '0.1' }, 'traffic-window-minutes', 'from 0.25 to 360'],
    [{ 'traffic-window-minutes': 'five' }, 'traffic-window-minutes', 'expected a number'],
    [{ 'traffic-grace-minutes': '-1' }, 'traffic-grace-minutes', 'expected a number'],
    [{ 'on-tls-errors': 'rollback' }, 'on-tls-errors', 'expected one of off, revert'],
    [{ 'on-tls-errors': 'revert', 'traffic-check': 'off' }, 'on-tls-errors', 'traffic-check'],
    [{ 'on-tls-errors': 'revert', mode: 'verify' }, 'on-tls-errors', 'only used in apply mode']
  ])('%j is refused, naming %s', (values, input, expected) => {
    const error = inputError({ ...BASE, ...values })
    expect(error.input).toBe(input)
    expect(error.message).toContain(expected)
  })
})
