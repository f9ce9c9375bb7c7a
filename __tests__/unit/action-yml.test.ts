/**
 * action.yml is the public contract; the code is what honours it. These checks keep the two from
 * drifting apart: the same input names, the same defaults, and every output declared.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { parseInputs } from '../../src/inputs/inputs.js'
import { DECLARED_INPUTS, envNameOf, undeclaredInputs } from '../../src/inputs/declared.js'
import { outputsFor } from '../../src/report/outputs.js'
import type { CaDetails } from '../../src/model/facts.js'
import type { RunResult } from '../../src/model/result.js'

const text = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')

/** The keys two spaces in under a top-level section, with their `default:` if any. */
function section(name: string): Map<string, string | undefined> {
  const body = text.split(new RegExp(`^${name}:\\n`, 'm'))[1]?.split(/^\S/m)[0] ?? ''
  const entries = new Map<string, string | undefined>()
  let current = ''
  for (const line of body.split('\n')) {
    const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (key?.[1]) entries.set((current = key[1]), undefined)
    const fallback = /^ {4}default:\s*'?([^']*)'?\s*$/.exec(line)
    if (fallback && current) entries.set(current, fallback[1])
  }
  return entries
}

const inputs = section('inputs')
const outputs = section('outputs')

const VALID: Record<string, string> = {
  cluster: 'demo',
  service: 'api',
  'ca-arn':
    'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0e4b7b5c-9a55-4a8e-8d1f-2a6c3f1e9b01',
  'role-arn': 'arn:aws:iam::111122223333:role/tls'
}

describe('action.yml', () => {
  test('declares exactly the inputs the action reads', () => {
    const read = new Set<string>()
    parseInputs((name) => {
      read.add(name)
      return VALID[name] ?? ''
    })
    expect([...inputs.keys()].sort()).toEqual([...read].sort())
  })

  test("the list of declared inputs the action warns against is action.yml's", () => {
    expect([...DECLARED_INPUTS].sort()).toEqual([...inputs.keys()].sort())
    const env = Object.fromEntries([...inputs.keys()].map((name) => [envNameOf(name), 'x']))
    expect(undeclaredInputs({ ...env, INPUT_KMS_KEY: 'x', PATH: '/bin' })).toEqual([
      'INPUT_KMS_KEY'
    ])
  })

  test('its defaults are the defaults the code applies to an empty input', () => {
    const withDefaults = parseInputs((name) => VALID[name] ?? inputs.get(name) ?? '')
    const withNothing = parseInputs((name) => VALID[name] ?? '')
    expect(withDefaults).toEqual(withNothing)
    expect(inputs.get('mode')).toBe('apply')
    expect(inputs.get('wait-for-minutes')).toBe('30')
  })

  test('runs on node24 from the committed bundle', () => {
    expect(text).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m)
  })

  test('declares every output the action sets, in every mode', () => {
    const ca = { arn: 'arn:x' } as CaDetails
    const modes: RunResult['mode'][] = ['apply', 'plan', 'verify']
    for (const mode of modes) {
      const result: RunResult = {
        mode,
        cluster: 'demo',
        outcomes: [],
        findings: [],
        diffs: new Map(),
        ca,
        definitionFile: '/tmp/x.json',
        definitionFiles: ['/tmp/x.json'],
        diff: ''
      }
      for (const name of Object.keys(outputsFor(result)))
        expect([...outputs.keys()]).toContain(name)
    }
  })
})
