/**
 * The Terraform adapter's working half, imported on the first .tf file read: parse the file
 * and its folder's other files, read the services, apply edits.
 */
import type { AdaptedService, SourceText, TlsEdit } from '../formats/adapter.js'
import { FormatError } from '../formats/adapter.js'
import { applyEdits } from './edit.js'
import { fileMembers, firstError } from './hcl.js'
import { type Node, parseHcl, parseHclLoaded } from './parser.js'
import { readServices, type TfHandle } from './read.js'
import { buildScope, scopeFiles } from './scope.js'

/** A BOM becomes a space: the grammar does not take it, and offsets stay the same. */
const forParser = (text: string): string => text.replace(/^\uFEFF/, ' ')

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}

/** The file's syntax tree; a FormatError at the first syntax error. */
function checked(path: string, text: string, root: Node): Node {
  const error = firstError(root)
  if (!error) return root
  const { line, column } = position(text, error.offset)
  const near = text.slice(error.offset, error.offset + 30).split(/\r?\n/)[0]
  throw new FormatError(
    path,
    `is not valid Terraform (HCL native syntax): ${error.missing ? `expected ${error.missing}` : 'unexpected text'}${near ? ` at "${near}"` : ''}`,
    line,
    column
  )
}

export async function readTerraform(
  file: SourceText,
  others: () => Promise<SourceText[]>
): Promise<AdaptedService<TfHandle>[]> {
  const root = checked(file.path, file.text, await parseHcl(forParser(file.text)))
  const { tf, tfvars } = scopeFiles((await others()).filter((other) => other.path !== file.path))
  // A sibling that does not parse pins nothing; it is reported when it is read itself.
  const parsed = async (other: SourceText): Promise<Node | undefined> => {
    const tree = await parseHcl(forParser(other.text))
    return tree.hasError ? undefined : tree
  }
  const tfRoots = [{ path: file.path, root }]
  for (const other of tf) {
    const tree = await parsed(other)
    if (tree) tfRoots.push({ path: other.path, root: tree })
  }
  const tfvarsRoots = []
  for (const other of tfvars) {
    const tree = other.path.endsWith('.json') ? undefined : await parsed(other)
    tfvarsRoots.push({ ...other, ...(tree ? { root: tree } : {}) })
  }
  return readServices(fileMembers(root), buildScope(tfRoots, tfvarsRoots))
}

export function editTerraform(file: SourceText, edits: TlsEdit<TfHandle>[]): string {
  let result: string
  try {
    result = applyEdits(file.text, edits)
  } catch (error) {
    // A layout the edits do not handle (or a read-only entry): the file, not the run, fails.
    throw new FormatError(
      file.path,
      `TLS cannot be added: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  // The result must parse again; an edit that breaks the file is a bug, never written.
  checked(file.path, result, parseHclLoaded(forParser(result)))
  return result
}
