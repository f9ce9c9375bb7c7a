/**
 * Emulated AWS Private CA: DescribeCertificateAuthority, GetCertificateAuthorityCertificate and
 * ListTags over CAs seeded with real X.509 certificates (certs.ts).
 */
import { createCaCertificate, type CaKeyAlgorithm } from './certs.js'
import { uuid } from './ids.js'
import { AwsError, epochSeconds, handler, type Handler, type RequestContext } from './protocol.js'

export type CaType = 'ROOT' | 'SUBORDINATE'
/** CertificateAuthorityStatus in model/acm-pca.json. */
export type CaStatus =
  'CREATING' | 'PENDING_CERTIFICATE' | 'ACTIVE' | 'DELETED' | 'DISABLED' | 'EXPIRED' | 'FAILED'
export type CaUsageMode = 'GENERAL_PURPOSE' | 'SHORT_LIVED_CERTIFICATE'

export interface CertificateAuthoritySeed {
  type?: CaType
  status?: CaStatus
  usageMode?: CaUsageMode
  /** Certificate validity in days; default 365. */
  validityDays?: number
  /** Default: now, or (for EXPIRED) early enough that NotAfter is in the past. */
  notBefore?: Date
  commonName?: string
  organization?: string
  /** Default { AmazonECSManaged: 'true' }, the tag ECS requires (ECS dev guide, Service Connect TLS). */
  tags?: Record<string, string>
  region?: string
  accountId?: string
  keyAlgorithm?: CaKeyAlgorithm | StandInKeyAlgorithm
}

/**
 * Key algorithms in the model's KeyAlgorithm enum that the emulator cannot sign with (node has
 * no ML-DSA or SM2 X.509 signing): such a CA reports the algorithm (and its signing algorithm,
 * as ACM-PCA pairs them) while its certificate is an EC P-256 stand-in.
 */
export type StandInKeyAlgorithm = 'ML_DSA_44' | 'ML_DSA_65' | 'ML_DSA_87' | 'SM2'

const STAND_IN_SIGNING: Record<StandInKeyAlgorithm, string> = {
  ML_DSA_44: 'ML_DSA_44',
  ML_DSA_65: 'ML_DSA_65',
  ML_DSA_87: 'ML_DSA_87',
  SM2: 'SM3WITHSM2'
}

const isStandIn = (algorithm: string): algorithm is StandInKeyAlgorithm =>
  algorithm in STAND_IN_SIGNING

export interface SeededCertificateAuthority {
  arn: string
  certificatePem: string
  chainPem?: string
}

export interface CaState {
  arn: string
  region: string
  accountId: string
  type: CaType
  status: CaStatus
  usageMode: CaUsageMode
  keyAlgorithm: CaKeyAlgorithm | StandInKeyAlgorithm
  signingAlgorithm: string
  subject: { CommonName: string; Organization?: string }
  /** ms since the epoch, whole seconds (X.509 validity precision). */
  notBefore: number
  notAfter: number
  createdAt: number
  serial: string
  certificatePem: string
  chainPem?: string
  tags: Record<string, string>
}

interface ArnInput {
  CertificateAuthorityArn: string
}
interface ListTagsInput extends ArnInput {
  MaxResults?: number
  NextToken?: string
}

const DAY_MS = 86_400_000

/** States in which a CA has no certificate installed yet (or never will). */
const WITHOUT_CERTIFICATE: ReadonlySet<CaStatus> = new Set([
  'CREATING',
  'PENDING_CERTIFICATE',
  'FAILED'
])

export class PcaBackend {
  private readonly cas = new Map<string, CaState>()

  constructor(
    private readonly defaults: { region: string; accountId: string },
    private readonly clock: () => number
  ) {}

  async addCertificateAuthority(
    seed: CertificateAuthoritySeed = {}
  ): Promise<SeededCertificateAuthority> {
    const region = seed.region ?? this.defaults.region
    const accountId = seed.accountId ?? this.defaults.accountId
    const status = seed.status ?? 'ACTIVE'
    const validityMs = (seed.validityDays ?? 365) * DAY_MS
    const now = Math.floor(this.clock() / 1000) * 1000
    const defaultStart = status === 'EXPIRED' ? now - validityMs - DAY_MS : now
    const notBefore = Math.floor((seed.notBefore?.getTime() ?? defaultStart) / 1000) * 1000
    const notAfter = notBefore + validityMs
    const keyAlgorithm = seed.keyAlgorithm ?? 'EC_prime256v1'
    const certificateAlgorithm = isStandIn(keyAlgorithm) ? 'EC_prime256v1' : keyAlgorithm
    const commonName = seed.commonName ?? 'Emulated Service Connect CA'
    const cert = await createCaCertificate({
      commonName,
      ...(seed.organization !== undefined ? { organization: seed.organization } : {}),
      keyAlgorithm: certificateAlgorithm,
      notBefore: new Date(notBefore),
      notAfter: new Date(notAfter),
      subordinate: seed.type === 'SUBORDINATE'
    })
    // ARN format from the model's Arn pattern and the ACM-PCA docs.
    const arn = `arn:aws:acm-pca:${region}:${accountId}:certificate-authority/${uuid()}`
    this.cas.set(arn, {
      arn,
      region,
      accountId,
      type: seed.type ?? 'ROOT',
      status,
      usageMode: seed.usageMode ?? 'GENERAL_PURPOSE',
      keyAlgorithm,
      signingAlgorithm: isStandIn(keyAlgorithm)
        ? STAND_IN_SIGNING[keyAlgorithm]
        : cert.signingAlgorithm,
      subject: {
        CommonName: commonName,
        ...(seed.organization !== undefined ? { Organization: seed.organization } : {})
      },
      notBefore,
      notAfter,
      createdAt: this.clock(),
      serial: cert.serial,
      certificatePem: cert.certificatePem,
      ...(cert.chainPem !== undefined ? { chainPem: cert.chainPem } : {}),
      tags: { ...(seed.tags ?? { AmazonECSManaged: 'true' }) }
    })
    return {
      arn,
      certificatePem: cert.certificatePem,
      ...(cert.chainPem !== undefined ? { chainPem: cert.chainPem } : {})
    }
  }

