/**
 * How a TLS value is written into a .tf file: a Terraform reference (`var.ca_arn`,
 * `local.tls.role`, `aws_acmpca_certificate_authority.sc.arn`, `module.x.arn`, `x[0].arn`)
 * bare, anything else (an ARN) as a quoted string.
 */
import { isTerraformReference } from '../../util/terraform-reference.js'

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
