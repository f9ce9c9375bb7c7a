/**
 * Which policy file in policies/ grants each permission the action uses, so an AccessDenied can
 * say what to grant and where to find it. A unit test checks this table against the files.
 */
export const POLICY_FILES = {
  readOnly: 'policies/read-only.json',
  apply: 'policies/apply.json',
  discover: 'policies/discover.json'
} as const

type PolicyFile = keyof typeof POLICY_FILES

const BOTH: PolicyFile[] = ['readOnly', 'apply']

export const PERMISSIONS: Record<string, PolicyFile[]> = {
  'ecs:DescribeServices': [...BOTH, 'discover'],
  'ecs:ListServices': [...BOTH, 'discover'],
  'ecs:ListClusters': ['discover'],
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
  const listed =
    files.length > 1 ? `${files.slice(0, -1).join(', ')} and ${files.at(-1) ?? ''}` : files.join('')
  return `${listed} ${files.length > 1 ? 'grant' : 'grants'} it`
}
