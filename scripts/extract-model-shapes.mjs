#!/usr/bin/env node
/**
 * Extracts the few operations the action calls (and every shape they reach) from official
 * AWS Smithy JSON models into compact JSON files for the test emulator.
 *
 * Where the official models come from: the aws-sdk-js-v3 repository,
 * https://github.com/aws/aws-sdk-js-v3/tree/main/codegen/sdk-codegen/aws-models
 * (ecs.json, acm-pca.json, kms.json, iam.json, secrets-manager.json, cloudwatch.json; the same files AWS publishes
 * in api-models-aws).
 *
 * Usage:
 *   node scripts/extract-model-shapes.mjs [--check] <output-dir> <model.json> [<model.json> ...]
 *
 * Writes one file per service into <output-dir> (ecs.json, acm-pca.json, kms.json, iam.json,
 * secretsmanager.json, cloudwatch.json). With --check nothing is written; the script exits 1 when a committed file
 * is out of date.
 * The output has no timestamps, so re-running on the same input gives the same bytes.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'

/** The operations the action calls, keyed by the service's ARN namespace. */
const OPERATIONS = {
  ecs: [
    'DescribeServices',
    'UpdateService',
    'ListServices',
    'DescribeTaskDefinition',
    'DescribeServiceDeployments',
    'ListServiceDeployments',
    'DescribeServiceRevisions',
    'StopServiceDeployment',
    'ListClusters'
  ],
  'acm-pca': ['DescribeCertificateAuthority', 'GetCertificateAuthorityCertificate', 'ListTags'],
  kms: ['DescribeKey', 'GetKeyPolicy'],
  iam: ['GetRole', 'ListAttachedRolePolicies', 'SimulatePrincipalPolicy'],
  secretsmanager: ['ListSecrets', 'DescribeSecret'],
  monitoring: ['GetMetricData', 'ListMetrics']
}

/** The emulator's key (and file name) for a namespace whose IAM prefix differs from it. */
const FILE_KEYS = { monitoring: 'cloudwatch' }

/**
 * Protocols the current SDK speaks where the published model still names an older one: the
 * CloudWatch model carries only awsQuery, but @aws-sdk/client-cloudwatch (3.1164.0) sends AWS
 * JSON 1.0 with awsQueryCompatible (see its runtimeConfig.shared.js), so errors also carry the
 * query code in the x-amzn-query-error header.
 */
const SDK_PROTOCOLS = { monitoring: { protocol: 'awsJson1_0', awsQueryCompatible: true } }

/** Smithy prelude shapes a model may target without defining them. */
const PRELUDE = {
  String: 'string',
  Blob: 'blob',
  Boolean: 'boolean',
  PrimitiveBoolean: 'boolean',
  Byte: 'byte',
  PrimitiveByte: 'byte',
  Short: 'short',
  PrimitiveShort: 'short',
  Integer: 'integer',
  PrimitiveInteger: 'integer',
  Long: 'long',
  PrimitiveLong: 'long',
  Float: 'float',
  PrimitiveFloat: 'float',
  Double: 'double',
  PrimitiveDouble: 'double',
  BigInteger: 'bigInteger',
  BigDecimal: 'bigDecimal',
  Timestamp: 'timestamp',
  Document: 'document'
}

function fail(message) {
  console.error(`extract-model-shapes: ${message}`)
  process.exit(2)
}

function parseArgs(argv) {
  const args = argv.slice(2)
  const check = args[0] === '--check'
  if (check) args.shift()
  if (args.length < 2) {
    fail('usage: extract-model-shapes.mjs [--check] <output-dir> <model.json> [<model.json> ...]')
  }
  const [outDir, ...models] = args
  return { check, outDir, models }
}

