/**
 * Whether a value is a Terraform reference (`var.ca_arn`, `local.tls.role`,
 * `aws_acmpca_certificate_authority.sc.arn`, `module.x.arn`, `x[0].arn`) rather than a literal.
 * Kept free of the parser so that the inputs can use it before anything loads.
 */

/** A name followed by at least one `.name`, `[n]` or `["key"]`; ARNs never match (`:`). */
const REFERENCE = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"\\]*"\])+$/

export function isTerraformReference(text: string): boolean {
  return REFERENCE.test(text)
}
