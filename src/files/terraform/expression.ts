/**
 * How a TLS value is written into a .tf file: a Terraform reference (`var.ca_arn`,
 * `local.tls.role`, `aws_acmpca_certificate_authority.sc.arn`, `module.x.arn`, `x[0].arn`)
 * bare, anything else (an ARN) as a quoted string. Kept free of the parser so that the
 * inputs can use it before anything loads.
 */

/** A name followed by at least one `.name`, `[n]` or `["key"]`; ARNs never match (`:`). */
const REFERENCE = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"\\]*"\])+$/

export function isTerraformReference(text: string): boolean {
  return REFERENCE.test(text)
}

/** A quoted HCL string: backslashes, quotes and control characters escaped, `${`/`%{` doubled. */
export function quoteHcl(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')
  return `"${escaped}"`
}

export function renderValue(value: string): string {
  return isTerraformReference(value) ? value : quoteHcl(value)
}
