/**
 * ARN parsing for the inputs. Validating the shape here lets a typo fail the step with a
 * message about the input, instead of an AWS error (or, worse, a deployment) later.
 */

export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

const ARN_SHAPE = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function parseArn(text: string): Arn | undefined {
  const match = ARN_SHAPE.exec(text)
  if (!match) return undefined
  const [, partition = '', service = '', region = '', account = '', resource = ''] = match
  return { partition, service, region, account, resource }
}

/** What a kind of ARN must look like; `describe` is quoted in error messages. */
interface ArnKind {
  describe: string
  service: string
  needsRegion: boolean
  resource: RegExp
}

export const CA_ARN: ArnKind = {
  describe: 'arn:aws:acm-pca:<region>:<account-id>:certificate-authority/<uuid>',
  service: 'acm-pca',
  needsRegion: true,
  resource: /^certificate-authority\/[0-9a-f-]{36}$/
}

export const KMS_KEY_ARN: ArnKind = {
  describe: 'arn:aws:kms:<region>:<account-id>:key/<key-id>',
  service: 'kms',
  needsRegion: true,
  resource: /^key\/(?:[0-9a-f-]{36}|mrk-[0-9a-f]{32})$/
}

export const ROLE_ARN: ArnKind = {
  describe: 'arn:aws:iam::<account-id>:role/<role-name>',
  service: 'iam',
  needsRegion: false,
  resource: /^role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/
}

export const CLUSTER_ARN: ArnKind = {
  describe: 'arn:aws:ecs:<region>:<account-id>:cluster/<cluster-name>',
  service: 'ecs',
  needsRegion: true,
  resource: /^cluster\/[A-Za-z0-9_-]{1,255}$/
}

export const SERVICE_ARN: ArnKind = {
  describe: 'arn:aws:ecs:<region>:<account-id>:service/<cluster-name>/<service-name>',
  service: 'ecs',
  needsRegion: true,
  resource: /^service\/(?:[A-Za-z0-9_-]{1,255}\/)?[A-Za-z0-9_-]{1,255}$/
}

/** Returns undefined when `text` is an ARN of `kind`, or why it is not. */
export function arnProblem(text: string, kind: ArnKind): string | undefined {
  const arn = parseArn(text)
  if (!arn) return 'it is not an ARN'
  if (arn.service !== kind.service) return `it is an ARN of "${arn.service}", not "${kind.service}"`
  if (kind.needsRegion && (!arn.region || !arn.account)) return 'it lacks a Region or account ID'
  if (!kind.needsRegion && (arn.region || !arn.account))
    return 'an IAM ARN has no Region and a 12-digit account ID'
  if (!kind.resource.test(arn.resource)) return `its resource "${arn.resource}" has the wrong form`
  if (kind === CA_ARN && !UUID.test(arn.resource.slice('certificate-authority/'.length)))
    return 'its certificate authority ID is not a UUID'
  return undefined
}

/** The last path segment of an ECS ARN, or the text itself when it is a plain name. */
export function nameOf(nameOrArn: string): string {
  if (!nameOrArn.startsWith('arn:')) return nameOrArn
  const parts = nameOrArn.split('/')
  return parts[parts.length - 1] ?? nameOrArn
}
