/**
 * main.ts's run() without arguments reads its own inputs, as `@github/local-action` calls it
 * (index.ts, the runner's entry, validates first and passes them in). File mode needs no AWS.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { parseOutputFile } from '../harness/run-action.js'
import { run } from '../../src/main.js'
import { CA_ARN, ROLE_ARN } from './fixtures.js'

let folder: string
let written: string
const saved = { ...process.env }

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sc-tls-main-'))
  written = ''
  for (const name of Object.keys(process.env))
    if (/^(INPUT_|GITHUB_|RUNNER_)/.test(name)) Reflect.deleteProperty(process.env, name)
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
  rmSync(folder, { recursive: true, force: true })
})

describe('run() without arguments', () => {
  test('a bad input fails the step with a message naming it', async () => {
    process.env.INPUT_MODE = 'deploy'
    process.env['INPUT_SERVICE-DEFINITION'] = join(folder, 'none.json')

    await run()

    expect(process.exitCode).toBe(1)
    expect(written).toMatch(/^::error::Input "mode": /m)
  })

  test('reads the INPUT_ variables and runs the pipeline', async () => {
    const definition = join(folder, 'orders.json')
    writeFileSync(
      definition,
      JSON.stringify({
        serviceName: 'orders',
        serviceConnectConfiguration: {
          enabled: true,
          namespace: 'internal',
          services: [{ portName: 'http', discoveryName: 'orders' }]
        }
      })
    )
    const outputs = join(folder, 'github_output')
    writeFileSync(outputs, '')
    Object.assign(process.env, {
      'INPUT_SERVICE-DEFINITION': definition,
      'INPUT_CA-ARN': CA_ARN,
      'INPUT_ROLE-ARN': ROLE_ARN,
      GITHUB_OUTPUT: outputs,
      RUNNER_TEMP: folder
    })

    await run()

    expect(process.exitCode).not.toBe(1)
    const values = parseOutputFile(readFileSync(outputs, 'utf8'))
    expect(values['updated-services']).toBe('["orders"]')
    expect(readFileSync(values['report-file'] ?? '', 'utf8')).toMatch(
      /^## ECS Service Connect TLS ✅ apply: 1 of 1 service updated/
    )
  })
})
