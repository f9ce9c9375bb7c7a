/**
 * Every input is read, parsed and validated here, before any AWS client exists, so a bad
 * value fails the step with a message naming the input and what it should be.
 */
import {
  arnProblem,
  CA_ARN,
  CLUSTER_ARN,
  KMS_KEY_ARN,
  nameOf,
  parseArn,
  ROLE_ARN,
  SERVICE_ARN
} from '../util/arn.js'
import type { InputName } from './declared.js'
import { isTerraformReference } from '../util/terraform-reference.js'
import {
  DISCOVER_ONLY,
  type DiscoverInputs,
  readDiscoverInputs,
  readMaxServicesPerJob
} from './discover.js'

export const MODES = ['apply', 'plan', 'verify', 'discover'] as const
export type Mode = (typeof MODES)[number]

/** check-certificates: false, true or strict. */
export type CertificateCheck = 'off' | 'on' | 'strict'

/** `all` comes from `service: '*'`. */
export type ServiceSelection = { all: true } | { all: false; names: string[] }

export interface Inputs {
  mode: Mode
  cluster: string
  services: ServiceSelection
  caArn?: string
  /** A customer key ARN. Absent: keep each port's key (apply/plan) or do not check (verify). */
  kmsKey?: string
  /** `kms-key: aws-owned`: an AWS-owned key on purpose (verify: no customer key allowed). */
  awsOwnedKey?: boolean
  roleArn?: string
  /** Empty: every Service Connect entry of each service. */
  portNames: string[]
  /** `until`: `completed` (SUCCESSFUL) or `traffic-shifted` (BAKE_TIME reached). */
  wait: {
    enabled: boolean
    timeoutMs: number
    pollMs: number
    until: 'completed' | 'traffic-shifted'
  }
  /** apply: what to do with a service whose own deployment is still in progress. */
  ifDeploymentInProgress: 'wait' | 'fail'
  maxConcurrency: number
  minCaValidityDays: number
  failOnNoncompliant: boolean
  /** Whether verify and apply check the certificate secrets ECS issued; strict: errors fail apply. */
  checkCertificates: CertificateCheck
  /** Minutes after a TLS deployment completes during which a missing secret is only a notice. */
  certificateGraceMinutes: number
  /**
   * The Service Connect TLS handshake metrics after a TLS rollout (apply) or over the last
   * window (verify): `warn` reports, `fail` fails on TLS errors, `off` reads no metrics.
   */
  traffic: {
    check: 'warn' | 'fail' | 'off'
    windowMinutes: number
    /** How long past the window's end to wait for its last period to be published. */
    graceMinutes: number
    /** apply: what to do with a service whose callers fail the TLS handshake. */
    onTlsErrors: 'off' | 'revert'
  }
  githubToken?: string
  /** Questionable but accepted input, reported as warnings once the run starts. */
  warnings?: string[]
  /** File mode: merge into (or verify) service definition files; no AWS call. */
  serviceDefinition?: {
    /** Paths and glob patterns, relative to the workspace. */
    patterns: string[]
    output?: string
    /** apply: write the merged files over the originals. */
    inPlace: boolean
  }
  /** Discover mode: the Regions and clusters to list (src/discover/). */
  discover?: DiscoverInputs
  /** Write the run's result document here (src/fleet/result-file.ts), resolved from the workspace. */
  resultFile?: string
}

export class InputError extends Error {
  constructor(
    readonly input: string,
    expected: string
  ) {
    super(`Input "${input}": ${expected}`)
    this.name = 'InputError'
  }
}

/** The `kms-key` value that asks for an AWS-owned key on purpose. */
export const AWS_OWNED = 'aws-owned'

/** Reads one input as the runner passes it: trimmed, '' when absent. */
export type InputReader = (name: InputName) => string

const YAML_TRUE = ['true', 'True', 'TRUE']
const YAML_FALSE = ['false', 'False', 'FALSE']

function readBoolean(read: InputReader, name: InputName, fallback: boolean): boolean {
  const text = read(name)
  if (text === '') return fallback
  if (YAML_TRUE.includes(text)) return true
  if (YAML_FALSE.includes(text)) return false
  throw new InputError(name, `expected a YAML boolean (true or false), got "${text}"`)
}

