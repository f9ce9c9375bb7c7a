/**
 * Which policy file in policies/ grants each permission the action uses, so an AccessDenied can
 * say what to grant and where to find it. A unit test checks this table against the files.
 */
export const POLICY_FILES = {
  readOnly: 'policies/read-only.json',
  apply: 'policies/apply.json'
} as const

type PolicyFile = keyof typeof POLICY_FILES

const BOTH: PolicyFile[] = ['readOnly', 'apply']

export const PERMISSIONS: Record<string, PolicyFile[]> = {
  'ecs:DescribeServices': BOTH,
  'ecs:ListServices': BOTH,
  'ecs:DescribeTaskDefinition': BOTH,
  'ecs:UpdateService': ['apply'],
  'iam:PassRole': ['apply'],
  'acm-pca:DescribeCertificateAuthority': BOTH,
  'acm-pca:GetCertificateAuthorityCertificate': BOTH,
  'acm-pca:ListTags': BOTH,
  'kms:DescribeKey': BOTH,
  'kms:GetKeyPolicy': BOTH,
  'iam:GetRole': BOTH,
  'iam:ListAttachedRolePolicies': BOTH,
  'iam:SimulatePrincipalPolicy': BOTH
}

/** "policies/read-only.json and policies/apply.json grant it", or '' for an unknown permission. */
export function whereGranted(permission: string): string {
  const files = (PERMISSIONS[permission] ?? []).map((file) => POLICY_FILES[file])
  if (files.length === 0) return ''
  return `${files.join(' and ')} ${files.length > 1 ? 'grant' : 'grants'} it`
}

/** The KMS actions the role needs on a customer key (ECS developer guide, Service Connect TLS). */
export const ROLE_KMS_ACTIONS = [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair'
] as const

/** The ACM-PCA actions the role needs on the CA (the managed policy's CA statement). */
export const ROLE_CA_ACTIONS = [
  'acm-pca:IssueCertificate',
  'acm-pca:GetCertificate',
  'acm-pca:DescribeCertificateAuthority'
] as const
