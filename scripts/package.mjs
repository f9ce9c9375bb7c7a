// Builds dist/ with ncc (src/tsconfig.json: the sources alone): minified, one chunk per lazily imported AWS client, and the licences
// of everything bundled. dist/ is committed; CI rebuilds it and fails on any difference.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

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
