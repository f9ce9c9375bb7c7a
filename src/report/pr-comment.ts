/**
 * Posts the plan or the compliance table on the pull request, as one comment that later runs
 * update. Commenting is a courtesy: any failure is a warning, never a failed check.
 */
import * as github from '@actions/github'
import { errorText } from '../util/errors.js'
import type { Output } from '../util/output.js'
import { renderSummary } from './summary.js'
import type { RunResult } from '../model/result.js'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
/** GitHub rejects comment bodies over 65,536 characters; this leaves room for the marker and note. */
export const MAX_BODY = 65_000

/** Who posted the comment and about what: the job, the mode, the cluster and the service set. */
export interface CommentIdentity {
  /** GITHUB_JOB: the job's ID in the workflow. */
  job: string
  /** selectionKey() of the run. */
  key: string
}

/** Where the run came from, for the line under the heading. */
export interface CommentContext {
  commit?: { sha: string; url: string }
  runUrl?: string
  demoteErrors?: boolean
}

export function commentMarker(result: RunResult, identity: CommentIdentity): string {
  return `<!-- ecs-service-connect-tls job=${identity.job} mode=${result.mode} cluster=${result.cluster} services=${identity.key} -->`
}

/**
 * Cuts Markdown to at most `max` characters at a line boundary that is outside any fenced code
 * block and any <details> element, so what is left still renders; '' if no such line fits.
 */
export function cutMarkdown(text: string, max: number): string {
  if (text.length <= max) return text
  const lines = text.split('\n')
  let length = 0
  let inFence = false
  let openDetails = 0
  let cut = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    length += line.length + 1
    if (length > max) break
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    else if (!inFence && /<details>/.test(line)) openDetails++
    else if (!inFence && /<\/details>/.test(line)) openDetails = Math.max(0, openDetails - 1)
    if (!inFence && openDetails === 0) cut = index + 1
  }
  return lines.slice(0, cut).join('\n')
}

export function commentBody(
  result: RunResult,
  identity: CommentIdentity,
  context: CommentContext = {}
): string {
  const where: string[] = []
  if (context.commit)
    where.push(`commit [\`${context.commit.sha.slice(0, 7)}\`](${context.commit.url})`)
  if (context.runUrl) where.push(`[workflow run](${context.runUrl})`)
  const summary = renderSummary(result, {
    context: where,
    ...(context.demoteErrors ? { demoteErrors: true } : {})
  })
  const note = `\n\n> [!NOTE]\n> This report is too long for a comment and was cut here. The full report is in the job summary of ${context.runUrl ? `the [workflow run](${context.runUrl})` : 'the workflow run'}.`
  const body = summary.length > MAX_BODY ? `${cutMarkdown(summary, MAX_BODY)}${note}` : summary
  return `${commentMarker(result, identity)}\n${body}`
}

/** The commit and run of the current workflow, from the runner's environment and event. */
function currentContext(demoteErrors: boolean): CommentContext {
  const { context } = github
  const { owner, repo } = context.repo
  const base = `${context.serverUrl}/${owner}/${repo}`
  const head = (context.payload.pull_request as { head?: { sha?: string } } | undefined)?.head
  // On pull_request the event's SHA is a merge commit; the PR's head is what the author pushed.
  const sha = head?.sha ?? context.sha
  return {
    ...(sha ? { commit: { sha, url: `${base}/commit/${sha}` } } : {}),
    ...(Number.isFinite(context.runId) && context.runId > 0
      ? { runUrl: `${base}/actions/runs/${context.runId}` }
      : {}),
    demoteErrors
  }
}

/** Posts or updates the comment; sets the `comment-url` output to it (empty when none). */
export async function commentOnPullRequest(
  token: string,
  result: RunResult,
  options: { key: string; demoteErrors: boolean },
  core: Output
): Promise<void> {
  await upsertComment(
    token,
    (job) => {
      const identity = { job, key: options.key }
      return {
        marker: commentMarker(result, identity),
        body: (context) => commentBody(result, identity, context)
      }
    },
    options.demoteErrors,
    core
  )
}

/** One comment per marker: what a comment is about, and its body in the run's context. */
export interface CommentDraft {
  marker: string
  body: (context: CommentContext) => string
}

/**
 * Posts the comment the draft describes, or updates the one with the same marker. `draft` gets
 * the job's ID (GITHUB_JOB), which every marker includes.
 */
export async function upsertComment(
  token: string,
  draft: (job: string) => CommentDraft,
  demoteErrors: boolean,
  core: Output
): Promise<void> {
  const { context } = github
  const number = context.payload.pull_request?.number
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || number === undefined) return
  try {
    const octokit = github.getOctokit(token)
    const where = { ...context.repo, issue_number: number }
    const { marker, body: bodyOf } = draft(context.job || 'job')
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      per_page: 100
    })
    const existing = comments.find((comment) => comment.body?.startsWith(marker))
    const body = bodyOf(currentContext(demoteErrors))
    const { data } = existing
      ? await octokit.rest.issues.updateComment({ ...context.repo, comment_id: existing.id, body })
      : await octokit.rest.issues.createComment({ ...where, body })
    core.setOutput('comment-url', data.html_url)
    core.info(`${existing ? 'Updated' : 'Posted'} the pull request comment on #${number}`)
  } catch (error) {
    core.warning(
      `Could not comment on pull request #${number} (${errorText(error)}). A token from a fork is read-only; give the job "pull-requests: write" to enable comments.`
    )
  }
}
