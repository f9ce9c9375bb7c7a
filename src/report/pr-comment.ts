/**
 * Posts the plan or the compliance table on the pull request, as one comment that later runs
 * update. Commenting is a courtesy: any failure is a warning, never a failed check.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { errorText } from '../errors.js'
import type { RunResult } from './result.js'
import { renderSummary } from './summary.js'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY = 65_000

export function commentMarker(result: RunResult): string {
  return `<!-- ecs-service-connect-tls mode=${result.mode} cluster=${result.cluster} -->`
}

export function commentBody(result: RunResult): string {
  const marker = commentMarker(result)
  const summary = renderSummary(result)
  const body =
    summary.length > MAX_BODY
      ? `${summary.slice(0, MAX_BODY)}\n\n…(cut; the job summary has it all)`
      : summary
  return `${marker}\n${body}`
}

export async function commentOnPullRequest(token: string, result: RunResult): Promise<void> {
  const { context } = github
  const number = context.payload.pull_request?.number
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || number === undefined) return
  try {
    const octokit = github.getOctokit(token)
    const where = { ...context.repo, issue_number: number }
    const marker = commentMarker(result)
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      per_page: 100
    })
    const existing = comments.find((comment) => comment.body?.startsWith(marker))
    const body = commentBody(result)
    if (existing)
      await octokit.rest.issues.updateComment({ ...context.repo, comment_id: existing.id, body })
    else await octokit.rest.issues.createComment({ ...where, body })
    core.info(`${existing ? 'Updated' : 'Posted'} the pull request comment on #${number}`)
  } catch (error) {
    core.warning(
      `Could not comment on pull request #${number} (${errorText(error)}). A token from a fork is read-only; give the job "pull-requests: write" to enable comments.`
    )
  }
}
