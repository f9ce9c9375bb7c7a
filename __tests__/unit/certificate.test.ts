import { beforeAll, describe, expect, test } from '@jest/globals'
import { createHash, X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeCaFile } from '../../src/report/ca-file.js'
import { daysBetween, describeCertificate, pemBundle } from '../../src/util/pem.js'
import {
  generateCertificates,
  type GeneratedCertificates,
  opensslFacts,
  ROOT_DAYS,
  ROOT_SERIAL,
  SUBORDINATE_DAYS,
  SUBORDINATE_SERIAL
} from './fixtures.js'

let certs: GeneratedCertificates

beforeAll(() => {
  certs = generateCertificates()
})

/** SHA-256 of the DER bytes, as colon-separated upper-case hex. */
function derFingerprint(pem: string): string {
  const base64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')
  const digest = createHash('sha256')
    .update(Buffer.from(base64, 'base64'))
    .digest('hex')
    .toUpperCase()
  return digest.match(/../g)?.join(':') ?? ''
}

/** openssl's ISO 8601 form ('2026-03-01 12:00:00Z') as an ISO string with milliseconds. */
const isoFromOpenssl = (text: string): string => new Date(text.replace(' ', 'T')).toISOString()

describe('describeCertificate', () => {
  test('a root CA certificate: subject, issuer, serial and fingerprint as openssl reports them', () => {
    const info = describeCertificate(certs.rootPem)
    const facts = opensslFacts(certs.rootPem)
    // Subject in the order the RDNs were given to openssl, on one line.
    expect(info.subject).toBe('C=US, O=Example Corp, CN=Example Root CA')
    expect(info.issuer).toBe(info.subject)
    expect(facts.subject).toBe('CN=Example Root CA,O=Example Corp,C=US')
    expect(info.serialNumber).toBe(ROOT_SERIAL)
    expect(info.serialNumber).toBe(facts.serial)
    expect(info.fingerprintSha256).toBe(facts['sha256 Fingerprint'])
    expect(info.fingerprintSha256).toBe(derFingerprint(certs.rootPem))
  })

  test('validity dates are ISO 8601 and match openssl', () => {
    const info = describeCertificate(certs.rootPem)
    const facts = opensslFacts(certs.rootPem)
    expect(info.notBefore).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/)
    expect(info.notBefore).toBe(isoFromOpenssl(facts.notBefore ?? ''))
    expect(info.notAfter).toBe(isoFromOpenssl(facts.notAfter ?? ''))
    const notBefore = Date.parse(info.notBefore)
    expect(notBefore).toBeGreaterThanOrEqual(certs.generatedFrom)
    expect(notBefore).toBeLessThanOrEqual(certs.generatedTo)
    expect(Date.parse(info.notAfter) - notBefore).toBe(ROOT_DAYS * 86_400_000)
  })

  test('a subordinate CA: issuer is the root, and a serial with the high bit set has no leading 00', () => {
    const info = describeCertificate(certs.subordinatePem)
    const facts = opensslFacts(certs.subordinatePem)
    expect(info.subject).toBe('C=US, O=Example Corp, OU=Platform, CN=Example Service Connect CA')
    expect(info.issuer).toBe('C=US, O=Example Corp, CN=Example Root CA')
    expect(facts.issuer).toBe('CN=Example Root CA,O=Example Corp,C=US')
    expect(info.serialNumber).toBe(SUBORDINATE_SERIAL)
    expect(info.serialNumber).toBe(facts.serial)
    expect(info.fingerprintSha256).toBe(derFingerprint(certs.subordinatePem))
    expect(info.fingerprintSha256).not.toBe(describeCertificate(certs.rootPem).fingerprintSha256)
    expect(Date.parse(info.notAfter) - Date.parse(info.notBefore)).toBe(
      SUBORDINATE_DAYS * 86_400_000
    )
  })

  test('text that is not a certificate throws', () => {
    expect(() =>
      describeCertificate('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')
    ).toThrow()
    expect(() => describeCertificate('')).toThrow()
  })
})

describe('pemBundle', () => {
  test('certificate then chain, one newline between, one at the end', () => {
    const bundle = pemBundle(`\n${certs.subordinatePem}\n\n`, `${certs.rootPem}\n`)
    expect(bundle).toBe(`${certs.subordinatePem.trim()}\n${certs.rootPem.trim()}\n`)
    // Both certificates survive: the second one starts right after the first one ends.
    const [first, second] = bundle.split(/(?<=-----END CERTIFICATE-----)\n/)
    expect(new X509Certificate(first ?? '').serialNumber).toBe(SUBORDINATE_SERIAL)
    expect(new X509Certificate(second ?? '').serialNumber).toBe(ROOT_SERIAL)
  })

  test.each([
    ['an empty chain', ''],
    ['a blank chain', ' \n '],
    ['no chain', undefined]
  ])('a root with %s is just the certificate', (_why, chain) => {
    expect(pemBundle(certs.rootPem, chain)).toBe(`${certs.rootPem.trim()}\n`)
  })
})

test('writeCaFile writes the bundle to a file named after the CA, for --cacert', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sc-tls-ca-file-'))
  try {
    const path = await writeCaFile(
      {
        arn: 'arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
        certificatePem: certs.subordinatePem,
        chainPem: certs.rootPem,
        ...describeCertificate(certs.subordinatePem),
        status: 'ACTIVE',
        type: 'SUBORDINATE',
        usageMode: 'SHORT_LIVED_CERTIFICATE',
        keyAlgorithm: 'EC_prime256v1'
      },
      dir
    )
    expect(path).toBe(
      join(dir, 'ecs-service-connect-tls', '0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d.pem')
    )
    expect(await readFile(path, 'utf8')).toBe(pemBundle(certs.subordinatePem, certs.rootPem))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('daysBetween counts fractional days and is negative backwards', () => {
  const from = new Date('2026-01-01T00:00:00Z')
  expect(daysBetween(from, new Date('2026-01-31T12:00:00Z'))).toBe(30.5)
  expect(daysBetween(from, new Date('2025-12-31T00:00:00Z'))).toBe(-1)
})
