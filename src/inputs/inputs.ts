/**
 * Every input is read, parsed and validated here, before any AWS client exists, so a bad
 * value fails the step with a message naming the input and what it should be. The readers
 * live in their own modules by concern; this one holds the `Inputs` type and the order in
 * which `parseInputs` reads and checks them.
 */
import {
  DISCOVER_ONLY,
  type DiscoverInputs,
  readDiscoverInputs,
  readMaxServicesPerJob
} from './discover.js'
import { readServiceDefinition, type ServiceDefinitionInputs } from './file-mode.js'
import { type Mode, readMode } from './mode.js'
import { InputError, type InputReader, readBoolean, splitList } from './readers.js'
import {
  mergeSameServices,
  readCluster,
  readPortNames,
  readServices,
  type ServiceSelection
} from './services.js'
import {
  type CertificateCheck,
  readCertificateCheck,
  readCertificateGraceMinutes,
  readMinCaValidityDays,
  readTlsResources,
  requireTlsResources
} from './tls.js'
import { readTraffic, type TrafficInputs } from './traffic.js'
import {
  readIfDeploymentInProgress,
  readMaxConcurrency,
  readWait,
  type WaitInputs
} from './waiting.js'

export { MODES, type Mode } from './mode.js'
export { InputError, type InputReader, splitList } from './readers.js'
export { mergeSameServices, type ServiceSelection } from './services.js'
export { AWS_OWNED, type CertificateCheck } from './tls.js'

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
  wait: WaitInputs
  /** apply: what to do with a service whose own deployment is still in progress. */
  ifDeploymentInProgress: 'wait' | 'fail'
  maxConcurrency: number
  minCaValidityDays: number
  failOnNoncompliant: boolean
  /** Whether verify and apply check the certificate secrets ECS issued; strict: errors fail apply. */
  checkCertificates: CertificateCheck
  /** Minutes after a TLS deployment completes during which a missing secret is only a notice. */
  certificateGraceMinutes: number
  traffic: TrafficInputs
  githubToken?: string
  /** Questionable but accepted input, reported as warnings once the run starts. */
  warnings?: string[]
  /** File mode: merge into (or verify) service definition files; no AWS call. */
  serviceDefinition?: ServiceDefinitionInputs
  /** Discover mode: the Regions and clusters to list (src/discover/). */
  discover?: DiscoverInputs
  /** Write the run's result document here (src/fleet/result-file.ts), resolved from the workspace. */
  resultFile?: string
}

// The order of the reads below is the order bad inputs are reported in: keep it.
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
    wait: readWait(read),
    ifDeploymentInProgress: readIfDeploymentInProgress(read),
    maxConcurrency: readMaxConcurrency(read),
    minCaValidityDays: readMinCaValidityDays(read),
    failOnNoncompliant: readBoolean(read, 'fail-on-noncompliant', true),
    checkCertificates: readCertificateCheck(read),
    certificateGraceMinutes: readCertificateGraceMinutes(read),
    traffic: readTraffic(read, mode)
  }
  if (!inputs.services.all)
    inputs.services = {
      all: false,
      names: mergeSameServices(inputs.services.names, inputs.cluster)
    }
  const tls = readTlsResources(read, fileMode)
  if (read('result-files') || read('matrix'))
    throw new InputError(
      read('result-files') ? 'result-files' : 'matrix',
      'only used with mode: report'
    )
  const resultFile = read('result-file')
  if (resultFile) inputs.resultFile = resultFile
  requireTlsResources(mode, tls)
  if (tls.caArn) inputs.caArn = tls.caArn
  if (tls.kmsKey) inputs.kmsKey = tls.kmsKey
  if (tls.awsOwnedKey) inputs.awsOwnedKey = true
  if (tls.roleArn) inputs.roleArn = tls.roleArn
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
  const definition = readServiceDefinition(read, definitionPatterns, inPlace)
  if (definition) {
    if (definition.warning) inputs.warnings = [definition.warning]
    inputs.serviceDefinition = definition.files
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
