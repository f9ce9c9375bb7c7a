/** The inputs of result files and mode: report (result-file, result-files, matrix). */
import { describe, expect, test } from '@jest/globals'
import { parseInputs } from '../../src/inputs/inputs.js'
import { parseAnyInputs } from '../../src/inputs/report-inputs.js'

const parse = (values: Record<string, string>) => parseAnyInputs((name) => values[name] ?? '')

describe('mode: report', () => {
  test('needs no cluster, service, CA or role; reads the glob and the matrix', () => {
    const inputs = parse({
      mode: 'report',
      'result-files': 'results/*.json, more/*.json',
      matrix: '{"include":[{"account":"1","region":"r","cluster":"c","services":"a, b"}]}'
    })
    expect(inputs).toEqual({
      mode: 'report',
      patterns: ['results/*.json', 'more/*.json'],
      matrix: [{ account: '1', region: 'r', cluster: 'c', services: ['a', 'b'] }]
    })
    expect(parse({ mode: 'report', 'result-files': 'r/*', 'github-token': 't' }).githubToken).toBe(
      't'
    )
  })

  test.each([
    [{ mode: 'report' }, 'Input "result-files": required in report mode'],
    [
      { mode: 'report', 'result-files': 'r/*', cluster: 'c' },
      'Input "cluster": not used with mode: report'
    ],
    [
      { mode: 'report', 'result-files': 'r/*', matrix: '[' },
      'Input "matrix": expected the JSON of the discover matrix'
    ],
    [
      { mode: 'report', 'result-files': 'r/*', matrix: '{"include":{}}' },
      'an object with an "include" array'
    ],
    [
      {
        mode: 'report',
        'result-files': 'r/*',
        matrix: '{"include":[{"account":"1","region":"r","cluster":"c","services":""}]}'
      },
      'include[0].services to be a comma-separated list'
    ],
    [
      { mode: 'verify', cluster: 'c', service: 'a', 'result-files': 'r/*' },
      'Input "result-files": only used with mode: report'
    ],
    [
      { mode: 'verify', cluster: 'c', service: 'a', matrix: '{}' },
      'Input "matrix": only used with mode: report'
    ]
  ])('%j is an error naming the input', (values, message) => {
    expect(() => parse(values)).toThrow(message)
  })
})

describe('result-file', () => {
  test('an unknown mode lists every mode', () => {
    expect(() => parse({ mode: 'audit' })).toThrow(
      'Input "mode": expected one of apply, plan, verify, discover, report, got "audit"'
    )
  })

  test('any run mode takes a path; absent by default', () => {
    const run = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '')
    expect(
      run({ mode: 'verify', cluster: 'c', service: 'a', 'result-file': 'r/x.json' }).resultFile
    ).toBe('r/x.json')
    expect(run({ mode: 'verify', cluster: 'c', service: 'a' }).resultFile).toBeUndefined()
  })
})
