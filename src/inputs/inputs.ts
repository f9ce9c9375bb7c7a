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

export const MODES = ['apply', 'plan', 'verify'] as const
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

function readArn(
  read: InputReader,
  name: InputName,
  kind: Parameters<typeof arnProblem>[1]
): string | undefined {
  const text = read(name)
  if (text === '') return undefined
  const problem = arnProblem(text, kind)
  if (problem)
    throw new InputError(name, `expected an ARN like ${kind.describe}, but ${problem}: "${text}"`)
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

export function parseInputs(read: InputReader): Inputs {
  const mode = readMode(read)
  const definitionPatterns = splitList(read('service-definition'))
  const fileMode = definitionPatterns.length > 0
  const inputs: Inputs = {
    mode,
    cluster: readCluster(read, !fileMode),
    services: readServices(read, !fileMode),
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
    })
  }
  if (!inputs.services.all)
    inputs.services = {
      all: false,
      names: mergeSameServices(inputs.services.names, inputs.cluster)
    }
  const caArn = readArn(read, 'ca-arn', CA_ARN)
  const awsOwnedKey = read('kms-key') === AWS_OWNED
  const keyProblem =
    read('kms-key') && !awsOwnedKey ? arnProblem(read('kms-key'), KMS_KEY_ARN) : undefined
  if (keyProblem)
    throw new InputError(
      'kms-key',
      `expected '${AWS_OWNED}' or a key ARN like ${KMS_KEY_ARN.describe}, but ${keyProblem}: "${read('kms-key')}"`
    )
  const kmsKey = awsOwnedKey ? undefined : readArn(read, 'kms-key', KMS_KEY_ARN)
  const roleArn = readArn(read, 'role-arn', ROLE_ARN)
  if (read('result-files') || read('matrix'))
    throw new InputError(
      read('result-files') ? 'result-files' : 'matrix',
      'only used with mode: report'
    )
  const resultFile = read('result-file')
  if (resultFile) inputs.resultFile = resultFile
  if (mode !== 'verify') {
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
  return inputs
}
