/**
 * What a live run acts on: the cluster, its services (names, ARNs or '*'), and the Service
 * Connect ports of each.
 */
import { arnProblem, CLUSTER_ARN, nameOf, parseArn, SERVICE_ARN } from '../util/arn.js'
import { InputError, type InputReader, readArn, splitList } from './readers.js'

/** `all` comes from `service: '*'`. */
export type ServiceSelection = { all: true } | { all: false; names: string[] }

const NAME = /^[A-Za-z0-9_-]{1,255}$/

export function readCluster(read: InputReader, required: boolean): string {
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

export function readServices(read: InputReader, required: boolean): ServiceSelection {
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

export function readPortNames(read: InputReader): string[] {
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