  certificateAuthority(arn: string): CaState | undefined {
    const ca = this.cas.get(arn)
    return ca ? structuredClone(ca) : undefined
  }

  /** Finds a CA; the model's pattern has already checked the ARN's shape. */
  private lookup(arn: string, ctx: RequestContext): CaState {
    const parts = arn.split(':')
    if (parts[2] !== 'acm-pca' || !(parts[5] ?? '').startsWith('certificate-authority/')) {
      throw new AwsError(
        'InvalidArnException',
        `The ARN ${arn} is not a certificate authority ARN.`
      )
    }
    const ca = this.cas.get(arn)
    // CAs are regional: an ARN of another Region is not found from this one.
    if (!ca || ca.region !== ctx.region) {
      throw new AwsError(
        'ResourceNotFoundException',
        `Could not find certificate authority ${arn}.`
      )
    }
    return ca
  }

  readonly handlers: Record<string, Handler> = {
    DescribeCertificateAuthority: handler<ArnInput>((input, ctx) => {
      const ca = this.lookup(input.CertificateAuthorityArn, ctx)
      const installed = !WITHOUT_CERTIFICATE.has(ca.status)
      return {
        CertificateAuthority: {
          Arn: ca.arn,
          OwnerAccount: ca.accountId,
          CreatedAt: epochSeconds(ca.createdAt),
          LastStateChangeAt: epochSeconds(ca.createdAt),
          Type: ca.type,
          ...(installed ? { Serial: ca.serial } : {}),
          Status: ca.status,
          ...(installed
            ? { NotBefore: epochSeconds(ca.notBefore), NotAfter: epochSeconds(ca.notAfter) }
            : {}),
          ...(ca.status === 'FAILED' ? { FailureReason: 'OTHER' } : {}),
          CertificateAuthorityConfiguration: {
            KeyAlgorithm: ca.keyAlgorithm,
            SigningAlgorithm: ca.signingAlgorithm,
            Subject: { ...ca.subject }
          },
          RevocationConfiguration: {
            CrlConfiguration: { Enabled: false },
            OcspConfiguration: { Enabled: false }
          },
          ...(ca.status === 'DELETED'
            ? { RestorableUntil: epochSeconds(ca.createdAt + 30 * DAY_MS) }
            : {}),
          KeyStorageSecurityStandard: 'FIPS_140_2_LEVEL_3_OR_HIGHER',
          UsageMode: ca.usageMode
        }
      }
    }),

    GetCertificateAuthorityCertificate: handler<ArnInput>((input, ctx) => {
      const ca = this.lookup(input.CertificateAuthorityArn, ctx)
      if (WITHOUT_CERTIFICATE.has(ca.status) || ca.status === 'DELETED') {
        throw new AwsError(
          'InvalidStateException',
          `The certificate authority ${ca.arn} is in the ${ca.status} state and has no certificate to return.`
        )
      }
      // Model: CertificateChain is absent for a root CA.
      return {
        Certificate: ca.certificatePem,
        ...(ca.chainPem !== undefined ? { CertificateChain: ca.chainPem } : {})
      }
    }),

    ListTags: handler<ListTagsInput>((input, ctx) => {
      const ca = this.lookup(input.CertificateAuthorityArn, ctx)
      const tags = Object.entries(ca.tags).map(([Key, Value]) => ({ Key, Value }))
      const start = input.NextToken === undefined ? 0 : Number.parseInt(input.NextToken, 10)
      if (!Number.isInteger(start) || start < 0 || start > tags.length) {
        throw new AwsError(
          'InvalidNextTokenException',
          'The token specified in the NextToken argument is not valid.'
        )
      }
      const max = input.MaxResults ?? 50
      const page = tags.slice(start, start + max)
      const next = start + max < tags.length ? String(start + max) : undefined
      // The model's TagList has length min 1, so an untagged CA returns no Tags member.
      return {
        ...(page.length > 0 ? { Tags: page } : {}),
        ...(next !== undefined ? { NextToken: next } : {})
      }
    })
  }
}
