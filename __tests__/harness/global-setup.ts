/**
 * The end-to-end tests run dist/, so a source change without `npm run package` would test old
 * code. Rebuild first when anything that goes into the bundle is newer than it. This is the e2e
 * project's globalSetup (jest.config.js): it runs once per Jest run, in the main process, and
 * only when end-to-end tests are in the run.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the bundle is built from: the sources, the dependencies and the build script. */
const INPUTS = ['src', 'package.json', 'package-lock.json', 'scripts/package.mjs']

function newestIn(path: string): number {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((entry) => newestIn(join(path, entry))))
}

export default function globalSetup(_global: unknown, project: { rootDir: string }): void {
  const root = project.rootDir
  // The action's bundle and the command line's (dist/cli/), built together.
  const built = Math.min(
    newestIn(join(root, 'dist/index.js')),
    newestIn(join(root, 'dist/cli/index.js'))
  )
  const sources = Math.max(...INPUTS.map((input) => newestIn(join(root, input))))
  if (built === 0 || sources > built) {
    process.stdout.write('\nSources are newer than dist/: running `npm run package` first.\n')
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' })
  }
}
