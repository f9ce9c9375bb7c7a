// Benchmark aid, loaded with `node --import`: appends "<epoch ms> <bytes> <file>" to the file
// named by LOAD_TRACE_FILE for every file of dist/ that the action loads, so the benchmark can
// tell how much of the bundle was loaded before the first AWS response. The bundle is CommonJS
// (scripts/package.mjs), so this wraps the CommonJS loader's handler for .js files.
import { appendFileSync, statSync } from 'node:fs'
import Module from 'node:module'

const trace = process.env.LOAD_TRACE_FILE
const extensions = /** @type {Record<string, (module: unknown, filename: string) => void>} */ (
  /** @type {unknown} */ (Module)._extensions
)
const loadJs = extensions['.js']
extensions['.js'] = function (module, filename) {
  loadJs.call(this, module, filename)
  if (trace && filename.includes('/dist/'))
    appendFileSync(trace, `${Date.now()} ${statSync(filename).size} ${filename}\n`)
}
