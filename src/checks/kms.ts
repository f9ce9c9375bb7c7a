/** Pure checks of the customer KMS key: what ECS needs of it, and where it lives. */
import type { KeyMetadata } from '@aws-sdk/client-kms'
import type { Finding } from '../model/findings.js'
import { parseArn } from '../util/arn.js'

export function kmsFindings(key: KeyMetadata | undefined): Finding[] {
  if (!key)
    return [
      { severity: 'error', code: 'kms-key-missing', message: 'KMS DescribeKey returned no key' }
    ]
  const rules: [boolean, string, string, string][] = [
    [key.Enabled === true, 'kms-key-disabled', 'enabled', key.KeyState ?? 'disabled'],
    [
      key.KeySpec === 'SYMMETRIC_DEFAULT',
      'kms-key-not-symmetric',
      'SYMMETRIC_DEFAULT',
      key.KeySpec ?? '(none)'
    ],
    [
      key.KeyUsage === 'ENCRYPT_DECRYPT',
      'kms-key-wrong-usage',
      'ENCRYPT_DECRYPT',
      key.KeyUsage ?? '(none)'
    ]
  ]
  return rules
    .filter(([ok]) => !ok)
    .map(([, code, expected, found]) => ({
      severity: 'error',
      code,
      message: `the KMS key cannot protect Service Connect TLS private keys: ECS needs an enabled symmetric encryption key`,
      expected,
      found
    }))
}

/** Secrets are regional, so the key must live where the cluster does. */
export function kmsRegionFindings(keyArn: string, clusterRegion: string | undefined): Finding[] {
  const region = parseArn(keyArn)?.region
  if (!region || !clusterRegion || region === clusterRegion) return []
  return [
    {
      severity: 'error',
      code: 'kms-key-other-region',
      message: `the KMS key is in Region ${region}, the cluster in ${clusterRegion}: ECS keeps the TLS secrets in the cluster's Region, so use a key from that Region`,
      expected: clusterRegion,
      found: region
    }
  ]
}
