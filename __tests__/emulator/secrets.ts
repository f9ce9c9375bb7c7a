/**
 * Emulated AWS Secrets Manager: ListSecrets and DescribeSecret over the secrets ECS keeps for
 * Service Connect TLS. There is no CreateSecret or GetSecretValue: secrets appear only when the
 * emulated ECS completes a TLS deployment (see index.ts), as they do in AWS, and their values
 * are never modelled.
 *
 * What the secrets look like (ECS developer guide, "Encrypt Amazon ECS Service Connect
 * traffic"; the AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity
 * managed policy, whose CreateSecret statement requires the `ecs-sc!` name prefix and the tags
 * `AmazonECSCreated` and `AmazonECSManaged`): names start with `ecs-sc!` (what follows is this
 * emulator's own choice: AWS does not document it), tagged `AmazonECSCreated = <service ARN>`
 * and `AmazonECSManaged = true`, rotated by managed rotation every 5 days (Secrets Manager user
 * guide, "Managed rotation"; the ECS guide's "certificates rotate every five days").
 *
 * Time: rotations are derived lazily from the creation time and the current clock, so moving
 * every stored time back (`shiftTime`) is the same as that much time passing.
 */
import { createHash } from 'node:crypto'
import { AwsError, epochSeconds, handler, type Handler } from './protocol.js'

export const DAY_MS = 86_400_000
/** Managed rotation period for Service Connect certificates. */
export const ROTATION_PERIOD_MS = 5 * DAY_MS

export interface SecretTag {
  Key: string
  Value: string
}

export interface SecretRecord {
  name: string
  arn: string
  /** The Region the secret was created in. */
  region: string
  createdAt: number
  rotationEnabled: boolean
  /** Rotations due at or after this time fail (RotationFailed in CloudTrail); none before. */
  rotationFailsFrom?: number
  tags: SecretTag[]
  /** Regions the secret is replicated to. */
  replicaRegions: string[]
}

/** The secret as of `now`: what rotation made of it. */
export interface SecretView extends SecretRecord {
  lastRotatedAt?: number
  /** Absent when rotation is off; in the past when rotation keeps failing (model doc). */
  nextRotationAt?: number
  versionId: string
}

interface Filter {
  Key?: string
  Values?: string[]
}

interface ListSecretsInput {
  IncludePlannedDeletion?: boolean
  MaxResults?: number
  NextToken?: string
  Filters?: Filter[]
  SortOrder?: 'asc' | 'desc'
}

interface DescribeSecretInput {
  SecretId: string
}

const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A deterministic pseudo-random string from a seed (ARN suffixes, version ids). */
function digest(seed: string): string {
  return createHash('sha256').update(seed).digest('hex')
}

function asUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/**
 * Filter semantics from the model's Filter.Key documentation: every key is a prefix match
 * (case-sensitive except `description` and `all`); a value starting with `!` negates. Values
 * of one filter are alternatives; all filters must match (Secrets Manager user guide, "Find
 * secrets").
 */
function valueMatches(
  candidates: readonly string[],
  wanted: string,
  caseSensitive: boolean
): boolean {
  const negate = wanted.startsWith('!')
  const raw = negate ? wanted.slice(1) : wanted
  const norm = (text: string): string => (caseSensitive ? text : text.toLowerCase())
  const hit = candidates.some((candidate) => norm(candidate).startsWith(norm(raw)))
  return negate ? !hit : hit
}

export class SecretsBackend {
  private readonly secrets: SecretRecord[] = []

  constructor(private readonly defaults: { region: string; accountId: string }) {}

