/**
 * Writing the result file: the account from STS (aws-sdk-client-mock), and a failure to read it
 * recorded in the document with a warning, never a failed run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { writeResult } from '../../src/fleet/result-file.js'
import type { ResultDocument } from '../../src/fleet/result-schema.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import type { Output } from '../../src/util/output.js'
import type { RunResult } from '../../src/model/result.js'

const stsMock = mockClient(STSClient)
let folder: string

beforeEach(() => {
  stsMock.reset()
  folder = mkdtempSync(join(tmpdir(), 'sc-tls-result-'))
})
afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

function recorder(): Output & {
  lines: string[]
  outputs: Record<string, string>
  failed: string[]
} {
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  const failed: string[] = []
  const line = (text: string): void => {
    lines.push(text)
  }
  return {
    lines,
    outputs,
    failed,
    info: line,
    notice: line,
    warning: line,
    error: line,
    startGroup: line,
    endGroup: () => undefined,
    setOutput: (name, value) => {
      outputs[name] = value
    },
    setFailed: (message) => {
      failed.push(message)
    },
    summary: () => Promise.resolve()
  }
}

const result: RunResult = {
  mode: 'verify',
  cluster: 'prod',
  outcomes: [],
  findings: [],
  diffs: new Map()
}

function inputs(resultFile: string) {
  const values: Record<string, string> = {
    mode: 'verify',
    cluster: 'arn:aws:ecs:eu-west-1:111122223333:cluster/prod',
    service: '*',
    'result-file': resultFile
  }
  return parseInputs((name) => values[name] ?? '')
}

describe('writeResult', () => {
  test('records the account STS answers and sets the result-file output', async () => {
    stsMock
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '999988887777', Arn: 'arn:aws:sts::999988887777:assumed-role/ci/x' })
    const path = join(folder, 'deep', 'result.json')
    const output = recorder()
    await writeResult(inputs(path), result, { passed: true }, output)
    const document = JSON.parse(readFileSync(path, 'utf8')) as ResultDocument
    expect(document).toMatchObject({ account: '999988887777', region: 'eu-west-1', passed: true })
    expect(document.accountError).toBeUndefined()
    expect(output.outputs['result-file']).toBe(path)
    expect(output.failed).toEqual([])
  })

  test('a failed GetCallerIdentity is recorded and warned about, not fatal', async () => {
    stsMock.on(GetCallerIdentityCommand).rejects(
      Object.assign(new Error('The security token included in the request is expired'), {
        name: 'ExpiredToken'
      })
    )
    const path = join(folder, 'result.json')
    const output = recorder()
    await writeResult(inputs(path), result, { passed: true }, output)
    const document = JSON.parse(readFileSync(path, 'utf8')) as ResultDocument
    // The cluster ARN still names the account.
    expect(document.account).toBe('111122223333')
    expect(document.accountError).toContain('expired')
    expect(output.lines.join('\n')).toContain('STS GetCallerIdentity failed')
    expect(output.failed).toEqual([])
  })

  test('a result file that cannot be written fails the step, naming the input', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Account: '999988887777' })
    const blocker = join(folder, 'file')
    await writeResult(inputs(blocker), result, { passed: true }, recorder())
    const output = recorder()
    await writeResult(inputs(join(blocker, 'below.json')), result, { passed: true }, output)
    expect(output.failed[0]).toContain('Input "result-file": could not write')
  })
})
