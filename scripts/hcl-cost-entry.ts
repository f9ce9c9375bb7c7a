/**
 * Built by scripts/hcl-cost.ts into a throwaway bundle: reads one .tf file through the Terraform
 * adapter as the action would, and prints how long each step took (JSON on stdout).
 */
import { readFileSync } from 'node:fs'

const started = performance.now()
const { terraformAdapter } = await import('../src/files/terraform/adapter.js')
const imported = performance.now()
const path = process.argv[2] ?? ''
const file = { path, text: readFileSync(path, 'utf8') }
const first = await terraformAdapter.read(file, () => Promise.resolve([]))
const firstRead = performance.now()
await terraformAdapter.read(file, () => Promise.resolve([]))
const secondRead = performance.now()
process.stdout.write(
  `${JSON.stringify({
    services: first.length,
    adapterImportMs: imported - started,
    firstReadMs: firstRead - imported,
    secondReadMs: secondRead - firstRead
  })}\n`
)
