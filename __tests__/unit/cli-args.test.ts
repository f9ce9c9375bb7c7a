/** Pure: the command line's flags as the action's inputs, validated by the same parseInputs. */
import { describe, expect, test } from '@jest/globals'
import { flagReader, parseArgs } from '../../src/cli/args.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import { parseAnyInputs } from '../../src/inputs/report-inputs.js'

describe('parseArgs', () => {
  test('the command is the mode; flags are inputs, as --name value or --name=value', () => {
    const args = parseArgs(['verify', '--cluster', 'prod', '--service=api,web', '--json'])
    expect(args.json).toBe(true)
    const inputs = parseInputs(flagReader(args))
    expect(inputs).toMatchObject({
      mode: 'verify',
      cluster: 'prod',
      services: { all: false, names: ['api', 'web'] }
    })
  })

  test('--report takes a file; report mode reads result-files and matrix', () => {
    const args = parseArgs(['report', '--result-files', 'r/*.json', '--report', 'out.md'])
    expect(args.reportFile).toBe('out.md')
    expect(parseAnyInputs(flagReader(args))).toEqual({ mode: 'report', patterns: ['r/*.json'] })
  })

  test.each([
    [['verify', '--clustr', 'x'], 'unknown flag --clustr'],
    [['verify', '--mode', 'apply'], 'unknown flag --mode: the mode is the command'],
    [['verify', '--cluster'], 'flag --cluster needs a value'],
    [['verify', '--service', 'a', '--service', 'b'], 'flag --service is given twice'],
    [['deploy'], 'unknown command "deploy"'],
    [[], 'a command is needed'],
    [['verify', 'extra', 'words'], 'unexpected argument "extra"']
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message)
  })

  test('input errors are the action’s, naming the input (the flag of the same name)', () => {
    expect(() =>
      parseInputs(flagReader(parseArgs(['plan', '--cluster', 'prod', '--service', 'api'])))
    ).toThrow('Input "ca-arn": required in plan mode')
  })
})
