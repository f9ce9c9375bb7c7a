// Builds dist/ with ncc (src/tsconfig.json: the sources alone): one chunk per lazily imported AWS
// client, and the licences of everything bundled. dist/ is committed; CI rebuilds it and fails on
// any difference.
//
// ncc's --minify reaches only dist/index.js, not the chunks that dynamic imports produce, which
// are most of the bundle. esbuild minifies those afterwards: the same code, less to read and
// parse on every start (startup figures in README). Licence texts are in dist/licenses.txt.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformSync } from 'esbuild'

rmSync('dist', { recursive: true, force: true })
execFileSync(
  'npx',
  [
    'ncc',
    'build',
    'src/index.ts',
    '-o',
    'dist',
    '--minify',
    '--license',
    'licenses.txt',
    '--quiet'
  ],
  {
    stdio: 'inherit'
  }
)

for (const file of readdirSync('dist')) {
  if (!/^\d+\.index\.js$/.test(file)) continue
  const path = join('dist', file)
  const { code } = transformSync(readFileSync(path, 'utf8'), {
    minify: true,
    format: 'esm',
    target: 'node20',
    legalComments: 'none'
  })
  writeFileSync(path, code)
}
