/**
 * The TLS configuration inputs: the CA, the KMS key and the infrastructure role (ARNs, or in
 * file mode Terraform references), and the checks of the CA and of the certificates ECS issued.
 */
import { arnProblem, CA_ARN, KMS_KEY_ARN, ROLE_ARN } from '../util/arn.js'
import { isTerraformReference } from '../util/terraform-reference.js'
import type { Mode } from './mode.js'
import { InputError, type InputReader, readArn, readBoolean, readNumber } from './readers.js'

/** check-certificates: false, true or strict. */
export type CertificateCheck = 'off' | 'on' | 'strict'

/** The `kms-key` value that asks for an AWS-owned key on purpose. */
export const AWS_OWNED = 'aws-owned'

export function readMinCaValidityDays(read: InputReader): number {
  return readNumber(read, 'min-ca-validity-days', {
    fallback: 30,
    min: 0,
    max: 3650,
    integer: true
  })
}

export function readCertificateCheck(read: InputReader): CertificateCheck {
  const text = read('check-certificates')
  if (text === 'strict') return 'strict'
  try {
    return readBoolean(read, 'check-certificates', true) ? 'on' : 'off'
  } catch {
    throw new InputError('check-certificates', `expected true, false or strict, got "${text}"`)
  }
}

export function readCertificateGraceMinutes(read: InputReader): number {
  return readNumber(read, 'certificate-grace-minutes', {
    fallback: 15,
    min: 0,
    max: 1440,
    integer: true
  })
}

/** What the TLS inputs name; each is undefined when not given. */
export interface TlsResources {
  caArn: string | undefined
  kmsKey: string | undefined
  awsOwnedKey: boolean
  roleArn: string | undefined
}

/** In file mode (`references`) each may also be a Terraform reference. */
export function readTlsResources(read: InputReader, references: boolean): TlsResources {
  const caArn = readArn(read, 'ca-arn', CA_ARN, references)
  const awsOwnedKey = read('kms-key') === AWS_OWNED
  const keyText = read('kms-key')
  const keyReference = references && !keyText.startsWith('arn:') && isTerraformReference(keyText)
  const keyProblem =
    keyText && !awsOwnedKey && !keyReference ? arnProblem(keyText, KMS_KEY_ARN) : undefined
  if (keyProblem)
    throw new InputError(
      'kms-key',
      `expected '${AWS_OWNED}' or a key ARN like ${KMS_KEY_ARN.describe}${references ? ` (or, for Terraform files, a reference like var.kms_key)` : ''}, but ${keyProblem}: "${keyText}"`
    )
  const kmsKey = awsOwnedKey ? undefined : readArn(read, 'kms-key', KMS_KEY_ARN, references)
  const roleArn = readArn(read, 'role-arn', ROLE_ARN, references)
  return { caArn, kmsKey, awsOwnedKey, roleArn }
}

/** A mode that writes TLS (apply, plan) needs the CA and the role; verify and discover do not. */
export function requireTlsResources(mode: Mode, tls: TlsResources): void {
  if (mode === 'verify' || mode === 'discover') return
  if (!tls.caArn)
    throw new InputError(
      'ca-arn',
      `required in ${mode} mode: the ARN of the AWS Private CA that issues the certificates`
    )
  if (!tls.roleArn)
    throw new InputError(
      'role-arn',
      `required in ${mode} mode: the ARN of the ECS infrastructure role for Service Connect TLS`
    )
}
