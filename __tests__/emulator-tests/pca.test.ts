/**
 * The emulated AWS Private CA returns real certificates whose validity matches the CA.
 */
import { X509Certificate } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import {
  DescribeCertificateAuthorityCommand,
  GetCertificateAuthorityCertificateCommand,
  ListTagsCommand
} from '@aws-sdk/client-acm-pca'
import { emulatorPerFile, sdkClients } from '../emulator/testing.js'

const env = emulatorPerFile()

const describeCa = async (arn: string) =>
  (
    await env.aws.pca.send(
      new DescribeCertificateAuthorityCommand({ CertificateAuthorityArn: arn })
    )
  ).CertificateAuthority

describe('ACM-PCA', () => {
  test('a root CA: PEM parses, validity equals NotBefore/NotAfter, no chain, ECS tag present', async () => {
    const seeded = await env.emu.addCertificateAuthority({
      commonName: 'Test CA',
      validityDays: 30,
      organization: 'Example'
    })
    expect(seeded.arn).toMatch(
      /^arn:aws:acm-pca:us-east-1:111122223333:certificate-authority\/[0-9a-f-]{36}$/
    )
    const ca = await describeCa(seeded.arn)
    const got = await env.aws.pca.send(
      new GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: seeded.arn })
    )
    expect(got.CertificateChain).toBeUndefined()
    expect(got.Certificate).toBe(seeded.certificatePem)

    const cert = new X509Certificate(got.Certificate ?? '')
    expect(cert.ca).toBe(true)
    expect(cert.subject).toBe('CN=Test CA\nO=Example')
    expect(cert.checkIssued(cert)).toBe(true)
    expect(new Date(cert.validFrom).getTime()).toBe(ca?.NotBefore?.getTime())
    expect(new Date(cert.validTo).getTime()).toBe(ca?.NotAfter?.getTime())
    expect((ca?.NotAfter?.getTime() ?? 0) - (ca?.NotBefore?.getTime() ?? 0)).toBe(30 * 86_400_000)
    expect(ca?.Serial?.replace(/:/g, '').toUpperCase()).toBe(cert.serialNumber)
    expect(ca).toMatchObject({
      Arn: seeded.arn,
      OwnerAccount: '111122223333',
      Type: 'ROOT',
      Status: 'ACTIVE',
      UsageMode: 'GENERAL_PURPOSE',
      CertificateAuthorityConfiguration: {
        KeyAlgorithm: 'EC_prime256v1',
        SigningAlgorithm: 'SHA256WITHECDSA',
        Subject: { CommonName: 'Test CA', Organization: 'Example' }
      }
    })
    const tags = await env.aws.pca.send(
      new ListTagsCommand({ CertificateAuthorityArn: seeded.arn })
    )
    expect(tags.Tags).toEqual([{ Key: 'AmazonECSManaged', Value: 'true' }])
  })

  test('a subordinate CA (RSA, short-lived): chain is the root that signed it', async () => {
    const notBefore = new Date('2026-01-01T00:00:00Z')
    const seeded = await env.emu.addCertificateAuthority({
      type: 'SUBORDINATE',
      keyAlgorithm: 'RSA_2048',
      usageMode: 'SHORT_LIVED_CERTIFICATE',
      notBefore,
      validityDays: 3650,
      tags: { team: 'platform' }
    })
    const got = await env.aws.pca.send(
      new GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: seeded.arn })
    )
    const cert = new X509Certificate(got.Certificate ?? '')
    const root = new X509Certificate(got.CertificateChain ?? '')
    expect(got.CertificateChain).toBe(seeded.chainPem)
    expect(cert.checkIssued(root)).toBe(true)
    expect(cert.verify(root.publicKey)).toBe(true)
    expect(root.ca).toBe(true)
    expect(new Date(cert.validFrom).toISOString()).toBe(notBefore.toISOString())
    const ca = await describeCa(seeded.arn)
    expect(ca).toMatchObject({
      Type: 'SUBORDINATE',
      UsageMode: 'SHORT_LIVED_CERTIFICATE',
      NotBefore: notBefore,
      CertificateAuthorityConfiguration: {
        KeyAlgorithm: 'RSA_2048',
        SigningAlgorithm: 'SHA256WITHRSA'
      }
    })
    const tags = await env.aws.pca.send(
      new ListTagsCommand({ CertificateAuthorityArn: seeded.arn })
    )
    expect(tags.Tags).toEqual([{ Key: 'team', Value: 'platform' }])
  })

  test('an EXPIRED CA has a NotAfter in the past', async () => {
    const seeded = await env.emu.addCertificateAuthority({ status: 'EXPIRED' })
    const ca = await describeCa(seeded.arn)
    expect(ca?.Status).toBe('EXPIRED')
    expect(ca?.NotAfter?.getTime()).toBeLessThan(Date.now())
  })

  test('no certificate while PENDING_CERTIFICATE; unknown and other-Region ARNs are not found', async () => {
    const pending = await env.emu.addCertificateAuthority({ status: 'PENDING_CERTIFICATE' })
    const ca = await describeCa(pending.arn)
    expect(ca?.Status).toBe('PENDING_CERTIFICATE')
    expect(ca?.NotBefore).toBeUndefined()
    await expect(
      env.aws.pca.send(
        new GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: pending.arn })
      )
    ).rejects.toMatchObject({ name: 'InvalidStateException' })

    const unknown =
      'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/00000000-0000-0000-0000-000000000000'
    await expect(describeCa(unknown)).rejects.toMatchObject({ name: 'ResourceNotFoundException' })

    const west = await env.emu.addCertificateAuthority({ region: 'us-west-2' })
    await expect(describeCa(west.arn)).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
    const westClients = sdkClients(env.emu, { maxAttempts: 1, region: 'us-west-2' })
    try {
      const found = await westClients.pca.send(
        new DescribeCertificateAuthorityCommand({ CertificateAuthorityArn: west.arn })
      )
      expect(found.CertificateAuthority?.Arn).toBe(west.arn)
    } finally {
      westClients.destroy()
    }
  })

  test('denyAccess gives AccessDeniedException', async () => {
    const seeded = await env.emu.addCertificateAuthority()
    env.emu.denyAccess('acm-pca', 'ListTags')
    try {
      await expect(
        env.aws.pca.send(new ListTagsCommand({ CertificateAuthorityArn: seeded.arn }))
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 }
      })
      await expect(describeCa(seeded.arn)).resolves.toBeDefined()
    } finally {
      env.emu.allowAccess('acm-pca')
    }
  })
})
