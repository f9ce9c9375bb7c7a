/**
 * The HCL parser: tree-sitter's HCL grammar (@tree-sitter-grammars/tree-sitter-hcl) run by
 * web-tree-sitter, both WebAssembly, so nothing is built natively on the runner and the same
 * files run everywhere. This module is imported only when a .tf file is read, and it loads the
 * runtime and the grammar once, on the first parse.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Node, Parser as TreeParser } from './tree-sitter.cjs'

export type { Node }

/** The two .wasm files; scripts/package.mjs copies them next to the bundle under these names. */
export const WASM_FILES = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'
} as const

/**
 * Next to this module when bundled (dist/), else from node_modules (tests, tsx). Both names are
 * variables on purpose: the bundler would copy a literal path itself, and its copy of a binary
 * file is not byte for byte.
 */
function wasmPath(name: keyof typeof WASM_FILES): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), name)
  if (existsSync(beside)) return beside
  const resolve = createRequire(import.meta.url).resolve
  return resolve(WASM_FILES[name])
}

let loading: Promise<TreeParser> | undefined
let loaded: TreeParser | undefined

async function load(): Promise<TreeParser> {
  const [{ Parser, Language }, runtime, grammar] = await Promise.all([
    import('./tree-sitter.cjs'),
    readFile(wasmPath('web-tree-sitter.wasm')),
    readFile(wasmPath('tree-sitter-hcl.wasm'))
  ])
  // The bytes, not a path: left alone, the runtime looks for its .wasm next to its own file.
  await Parser.init({ wasmBinary: runtime })
  const parser = new Parser()
  parser.setLanguage(await Language.load(grammar))
  loaded = parser
  return parser
}

/** The syntax tree of `text`; the parser is loaded on first use. */
export async function parseHcl(text: string): Promise<Node> {
  loading ??= load()
  const tree = (await loading).parse(text)
  if (!tree) throw new Error('the HCL parser returned no tree')
  return tree.rootNode
}

/** The same, synchronously, once a parse has loaded the parser (edits check their result). */
export function parseHclLoaded(text: string): Node {
  if (!loaded) throw new Error('the HCL parser is not loaded: read the file first')
  const tree = loaded.parse(text)
  if (!tree) throw new Error('the HCL parser returned no tree')
  return tree.rootNode
}
