/**
 * Pure: certificate details from the PEM that ACM-PCA returned, read with node:crypto so the
 * outputs describe the certificate itself rather than restating the API's metadata.
 */
import { X509Certificate } from 'node:crypto'
import type { CertificateInfo } from '../model/facts.js'

/** OpenSSL prints one RDN a line; a single line reads better in outputs and tables. */
function oneLine(name: string): string {
  return name.split('\n').join(', ')
}

export function describeCertificate(pem: string): CertificateInfo {
  const certificate = new X509Certificate(pem)
  return {
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    serialNumber: certificate.serialNumber,
    notBefore: new Date(certificate.validFrom).toISOString(),
    notAfter: new Date(certificate.validTo).toISOString(),
    fingerprintSha256: certificate.fingerprint256
  }
}

/** The certificate followed by its chain, as `curl --cacert` and most TLS clients take it. */
export function pemBundle(certificate: string, chain: string | undefined): string {
  const parts = [certificate, chain].filter((part): part is string => !!part?.trim())
  return parts.map((part) => part.trim()).join('\n') + '\n'
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 86_400_000
}

/**
 * Pure: an identity for the root of a CA's chain: the SHA-256 fingerprint of the self-signed
 * certificate among the CA certificate and its chain (the CA itself for a root CA), or, when the
 * chain does not reach one, the issuer name of its last certificate.
 */
export function chainRoot(certificatePem: string, chainPem: string): string {
  const pems = `${certificatePem}\n${chainPem}`.match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
  )
  const certificates = (pems ?? []).map((pem) => new X509Certificate(pem))
  const root = certificates.find((certificate) => certificate.subject === certificate.issuer)
  if (root) return root.fingerprint256
  const last = certificates[certificates.length - 1]
  return last ? `issuer ${last.issuer.split('\n').join(', ')}` : ''
}