  /** Stores a secret as ECS would create it for a service; returns it. */
  addServiceSecret(serviceArn: string, at: number): SecretRecord {
    const id = digest(`${serviceArn}#${String(this.secrets.length)}`)
    const name = `ecs-sc!${asUuid(id)}`
    const suffix = Array.from(
      { length: 6 },
      (_, i) => SUFFIX_CHARS[parseInt(id.slice(32 + i * 2, 34 + i * 2), 16) % SUFFIX_CHARS.length]
    ).join('')
    const record: SecretRecord = {
      name,
      arn: `arn:aws:secretsmanager:${this.defaults.region}:${this.defaults.accountId}:secret:${name}-${suffix}`,
      region: this.defaults.region,
      createdAt: at,
      rotationEnabled: true,
      tags: [
        { Key: 'AmazonECSCreated', Value: serviceArn },
        { Key: 'AmazonECSManaged', Value: 'true' }
      ],
      replicaRegions: []
    }
    this.secrets.push(record)
    return record
  }

  /** The stored secrets ECS created for a service (the AmazonECSCreated tag). */
  forService(serviceArn: string): SecretRecord[] {
    return this.secrets.filter((secret) =>
      secret.tags.some((tag) => tag.Key === 'AmazonECSCreated' && tag.Value === serviceArn)
    )
  }

  /** Moves every stored time back by `ms`: to anyone reading, that much time has passed. */
  shiftTime(ms: number): void {
    for (const secret of this.secrets) {
      secret.createdAt -= ms
      if (secret.rotationFailsFrom !== undefined) secret.rotationFailsFrom -= ms
    }
  }

  view(secret: SecretRecord, now: number): SecretView {
    // Rotations fall due at createdAt + k * period (k >= 1); those before rotationFailsFrom succeed.
    const due = Math.floor((now - secret.createdAt) / ROTATION_PERIOD_MS)
    const working =
      secret.rotationFailsFrom === undefined
        ? due
        : Math.ceil((secret.rotationFailsFrom - secret.createdAt) / ROTATION_PERIOD_MS) - 1
    const rotations = secret.rotationEnabled ? Math.max(0, Math.min(due, working)) : 0
    const lastRotatedAt =
      rotations > 0 ? secret.createdAt + rotations * ROTATION_PERIOD_MS : undefined
    const from = lastRotatedAt ?? secret.createdAt
    return {
      ...secret,
      ...(lastRotatedAt !== undefined ? { lastRotatedAt } : {}),
      ...(secret.rotationEnabled ? { nextRotationAt: from + ROTATION_PERIOD_MS } : {}),
      versionId: asUuid(digest(`${secret.arn}@${String(rotations)}`))
    }
  }

  /** The secrets visible in a Region: the ones created there and replicas of others. */
  private visibleIn(region: string): { secret: SecretRecord; arn: string }[] {
    return this.secrets.flatMap((secret) => {
      if (secret.region === region) return [{ secret, arn: secret.arn }]
      if (secret.replicaRegions.includes(region))
        return [{ secret, arn: secret.arn.replace(`:${secret.region}:`, `:${region}:`) }]
      return []
    })
  }

  /** One secret by ARN or name as seen in `region`, without listing them all (benchmarks ask 2,000 times). */
  private findVisible(
    region: string,
    id: string
  ): { secret: SecretRecord; arn: string } | undefined {
    for (const secret of this.secrets) {
      if (secret.region === region) {
        if (secret.arn === id || secret.name === id) return { secret, arn: secret.arn }
      } else if (secret.replicaRegions.includes(region)) {
        const arn = secret.arn.replace(`:${secret.region}:`, `:${region}:`)
        if (arn === id || secret.name === id) return { secret, arn }
      }
    }
    return undefined
  }

