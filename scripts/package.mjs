// Builds dist/ with ncc (src/tsconfig.json: the sources alone): one chunk per lazily imported AWS
// client, and the licences of everything bundled. dist/ is committed; CI rebuilds it and fails on
// any difference.
//
//   node scripts/package.mjs                  src/index.ts -> dist/ and src/cli/main.ts -> dist/cli/
//                                             (what `npm run package` runs)
//   node scripts/package.mjs <entry> <out>    the same build of another entry (the benchmark's
//                                             SDK floor is built this way, to compare like with like)
//
// The settings below are chosen for start-up time (figures in README, "Performance"); ncc's command
// line offers none of the first two, hence its programmatic API.
// - mainFields ["module", "main"]: packages that ship an ES module build next to their CommonJS
//   one (the AWS SDK clients do, and declare themselves free of side effects) are bundled from
//   the ES modules, which webpack tree-shakes: the ECS client brings the commands this action
//   sends, not all of them. ncc's default is ["main"]. Packages with an "exports" map still
//   resolve by ncc's conditions ("node" before "import"), as Node itself would load them.
// - esm: false: a CommonJS bundle. Node loads its chunks with a synchronous require instead of
//   the ES module loader's resolve/fetch/link steps. The package is "type": "module", so the
//   bundle gets a package.json of its own that says "commonjs".
// - ncc minifies only index.js, not the chunks that dynamic imports produce, which are most of
//   the bundle; esbuild minifies those afterwards (the same code, less to parse).
import { createRequire } from 'node:module'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { transformSync } from 'esbuild'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')

const [entry = 'src/index.ts', out = 'dist'] = process.argv.slice(2)
const isAction = process.argv.length <= 2

/** One bundle: `entry` into `out` (emptied first), its chunks minified. */
async function build(entry, out, { license = false, bin = false } = {}) {
  const { code, assets, symlinks } = await ncc(resolve(entry), {
    minify: true,
    quiet: true,
    cache: false,
    esm: false,
    mainFields: ['module', 'main'],
    ...(license ? { license: 'licenses.txt' } : {})
  })
  if (Object.keys(symlinks ?? {}).length > 0)
    throw new Error(
      `ncc returned symlinks, which this script does not write: ${Object.keys(symlinks)}`
    )

  rmSync(out, { recursive: true, force: true })
  const write = (name, source, mode) => {
    const path = join(out, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, source, mode === undefined ? {} : { mode })
  }
  // A command (package.json "bin") starts with the line that tells the shell to run node.
  const shebang = '#!/usr/bin/env node\n'
  write(
    'index.js',
    bin && !code.startsWith('#!') ? `${shebang}${code}` : code,
    bin ? 0o755 : undefined
  )
  write('package.json', `${JSON.stringify({ type: 'commonjs' })}\n`)
  for (const [name, asset] of Object.entries(assets)) {
    const chunk = /^\d+\.index\.js$/.test(name)
    const source = chunk
      ? transformSync(String(asset.source), {
          minify: true,
          format: 'cjs',
          target: 'node20',
          legalComments: 'none'
        }).code
      : asset.source
    write(name, source, asset.permissions)
  }
}

await build(entry, out, { license: isAction })
// The command line (src/cli/main.ts) is its own bundle in dist/cli/, what `npm pack` ships.
if (isAction) await build('src/cli/main.ts', join(out, 'cli'), { license: true, bin: true })
// The HCL parser's WebAssembly (src/files/terraform/parser.ts reads these names from next to
// its chunk). Copied here rather than left to ncc, whose copy of a binary asset is not byte for
// byte. Only the grammar's licence is added: web-tree-sitter's JavaScript is bundled, so ncc
// already lists its licence.
const WASM_FILES = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'
}
for (const [name, from] of Object.entries(WASM_FILES)) {
  copyFileSync(require.resolve(from), join(out, name))
  // The command line reads .tf files too, from its own folder.
  if (isAction) copyFileSync(require.resolve(from), join(out, 'cli', name))
}
if (isAction) {
  const grammar = '@tree-sitter-grammars/tree-sitter-hcl'
  const licence = readFileSync(require.resolve(`${grammar}/LICENSE`), 'utf8')
  writeFileSync(
    join(out, 'licenses.txt'),
    `${readFileSync(join(out, 'licenses.txt'), 'utf8')}\n${grammar} (tree-sitter-hcl.wasm)\nApache-2.0\n${licence}`
  )
}
