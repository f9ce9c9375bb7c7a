/**
 * Writes the run's result document (input `result-file`, or the CLI's `--json`). Loaded only
 * then, with the STS client: the account comes from GetCallerIdentity, and failing to read it
 * is recorded in the document (accountError), never a failed run.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { errorText } from '../util/errors.js'
import { parseArn } from '../util/arn.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Output } from '../util/output.js'
import type { RunResult } from '../model/result.js'
import { type RunContext, toResultDocument } from './result-document.js'

/** Where the run was: account and Region. File mode reads no AWS, so it asks nothing. */
async function whereRun(
  inputs: Inputs
): Promise<Pick<RunContext, 'account' | 'accountError' | 'region'>> {
  if (inputs.serviceDefinition) return {}
  try {
    const { readCallerIdentity } = await import('../aws/sts.js')
    const identity = await readCallerIdentity(parseArn(inputs.cluster)?.region)
    return {
      ...(identity.account ? { account: identity.account } : {}),
      ...(identity.error ? { accountError: identity.error } : {}),
      ...(identity.region ? { region: identity.region } : {})
    }
  } catch (error) {
    return { accountError: errorText(error) }
  }
}

export async function writeResult(
  inputs: Inputs,
  result: RunResult | undefined,
  verdict: Pick<RunContext, 'passed' | 'failure' | 'error'>,
  core: Output
): Promise<void> {
  const where = await whereRun(inputs)
  if (where.accountError)
    core.warning(
      `The result file records no account: STS GetCallerIdentity failed (${where.accountError})`,
      { title: 'Result file' }
    )
  const document = toResultDocument(inputs, result, {
    ...where,
    ...verdict,
    at: new Date().toISOString()
  })
  if (inputs.resultFile) {
    const path = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.resultFile)
    try {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, `${JSON.stringify(document, null, 2)}\n`)
      core.setOutput('result-file', path)
    } catch (error) {
      // A job without its result file is a lost job to the report: the step must fail too.
      core.setFailed(`Input "result-file": could not write ${path}: ${errorText(error)}`)
    }
  }
  core.result?.(document)
}