  private matches(secret: SecretRecord, filter: Filter): boolean {
    const values = filter.Values ?? []
    const candidates = ((): { texts: string[]; caseSensitive: boolean } => {
      switch (filter.Key) {
        case 'name':
          return { texts: [secret.name], caseSensitive: true }
        case 'tag-key':
          return { texts: secret.tags.map((tag) => tag.Key), caseSensitive: true }
        case 'tag-value':
          return { texts: secret.tags.map((tag) => tag.Value), caseSensitive: true }
        case 'primary-region':
          return { texts: [secret.region], caseSensitive: true }
        case 'description':
        case 'owning-service':
          // These secrets have neither.
          return { texts: [], caseSensitive: false }
        default:
          return {
            texts: [secret.name, ...secret.tags.flatMap((tag) => [tag.Key, tag.Value])],
            caseSensitive: false
          }
      }
    })()
    return values.some((value) => valueMatches(candidates.texts, value, candidates.caseSensitive))
  }

  private entry(secret: SecretRecord, arn: string, now: number): Record<string, unknown> {
    const view = this.view(secret, now)
    return {
      ARN: arn,
      Name: secret.name,
      RotationEnabled: secret.rotationEnabled,
      RotationRules: { AutomaticallyAfterDays: ROTATION_PERIOD_MS / DAY_MS },
      ...(view.lastRotatedAt !== undefined
        ? { LastRotatedDate: epochSeconds(view.lastRotatedAt) }
        : {}),
      LastChangedDate: epochSeconds(view.lastRotatedAt ?? secret.createdAt),
      ...(view.nextRotationAt !== undefined
        ? { NextRotationDate: epochSeconds(view.nextRotationAt) }
        : {}),
      Tags: secret.tags.map((tag) => ({ ...tag })),
      CreatedDate: epochSeconds(secret.createdAt),
      PrimaryRegion: secret.region,
      versionsToStages: { [view.versionId]: ['AWSCURRENT'] }
    }
  }

  private encodeToken(offset: number): string {
    return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url')
  }

  private decodeToken(token: string): number {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        'offset' in parsed &&
        typeof parsed.offset === 'number'
      )
        return parsed.offset
    } catch {
      // fall through
    }
    throw new AwsError('InvalidNextTokenException', 'The NextToken value is invalid.')
  }

  readonly handlers: Record<string, Handler> = {
    ListSecrets: handler<ListSecretsInput>((input, ctx) => {
      for (const filter of input.Filters ?? []) {
        if (filter.Key === undefined || filter.Values === undefined)
          throw new AwsError(
            'InvalidParameterException',
            'A filter needs both a Key and at least one value.'
          )
      }
      const visible = this.visibleIn(ctx.region)
        .filter(({ secret }) =>
          (input.Filters ?? []).every((filter) => this.matches(secret, filter))
        )
        .sort((a, b) => a.secret.createdAt - b.secret.createdAt)
      if (input.SortOrder === 'desc') visible.reverse()
      const offset = input.NextToken !== undefined ? this.decodeToken(input.NextToken) : 0
      const size = input.MaxResults ?? 100
      const page = visible.slice(offset, offset + size)
      const next = offset + size < visible.length ? this.encodeToken(offset + size) : undefined
      return {
        SecretList: page.map(({ secret, arn }) => {
          const { versionsToStages, ...rest } = this.entry(secret, arn, ctx.now)
          return { ...rest, SecretVersionsToStages: versionsToStages }
        }),
        ...(next !== undefined ? { NextToken: next } : {})
      }
    }),
    DescribeSecret: handler<DescribeSecretInput>((input, ctx) => {
      const found = this.findVisible(ctx.region, input.SecretId)
      if (!found)
        throw new AwsError(
          'ResourceNotFoundException',
          "Secrets Manager can't find the specified secret."
        )
      const { secret, arn } = found
      const { versionsToStages, ...rest } = this.entry(secret, arn, ctx.now)
      return {
        ...rest,
        VersionIdsToStages: versionsToStages,
        // Only the primary lists its replicas (model doc for ReplicationStatus).
        ...(secret.region === ctx.region && secret.replicaRegions.length > 0
          ? {
              ReplicationStatus: secret.replicaRegions.map((Region) => ({
                Region,
                Status: 'InSync'
              }))
            }
          : {})
      }
    })
  }
}
