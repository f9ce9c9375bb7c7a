import { afterEach, describe, expect, test } from '@jest/globals'
import { escapeCommandData, readInput, reportInputError } from '../../src/inputs/runner-env.js'

describe('readInput', () => {
  test('reads INPUT_<NAME> with hyphens kept and spaces as underscores, trimmed', () => {
    const env = { 'INPUT_CA-ARN': '  arn:x \n', INPUT_SOME_NAME: 'v' }
    expect(readInput('ca-arn', env)).toBe('arn:x')
    expect(readInput('some name', env)).toBe('v')
    expect(readInput('missing', env)).toBe('')
  })
})

describe('reporting an input error', () => {
  const exitCode = process.exitCode
  afterEach(() => {
    process.exitCode = exitCode
  })

  test('escapes %, CR and LF so a multi-line message stays one command', () => {
    expect(escapeCommandData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
  })

  test('writes an error command and sets a failing exit code', () => {
    const written: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string) => written.push(chunk) > 0
    try {
      reportInputError('Input "mode": expected one of apply, plan, verify')
    } finally {
      process.stdout.write = write
    }
    expect(written).toEqual(['::error::Input "mode": expected one of apply, plan, verify\n'])
    expect(process.exitCode).toBe(1)
  })
})