interface NumberRule {
  fallback: number
  min: number
  max: number
  integer?: boolean
}

function readNumber(read: InputReader, name: InputName, rule: NumberRule): number {
  const text = read(name)
  if (text === '') return rule.fallback
  const value = Number(text)
  const kind = rule.integer ? 'a whole number' : 'a number'
  if (
    !/^-?\d+(\.\d+)?$/.test(text) ||
    !Number.isFinite(value) ||
    (rule.integer && !Number.isInteger(value))
  )
    throw new InputError(name, `expected ${kind}, got "${text}"`)
  if (value < rule.min || value > rule.max)
    throw new InputError(name, `expected ${kind} from ${rule.min} to ${rule.max}, got ${text}`)
  return value
}

/** Splits a list input on newlines and commas, dropping blanks and repeats. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return [...new Set(items)]
}

/** File mode also takes a Terraform reference, compared and written as an expression. */
const REFERENCE_EXAMPLE = 'var.ca_arn, local.tls.role or aws_acmpca_certificate_authority.sc.arn'

function readArn(
  read: InputReader,
  name: InputName,
  kind: Parameters<typeof arnProblem>[1],
  references = false
): string | undefined {
  const text = read(name)
  if (text === '') return undefined
  if (references && !text.startsWith('arn:') && isTerraformReference(text)) return text
  const problem = arnProblem(text, kind)
  if (problem)
    throw new InputError(
      name,
      `expected an ARN like ${kind.describe}${references ? ` (or, for Terraform files, a reference like ${REFERENCE_EXAMPLE})` : ''}, but ${problem}: "${text}"`
    )
  return text
}

const NAME = /^[A-Za-z0-9_-]{1,255}$/

function readCluster(read: InputReader, required: boolean): string {
  const text = read('cluster')
  if (text === '') {
    if (required) throw new InputError('cluster', 'required: the name or ARN of the ECS cluster')
    return ''
  }
  if (text.startsWith('arn:')) return readArn(read, 'cluster', CLUSTER_ARN) ?? text
  if (!NAME.test(text))
    throw new InputError(
      'cluster',
      `expected a cluster name (letters, digits, - and _) or ARN, got "${text}"`
    )
  return text
}

function readServices(read: InputReader, required: boolean): ServiceSelection {
  const names = splitList(read('service'))
  if (names.length === 0) {
    if (required)
      throw new InputError('service', "required: one or more service names or ARNs, or '*' for all")
    return { all: false, names: [] }
  }
  if (names.includes('*')) {
    if (names.length > 1)
      throw new InputError('service', "'*' selects every service; list no others with it")
    return { all: true }
  }
  for (const name of names) {
    const problem = name.startsWith('arn:')
      ? arnProblem(name, SERVICE_ARN)
      : NAME.test(name)
        ? undefined
        : 'it is not a valid name'
    if (problem)
      throw new InputError(
        'service',
        `expected service names or ARNs like ${SERVICE_ARN.describe}, but ${problem}: "${name}"`
      )
  }
  return { all: false, names }
}

function readCertificateCheck(read: InputReader): CertificateCheck {
  const text = read('check-certificates')
  if (text === 'strict') return 'strict'
  try {
    return readBoolean(read, 'check-certificates', true) ? 'on' : 'off'
  } catch {
    throw new InputError('check-certificates', `expected true, false or strict, got "${text}"`)
  }
}

/**
 * One service, one entry: a name and an ARN of the same service (and a cluster given by name
 * or ARN) collapse into the first spelling, so the service is neither updated twice nor
 * reported as missing under its second spelling. A service ARN of another cluster is an error.
 */
export function mergeSameServices(names: readonly string[], cluster: string): string[] {
  const clusterArn = parseArn(cluster)
  const clusterName = nameOf(cluster)
  const seen = new Map<string, string>()
  for (const name of names) {
    const arn = parseArn(name)
    if (arn) {
      const path = arn.resource.split('/')
      const inCluster = path.length === 3 ? path[1] : undefined
      const elsewhere =
        (inCluster !== undefined && clusterName !== '' && inCluster !== clusterName) ||
        (clusterArn !== undefined &&
          (arn.region !== clusterArn.region || arn.account !== clusterArn.account))
      if (elsewhere)
        throw new InputError(
          'service',
          `"${name}" is a service of another cluster (${inCluster ?? ''} in ${arn.region}, account ${arn.account}) than "cluster" (${cluster})`
        )
    }
    const key = nameOf(name)
    if (!seen.has(key)) seen.set(key, name)
  }
  return [...seen.values()]
}

