/**
 * The end-to-end tests run dist/, so a source change without `npm run package` would test old
 * code. Rebuild first when anything that goes into the bundle is newer than it.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestIn(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((entry) => newestIn(join(path, entry))))
}

export default function globalSetup(): void {
  let built = 0
  try {
    built = statSync('dist/index.js').mtimeMs
  } catch {
    // No bundle yet: build it.
  }
  const sources = Math.max(newestIn('src'), newestIn('package-lock.json'))
  if (sources > built) {
    process.stdout.write('\nSources are newer than dist/: running `npm run package` first.\n')
    execFileSync('npm', ['run', 'package', '--silent'], { stdio: 'inherit' })
  }
}
