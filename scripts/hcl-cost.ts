/**
 * `npx tsx scripts/hcl-cost.ts [file.tf]`: what the Terraform adapter costs once bundled. It
 * builds scripts/hcl-cost-entry.ts with the action's own bundler settings (scripts/package.mjs)
 * into a temporary folder, runs it with node a few times, and prints the median of each step:
 * importing the adapter (its light half), the first read (loading the parser's chunk, both
 * .wasm files, and parsing), and a second read (parsing alone). A script, not a test: figures
 * depend on the machine.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = process.argv[2] ?? join(ROOT, '__tests__/fixtures/terraform/real/fargate-example.tf')
const out = mkdtempSync(join(tmpdir(), 'hcl-cost-'))
try {
  execFileSync(process.execPath, ['scripts/package.mjs', 'scripts/hcl-cost-entry.ts', out], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  const runs = Array.from(
    { length: 7 },
    () =>
      JSON.parse(
        execFileSync(process.execPath, [join(out, 'index.js'), target], { encoding: 'utf8' })
      ) as Record<string, number>
  )
  const median = (key: string): string => {
    const values = runs.map((run) => run[key] ?? 0).sort((a, b) => a - b)
    return (values[Math.floor(values.length / 2)] ?? 0).toFixed(1)
  }
  const sizes = readdirSync(out).map((name) => `${name} ${statSync(join(out, name)).size} B`)
  console.log(`bundle: ${sizes.join(', ')}`)
  console.log(`services read: ${runs[0]?.services ?? 0}`)
  for (const key of ['adapterImportMs', 'firstReadMs', 'secondReadMs'])
    console.log(`${key}: ${median(key)} ms (median of ${runs.length})`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