function readMode(read: InputReader): Mode {
  const text = read('mode') || 'apply'
  const mode = MODES.find((candidate) => candidate === text)
  if (!mode) throw new InputError('mode', `expected one of ${MODES.join(', ')}, got "${text}"`)
  return mode
}

function readChoice<T extends string>(
  read: InputReader,
  name: InputName,
  choices: readonly T[],
  fallback: T
): T {
  const text = read(name)
  if (text === '') return fallback
  const choice = choices.find((candidate) => candidate === text)
  if (!choice) throw new InputError(name, `expected one of ${choices.join(', ')}, got "${text}"`)
  return choice
}

function readPortNames(read: InputReader): string[] {
  const names = splitList(read('port-names'))
  for (const name of names) {
    // ECS port names: up to 64 lowercase letters, digits, underscores and hyphens, not starting with a hyphen.
    if (!/^[a-z0-9_][a-z0-9_-]{0,63}$/.test(name))
      throw new InputError(
        'port-names',
        `expected port mapping names (lowercase letters, digits, - and _), got "${name}"`
      )
  }
  return names
}

function readTraffic(read: InputReader, mode: Mode): Inputs['traffic'] {
  const check = readChoice(read, 'traffic-check', ['warn', 'fail', 'off'] as const, 'warn')
  const onTlsErrors = readChoice(read, 'on-tls-errors', ['off', 'revert'] as const, 'off')
  if (onTlsErrors === 'revert' && check === 'off')
    throw new InputError(
      'on-tls-errors',
      'revert acts on what the traffic check finds; set "traffic-check" to warn or fail with it'
    )
  if (onTlsErrors === 'revert' && mode !== 'apply')
    throw new InputError('on-tls-errors', `revert is only used in apply mode, not in ${mode}`)
  return {
    check,
    // Fractions allowed; CloudWatch has one-minute periods, so a window rounds out to them.
    windowMinutes: readNumber(read, 'traffic-window-minutes', { fallback: 5, min: 0.25, max: 360 }),
    graceMinutes: readNumber(read, 'traffic-grace-minutes', { fallback: 5, min: 0, max: 60 }),
    onTlsErrors
  }
}

