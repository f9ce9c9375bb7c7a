/**
 * Real X.509 CA certificates for the emulated AWS Private CA, so code under test can parse
 * them (node:crypto X509Certificate) exactly as it would parse what ACM-PCA returns.
 */
import { randomBytes, webcrypto } from 'node:crypto'
// @peculiar/x509 (through tsyringe) needs the Reflect metadata API installed first.
import 'reflect-metadata'

type X509 = typeof import('@peculiar/x509')
type CryptoKey = webcrypto.CryptoKey
type CryptoKeyPair = webcrypto.CryptoKeyPair

let loaded: Promise<X509> | undefined

/**
 * Loads @peculiar/x509 only after reflect-metadata ran: a static import could be linked (and its
 * CommonJS body run) before it under some loaders, e.g. Jest's ESM mode.
 */
async function x509Lib(): Promise<X509> {
  loaded ??= import('@peculiar/x509').then((lib) => {
    lib.cryptoProvider.set(webcrypto)
    return lib
  })
  return loaded
}

export type CaKeyAlgorithm = 'EC_prime256v1' | 'RSA_2048'

export interface CaCertificateRequest {
  commonName: string
  organization?: string
  keyAlgorithm: CaKeyAlgorithm
  /** Whole seconds: X.509 validity has second precision and must equal DescribeCertificateAuthority. */
  notBefore: Date
  notAfter: Date
  /** When true, a root is generated too and signs this (subordinate) CA. */
  subordinate: boolean
}

export interface CaCertificate {
  certificatePem: string
  /** Root PEM for a subordinate CA; absent for a root, as in GetCertificateAuthorityCertificate. */
  chainPem?: string
  /** Serial as colon-separated hex, the way ACM-PCA prints serials. */
  serial: string
  signingAlgorithm: 'SHA256WITHECDSA' | 'SHA256WITHRSA'
}

const DAY_MS = 86_400_000

function keyParams(
  alg: CaKeyAlgorithm
): webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams {
  return alg === 'RSA_2048'
    ? {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256'
      }
    : { name: 'ECDSA', namedCurve: 'P-256' }
}

function signingParams(alg: CaKeyAlgorithm): webcrypto.Algorithm | webcrypto.EcdsaParams {
  return alg === 'RSA_2048' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' }
}

async function generateKeys(alg: CaKeyAlgorithm): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(keyParams(alg), true, ['sign', 'verify'])
}

function serialHex(): string {
  // Positive 16-byte serial whose first byte is 0x01-0x7f: no top bit, so DER does not read it
  // as negative, and never 0x00, which DER's minimal encoding would drop (the certificate's
  // serial would then be shorter than the one the emulator reports).
  const bytes = randomBytes(16)
  bytes[0] = ((bytes[0] ?? 0) % 0x7f) + 1
  return bytes.toString('hex')
}

function dn(commonName: string, organization: string | undefined): string {
  const escape = (v: string): string => v.replace(/([,+"\\<>;=])/g, '\\$1')
  return organization
    ? `CN=${escape(commonName)}, O=${escape(organization)}`
    : `CN=${escape(commonName)}`
}

async function caExtensions(
  x509: X509,
  publicKey: CryptoKey,
  pathLength?: number
): Promise<InstanceType<X509['Extension']>[]> {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.keyCertSign |
        x509.KeyUsageFlags.cRLSign |
        x509.KeyUsageFlags.digitalSignature,
      true
    ),
    await x509.SubjectKeyIdentifierExtension.create(publicKey)
  ]
}

/** Generates the CA certificate (and its root when subordinate). */
export async function createCaCertificate(req: CaCertificateRequest): Promise<CaCertificate> {
  const x509 = await x509Lib()
  const signingAlgorithm = req.keyAlgorithm === 'RSA_2048' ? 'SHA256WITHRSA' : 'SHA256WITHECDSA'
  const keys = await generateKeys(req.keyAlgorithm)
  const serialNumber = serialHex()
  const serial = (serialNumber.match(/../g) ?? []).join(':')
  const subject = dn(req.commonName, req.organization)

  if (!req.subordinate) {
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber,
      name: subject,
      notBefore: req.notBefore,
      notAfter: req.notAfter,
      signingAlgorithm: signingParams(req.keyAlgorithm),
      keys,
      extensions: await caExtensions(x509, keys.publicKey)
    })
    return { certificatePem: cert.toString('pem'), serial, signingAlgorithm }
  }

  // The root's validity must cover the subordinate's, like a real hierarchy.
  const rootKeys = await generateKeys(req.keyAlgorithm)
  const rootName = dn(`${req.commonName} Root`, req.organization)
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialHex(),
    name: rootName,
    notBefore: new Date(req.notBefore.getTime() - DAY_MS),
    notAfter: new Date(req.notAfter.getTime() + 365 * DAY_MS),
    signingAlgorithm: signingParams(req.keyAlgorithm),
    keys: rootKeys,
    extensions: await caExtensions(x509, rootKeys.publicKey)
  })
  const sub = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject,
    issuer: root.subject,
    notBefore: req.notBefore,
    notAfter: req.notAfter,
    signingAlgorithm: signingParams(req.keyAlgorithm),
    publicKey: keys.publicKey,
    signingKey: rootKeys.privateKey,
    extensions: [
      ...(await caExtensions(x509, keys.publicKey, 0)),
      await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey)
    ]
  })
  return {
    certificatePem: sub.toString('pem'),
    chainPem: root.toString('pem'),
    serial,
    signingAlgorithm
  }
}