function extract(path) {
  const raw = readFileSync(path)
  const model = JSON.parse(raw.toString('utf8'))
  const shapes = model.shapes ?? {}
  const serviceEntry = Object.entries(shapes).find(([, s]) => s.type === 'service')
  if (!serviceEntry) fail(`${path}: no service shape`)
  const [serviceId, service] = serviceEntry
  const namespace = serviceId.split('#')[0]
  const awsService = service.traits?.['aws.api#service'] ?? {}
  const key = awsService.arnNamespace
  const wanted = OPERATIONS[key]
  if (!wanted) fail(`${path}: service '${key}' is not one the action calls`)

  const modelProtocol = Object.keys(service.traits ?? {})
    .find((t) => t.startsWith('aws.protocols#'))
    ?.split('#')[1]
  const sdk = SDK_PROTOCOLS[key]
  const protocol = sdk?.protocol ?? modelProtocol

  // Shapes in the service namespace get their short name; prelude shapes keep the full id.
  const shortName = (id) => (id.startsWith(`${namespace}#`) ? id.slice(namespace.length + 1) : id)

  const out = {}
  const queue = []
  const enqueue = (id) => {
    if (id !== 'smithy.api#Unit') queue.push(id)
  }

  const operations = {}
  for (const op of wanted) {
    const id = `${namespace}#${op}`
    const shape = shapes[id]
    if (shape?.type !== 'operation') fail(`${path}: operation ${op} not found`)
    const entry = {
      input: shortName(shape.input?.target ?? 'smithy.api#Unit'),
      output: shortName(shape.output?.target ?? 'smithy.api#Unit'),
      errors: (shape.errors ?? []).map((e) => shortName(e.target))
    }
    if (shape.traits?.['smithy.api#readonly']) entry.readonly = true
    const paginated = shape.traits?.['smithy.api#paginated']
    if (paginated) entry.paginated = paginated
    operations[op] = entry
    if (shape.input) enqueue(shape.input.target)
    if (shape.output) enqueue(shape.output.target)
    for (const e of shape.errors ?? []) enqueue(e.target)
  }
  // Errors bound on the service apply to every operation.
  const serviceErrors = (service.errors ?? []).map((e) => shortName(e.target))
  for (const e of service.errors ?? []) enqueue(e.target)

  while (queue.length > 0) {
    const id = queue.pop()
    const name = shortName(id)
    if (name in out) continue
    const shape = shapes[id]
    if (!shape) {
      const prelude = id.startsWith('smithy.api#')
        ? PRELUDE[id.slice('smithy.api#'.length)]
        : undefined
      if (!prelude) fail(`${path}: shape ${id} not found`)
      out[name] = { type: prelude }
      continue
    }
    out[name] = compactShape(shape, shortName, enqueue)
  }

  const sortedShapes = Object.fromEntries(
    Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  )
  const fileKey = FILE_KEYS[key] ?? key
  return {
    key: fileKey,
    document: {
      service: fileKey,
      source: {
        file: basename(path),
        sha256: createHash('sha256').update(raw).digest('hex'),
        serviceShape: serviceId,
        version: service.version
      },
      sdkId: awsService.sdkId,
      protocol,
      ...(sdk ? { modelProtocol, awsQueryCompatible: sdk.awsQueryCompatible } : {}),
      // awsJson X-Amz-Target is "<service shape name>.<operation>".
      targetPrefix: serviceId.split('#')[1],
      signingName: service.traits?.['aws.auth#sigv4']?.name ?? awsService.endpointPrefix,
      // awsQuery requests carry Version=<API version>; responses are XML in the service's namespace.
      ...(protocol === 'awsQuery' || sdk ? { version: service.version } : {}),
      ...(service.traits?.['smithy.api#xmlNamespace']
        ? { xmlNamespace: service.traits['smithy.api#xmlNamespace'].uri }
        : {}),
      ...(serviceErrors.length > 0 ? { serviceErrors } : {}),
      operations,
      shapes: sortedShapes
    }
  }
}

function compactShape(shape, shortName, enqueue) {
  const traits = shape.traits ?? {}
  const c = { type: shape.type }
  switch (shape.type) {
    case 'structure':
    case 'union': {
      c.members = {}
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const m = { target: shortName(member.target) }
        const mt = member.traits ?? {}
        if ('smithy.api#required' in mt) m.required = true
        if (mt['smithy.api#timestampFormat']) m.timestampFormat = mt['smithy.api#timestampFormat']
        copyConstraints(mt, m)
        c.members[name] = m
        enqueue(member.target)
      }
      if (traits['smithy.api#error']) c.error = traits['smithy.api#error']
      if (traits['smithy.api#httpError']) c.httpError = traits['smithy.api#httpError']
      const queryError = traits['aws.protocols#awsQueryError']
      if (queryError) c.awsQueryError = queryError
      break
    }
    case 'list':
    case 'set':
      c.type = 'list'
      c.member = shortName(shape.member.target)
      enqueue(shape.member.target)
      break
    case 'map':
      c.key = shortName(shape.key.target)
      c.value = shortName(shape.value.target)
      enqueue(shape.key.target)
      enqueue(shape.value.target)
      break
    case 'enum':
      c.values = Object.entries(shape.members ?? {}).map(
        ([name, m]) => m.traits?.['smithy.api#enumValue'] ?? name
      )
      break
    case 'intEnum':
      c.values = Object.values(shape.members ?? {}).map((m) => m.traits['smithy.api#enumValue'])
      break
    case 'string':
      // Smithy 1.0 style enums are strings carrying an enum trait.
      if (Array.isArray(traits['smithy.api#enum'])) {
        c.type = 'enum'
        c.values = traits['smithy.api#enum'].map((e) => e.value)
      }
      break
    default:
      break
  }
  if (traits['smithy.api#timestampFormat']) c.timestampFormat = traits['smithy.api#timestampFormat']
  copyConstraints(traits, c)
  return c
}

function copyConstraints(traits, target) {
  if (traits['smithy.api#length']) target.length = traits['smithy.api#length']
  if (traits['smithy.api#range']) target.range = traits['smithy.api#range']
  if (traits['smithy.api#pattern']) target.pattern = traits['smithy.api#pattern']
}

/** Formats like the repository's Prettier config when Prettier is installed, so the output passes prettier --check. */
async function format(file, json) {
  const prettier = await import('prettier').catch(() => undefined)
  if (!prettier) return json
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(json, { ...options, filepath: file })
}

const { check, outDir, models } = parseArgs(process.argv)
let stale = 0
for (const path of models) {
  const { key, document } = extract(path)
  const file = join(outDir, `${key}.json`)
  const text = await format(file, `${JSON.stringify(document, null, 2)}\n`)
  if (check) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
    if (current !== text) {
      console.error(`${file} is out of date with ${path}`)
      stale++
    }
    continue
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(file, text)
  console.log(
    `${file}: ${Object.keys(document.operations).length} operations, ${Object.keys(document.shapes).length} shapes`
  )
}
if (stale > 0) process.exit(1)