export function parseInputs(read: InputReader): Inputs {
  const mode = readMode(read)
  const definitionPatterns = splitList(read('service-definition'))
  const fileMode = definitionPatterns.length > 0
  const discover = mode === 'discover'
  const live = !fileMode && !discover
  const inputs: Inputs = {
    mode,
    cluster: readCluster(read, live),
    services: readServices(read, live),
    portNames: readPortNames(read),
    wait: {
      enabled: readBoolean(read, 'wait-for-service-stability', true),
      timeoutMs: readNumber(read, 'wait-for-minutes', { fallback: 30, min: 1, max: 360 }) * 60_000,
      pollMs: readNumber(read, 'wait-poll-seconds', { fallback: 15, min: 1, max: 300 }) * 1000,
      until: readChoice(read, 'wait-until', ['completed', 'traffic-shifted'] as const, 'completed')
    },
    ifDeploymentInProgress: readChoice(
      read,
      'if-deployment-in-progress',
      ['wait', 'fail'] as const,
      'wait'
    ),
    maxConcurrency: readNumber(read, 'max-concurrency', {
      fallback: 10,
      min: 1,
      max: 50,
      integer: true
    }),
    minCaValidityDays: readNumber(read, 'min-ca-validity-days', {
      fallback: 30,
      min: 0,
      max: 3650,
      integer: true
    }),
    failOnNoncompliant: readBoolean(read, 'fail-on-noncompliant', true),
    checkCertificates: readCertificateCheck(read),
    certificateGraceMinutes: readNumber(read, 'certificate-grace-minutes', {
      fallback: 15,
      min: 0,
      max: 1440,
      integer: true
    }),
    traffic: readTraffic(read, mode)
  }
  if (!inputs.services.all)
    inputs.services = {
      all: false,
      names: mergeSameServices(inputs.services.names, inputs.cluster)
    }
  const caArn = readArn(read, 'ca-arn', CA_ARN, fileMode)
  const awsOwnedKey = read('kms-key') === AWS_OWNED
  const keyText = read('kms-key')
  const keyReference = fileMode && !keyText.startsWith('arn:') && isTerraformReference(keyText)
  const keyProblem =
    keyText && !awsOwnedKey && !keyReference ? arnProblem(keyText, KMS_KEY_ARN) : undefined
  if (keyProblem)
    throw new InputError(
      'kms-key',
      `expected '${AWS_OWNED}' or a key ARN like ${KMS_KEY_ARN.describe}${fileMode ? ` (or, for Terraform files, a reference like var.kms_key)` : ''}, but ${keyProblem}: "${keyText}"`
    )
  const kmsKey = awsOwnedKey ? undefined : readArn(read, 'kms-key', KMS_KEY_ARN, fileMode)
  const roleArn = readArn(read, 'role-arn', ROLE_ARN, fileMode)
  if (read('result-files') || read('matrix'))
    throw new InputError(
      read('result-files') ? 'result-files' : 'matrix',
      'only used with mode: report'
    )
  const resultFile = read('result-file')
  if (resultFile) inputs.resultFile = resultFile
  if (mode !== 'verify' && !discover) {
    if (!caArn)
      throw new InputError(
        'ca-arn',
        `required in ${mode} mode: the ARN of the AWS Private CA that issues the certificates`
      )
    if (!roleArn)
      throw new InputError(
        'role-arn',
        `required in ${mode} mode: the ARN of the ECS infrastructure role for Service Connect TLS`
      )
  }
  if (caArn) inputs.caArn = caArn
  if (kmsKey) inputs.kmsKey = kmsKey
  if (awsOwnedKey) inputs.awsOwnedKey = true
  if (roleArn) inputs.roleArn = roleArn
  const token = read('github-token')
  if (token) inputs.githubToken = token
  const inPlace = readBoolean(read, 'in-place', false)
  if (discover) {
    if (fileMode)
      throw new InputError(
        'service-definition',
        'not used in discover mode, which lists live clusters; leave it empty'
      )
  }
  readMaxServicesPerJob(read, (name, expected) => new InputError(name, expected))
  const discoverOnly = DISCOVER_ONLY.find((name) => read(name) !== '')
  if (discoverOnly && !discover) throw new InputError(discoverOnly, 'only used with mode: discover')
  if (fileMode) {
    const ignored = (['cluster', 'service'] as const).filter((name) => read(name) !== '')
    if (ignored.length > 0)
      inputs.warnings = [
        `Input ${ignored.map((name) => `"${name}"`).join(' and ')} ${ignored.length > 1 ? 'are' : 'is'} ignored: with "service-definition" the action reads and writes only that file, never a live service`
      ]
    const output = read('service-definition-output')
    if (inPlace && output)
      throw new InputError(
        'in-place',
        'true writes the merged files over the originals; leave "service-definition-output" empty with it'
      )
    inputs.serviceDefinition = {
      patterns: definitionPatterns,
      inPlace,
      ...(output ? { output } : {})
    }
  } else if (read('service-definition-output')) {
    throw new InputError(
      'service-definition-output',
      'only used together with "service-definition"'
    )
  } else if (inPlace) {
    throw new InputError('in-place', 'only used together with "service-definition"')
  }
  if (discover) {
    inputs.discover = readDiscoverInputs(
      read,
      splitList,
      (name, expected) => new InputError(name, expected)
    )
    const ignored = (['cluster', 'service'] as const).filter((name) => read(name) !== '')
    if (ignored.length > 0)
      inputs.warnings = [
        `Input ${ignored.map((name) => `"${name}"`).join(' and ')} ${ignored.length > 1 ? 'are' : 'is'} ignored in discover mode: it lists the clusters of "regions" (filtered by "clusters")`
      ]
  }
  return inputs
}
