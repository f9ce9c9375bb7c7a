/**
 * A local stand-in for the GitHub REST API's issue-comment endpoints, recording every request.
 * The toolkit's Octokit honours GITHUB_API_URL, so the bundled action talks to this instead.
 * Paths and payloads follow the REST reference ("Issue comments": list, create, update).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RecordedRequest {
  method: string
  path: string
  body?: { body?: string }
}

export interface Comment {
  id: number
  body: string
  html_url: string
}

export interface GitHubStub {
  url: string
  requests: RecordedRequest[]
  comments: Comment[]
  /** Answer every write with 403, as GitHub does for a fork's read-only token. */
  readOnly: boolean
  /** The env for a pull_request run on PR `number` of owner/repo (job `check`, run 4242). */
  pullRequestEnv(number: number): Record<string, string>
  close(): Promise<void>
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += (chunk as Buffer).toString()
  return text
}

/** The head commit pullRequestEnv puts in the event, as GitHub does under pull_request.head.sha. */
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

/** `port`: 0 (default) for a free one. */
export async function startGitHubStub(port = 0): Promise<GitHubStub> {
  let nextId = 1000
  const stub: Omit<GitHubStub, 'url' | 'close' | 'pullRequestEnv'> = {
    requests: [],
    comments: [],
    readOnly: false
  }
  const server: Server = createServer((request, response) => {
    void (async () => {
      const text = await readBody(request)
      const url = new URL(request.url ?? '/', 'http://stub')
      const body = text ? (JSON.parse(text) as { body?: string }) : undefined
      stub.requests.push({
        method: request.method ?? '',
        path: url.pathname,
        ...(body ? { body } : {})
      })
      const send = (status: number, payload: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(payload))
      }
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(url.pathname)
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
      if (request.method !== 'GET' && stub.readOnly) {
        send(403, { message: 'Resource not accessible by integration', status: '403' })
        return
      }
      if (list && request.method === 'GET') {
        send(200, stub.comments)
        return
      }
      if (list && request.method === 'POST') {
        const id = nextId++
        // As the REST API answers: the comment's web address is on the pull request's page.
        const page = url.pathname
          .replace('/repos/', '/')
          .replace(/\/issues\/(\d+)\/comments$/, '/pull/$1')
        const comment = {
          id,
          body: body?.body ?? '',
          html_url: `https://github.com${page}#issuecomment-${id}`
        }
        stub.comments.push(comment)
        send(201, comment)
        return
      }
      if (one && request.method === 'PATCH') {
        const comment = stub.comments.find((candidate) => candidate.id === Number(one[1]))
        if (!comment) {
          send(404, { message: 'Not Found' })
          return
        }
        comment.body = body?.body ?? ''
        send(200, comment)
        return
      }
      send(404, { message: 'Not Found' })
    })()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const eventDir = mkdtempSync(join(tmpdir(), 'gh-event-'))
  return Object.assign(stub, {
    url,
    pullRequestEnv(number: number) {
      const eventPath = join(eventDir, `pull_request_${number}.json`)
      writeFileSync(
        eventPath,
        JSON.stringify({
          action: 'synchronize',
          number,
          pull_request: { number, head: { sha: HEAD_SHA } }
        })
      )
      return {
        GITHUB_API_URL: url,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_SERVER_URL: 'https://github.com',
        // On pull_request, GITHUB_SHA is the merge commit, not the head.
        GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
        GITHUB_RUN_ID: '4242',
        GITHUB_JOB: 'check'
      }
    },
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          rmSync(eventDir, { recursive: true, force: true })
          resolve()
        })
      )
  })
}
