/**
 * The Terraform (.tf, HCL native syntax) format adapter. This module is light on purpose: the
 * parser and the reading code load on the first .tf file read (dynamic import, a chunk of its
 * own), so runs without Terraform files never pay for them.
 */
import type { FormatAdapter } from '../formats/adapter.js'
import type { TfHandle } from './read.js'

export type { TfHandle }

type Engine = typeof import('./engine.js')
let engine: Engine | undefined

/** `.tf`; or, for a file without a known extension, a top-level `resource "..."`/`module "..."` block. */
function looksLikeTerraform(path: string, text: string): boolean {
  if (/\.tf$/i.test(path)) return true
  if (/\.(json|ya?ml|tfvars|hcl)$/i.test(path) || /^\s*[{[]/.test(text)) return false
  return /^[ \t]*(resource|module)[ \t]+"[^"\n]+"([ \t]+"[^"\n]+")?[ \t]*\{/m.test(text)
}

export const terraformAdapter: FormatAdapter<TfHandle> = {
  id: 'terraform',
  label: 'Terraform configuration (.tf)',
  detect: (file) => looksLikeTerraform(file.path, file.text),
  async read(file, others) {
    engine ??= await import('./engine.js')
    return engine.readTerraform(file, others)
  },
  edit(file, edits) {
    // Handles come only from read(), which loaded the engine.
    if (!engine) throw new Error('terraformAdapter.edit called before read')
    return engine.editTerraform(file, edits)
  }
}
