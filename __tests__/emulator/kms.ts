/**
 * Emulated AWS KMS: DescribeKey over seeded keys, found by key id, key ARN, alias name or
 * alias ARN (the KeyId forms the DescribeKey model documentation lists).
 */
import { uuid } from './ids.js'
import { AwsError, epochSeconds, handler, type Handler, type RequestContext } from './protocol.js'

/** KeySpec in model/kms.json. */
export type KmsKeySpec =
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'
  | 'ECC_NIST_P256'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'ECC_SECG_P256K1'
  | 'SYMMETRIC_DEFAULT'
  | 'HMAC_224'
  | 'HMAC_256'
  | 'HMAC_384'
  | 'HMAC_512'
  | 'SM2'
  | 'ML_DSA_44'
  | 'ML_DSA_65'
  | 'ML_DSA_87'
  | 'ECC_NIST_EDWARDS25519'
/** KeyUsageType in model/kms.json. */
export type KmsKeyUsage =
  'SIGN_VERIFY' | 'ENCRYPT_DECRYPT' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT'
/** KeyState in model/kms.json. */
export type KmsKeyState =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'PendingReplicaDeletion'
  | 'Unavailable'
  | 'Updating'

export interface KmsKeySeed {
  keySpec?: KmsKeySpec
  keyUsage?: KmsKeyUsage
  enabled?: boolean
  keyState?: KmsKeyState
  /** Optional alias, with or without the alias/ prefix. */
  alias?: string
  /** The key's Region (in its ARN); default the emulator's. */
  region?: string
  /** Key policy document; default the KMS default key policy (account root may use the key). */
  policy?: object
}

export interface KmsKeyRecord {
  keyId: string
  arn: string
  keySpec: KmsKeySpec
  keyUsage: KmsKeyUsage
  keyState: KmsKeyState
  createdAt: number
  aliases: string[]
  policy: string
}

interface DescribeKeyInput {
  KeyId: string
  GrantTokens?: string[]
}

/** Algorithms DescribeKey lists for a key spec (KMS developer guide, "Key spec reference"). */
function algorithms(spec: KmsKeySpec, usage: KmsKeyUsage): Record<string, string[]> {
  if (spec === 'SYMMETRIC_DEFAULT') return { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }
  if (spec.startsWith('HMAC_')) return { MacAlgorithms: [`HMAC_SHA_${spec.slice(5)}`] }
  if (spec.startsWith('RSA_')) {
    return usage === 'SIGN_VERIFY'
      ? {
          SigningAlgorithms: [
            'RSASSA_PKCS1_V1_5_SHA_256',
            'RSASSA_PKCS1_V1_5_SHA_384',
            'RSASSA_PKCS1_V1_5_SHA_512',
            'RSASSA_PSS_SHA_256',
            'RSASSA_PSS_SHA_384',
            'RSASSA_PSS_SHA_512'
          ]
        }
      : { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }
  }
  if (usage === 'KEY_AGREEMENT') return { KeyAgreementAlgorithms: ['ECDH'] }
  if (spec === 'ECC_NIST_P384') return { SigningAlgorithms: ['ECDSA_SHA_384'] }
  if (spec === 'ECC_NIST_P521') return { SigningAlgorithms: ['ECDSA_SHA_512'] }
  if (spec.startsWith('ECC_')) return { SigningAlgorithms: ['ECDSA_SHA_256'] }
  return {}
}

export class KmsBackend {
  private readonly keys = new Map<string, KmsKeyRecord>()

  constructor(
    private readonly defaults: { region: string; accountId: string },
    private readonly clock: () => number
  ) {}

  addKmsKey(seed: KmsKeySeed = {}): string {
    const keyId = uuid()
    const arn = `arn:aws:kms:${seed.region ?? this.defaults.region}:${this.defaults.accountId}:key/${keyId}`
    const alias =
      seed.alias === undefined
        ? []
        : [seed.alias.startsWith('alias/') ? seed.alias : `alias/${seed.alias}`]
    this.keys.set(keyId, {
      keyId,
      arn,
      keySpec: seed.keySpec ?? 'SYMMETRIC_DEFAULT',
      keyUsage: seed.keyUsage ?? 'ENCRYPT_DECRYPT',
      keyState: seed.keyState ?? (seed.enabled === false ? 'Disabled' : 'Enabled'),
      createdAt: this.clock(),
      aliases: alias,
      policy: JSON.stringify(seed.policy ?? this.defaultKeyPolicy(), null, 2)
    })
    return arn
  }

  /**
   * The default key policy KMS gives a key created without one (KMS developer guide, "Default
   * key policy"): the account root may use the key, which lets IAM policies grant access.
   */
  private defaultKeyPolicy(): object {
    return {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${this.defaults.accountId}:root` },
          Action: 'kms:*',
          Resource: '*'
        }
      ]
    }
  }

  /** Resolves the four KeyId forms; throws NotFoundException like KMS. */
  private lookup(ref: string, ctx: RequestContext): KmsKeyRecord {
    const prefix = `arn:aws:kms:${ctx.region}:${this.defaults.accountId}:`
    let id = ref
    if (ref.startsWith('arn:')) {
      if (!ref.startsWith(prefix))
        throw new AwsError('NotFoundException', `Key '${ref}' does not exist`)
      id = ref.slice(prefix.length)
    }
    if (id.startsWith('alias/')) {
      const key = [...this.keys.values()].find((k) => k.aliases.includes(id))
      if (!key) {
        throw new AwsError('NotFoundException', `Alias ${prefix}${id} is not found.`)
      }
      return key
    }
    const key = this.keys.get(id.replace(/^key\//, ''))
    if (!key) {
      throw new AwsError(
        'NotFoundException',
        ref.startsWith('arn:') ? `Key '${ref}' does not exist` : `Invalid keyId '${ref}'`
      )
    }
    return key
  }

  readonly handlers: Record<string, Handler> = {
    /** KMS API Reference, GetKeyPolicy: the only policy name a key has is "default". */
    GetKeyPolicy: handler<{ KeyId: string; PolicyName?: string }>((input, ctx) => {
      const key = this.lookup(input.KeyId, ctx)
      if ((input.PolicyName ?? 'default') !== 'default')
        throw new AwsError('NotFoundException', `No such policy exists: ${input.PolicyName ?? ''}`)
      return { Policy: key.policy, PolicyName: 'default' }
    }),

    DescribeKey: handler<DescribeKeyInput>((input, ctx) => {
      const key = this.lookup(input.KeyId, ctx)
      const legacySpec = ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ECC_NIST_EDWARDS25519'].includes(
        key.keySpec
      )
      return {
        KeyMetadata: {
          AWSAccountId: this.defaults.accountId,
          KeyId: key.keyId,
          Arn: key.arn,
          CreationDate: epochSeconds(key.createdAt),
          Enabled: key.keyState === 'Enabled',
          Description: '',
          KeyUsage: key.keyUsage,
          KeyState: key.keyState,
          Origin: 'AWS_KMS',
          KeyManager: 'CUSTOMER',
          // CustomerMasterKeySpec is deprecated and has no values for the newest key specs.
          ...(legacySpec ? {} : { CustomerMasterKeySpec: key.keySpec }),
          KeySpec: key.keySpec,
          ...algorithms(key.keySpec, key.keyUsage),
          MultiRegion: false
        }
      }
    })
  }
}
