/** pr-comment.ts and identity.ts: one comment per job and service set, cut where it still renders. */
import { describe, expect, test } from '@jest/globals'
import { parseInputs } from '../../src/inputs/inputs.js'
import { selectionKey } from '../../src/report/identity.js'
import { commentBody, commentMarker, cutMarkdown, MAX_BODY } from '../../src/report/pr-comment.js'
import { CLUSTER } from './fixtures.js'
import type { RunResult } from '../../src/model/result.js'
import type { ServiceOutcome } from '../../src/model/outcome.js'

function verifyResult(outcomes: ServiceOutcome[], diffs = new Map<string, string>()): RunResult {
  return { mode: 'verify', cluster: CLUSTER, outcomes, findings: [], diffs }
}

const noncompliant = (name: string): ServiceOutcome => ({
  name,
  status: 'noncompliant',
  ports: [{ portName: 'http', changed: false }],
  findings: [
    { severity: 'error', code: 'tls-missing', service: name, port: 'http', message: 'no TLS' }
  ],
  log: []
})

const keyOf = (service: string, extra: Record<string, string> = {}): string =>
  selectionKey(
    parseInputs(
      (name) =>
        (({ cluster: CLUSTER, service, mode: 'verify', ...extra }) as Record<string, string>)[
          name
        ] ?? ''
    )
  )

describe('selectionKey', () => {
  test('the same services in any order give the same key; other services another', () => {
    expect(keyOf('api,web')).toBe(keyOf('web\napi'))
    expect(keyOf('api,web')).toMatch(/^[0-9a-f]{8}$/)
    expect(keyOf('api')).not.toBe(keyOf('web'))
    expect(keyOf('*')).not.toBe(keyOf('api'))
    expect(keyOf('api', { 'port-names': 'http' })).not.toBe(keyOf('api'))
  })
})

describe('comment', () => {
  test('the marker names the job, the mode, the cluster and the service set', () => {
    const result = verifyResult([])
    const a = commentMarker(result, { job: 'check-api', key: keyOf('api') })
    const b = commentMarker(result, { job: 'check-web', key: keyOf('web') })
    expect(a).toBe(
      `<!-- ecs-service-connect-tls job=check-api mode=verify cluster=${CLUSTER} services=${keyOf('api')} -->`
    )
    expect(a).not.toBe(b)
    expect(commentMarker(result, { job: 'check-api', key: keyOf('web') })).not.toBe(a)
  })

  test('leads with the verdict, names the commit, links the run and says what to do', () => {
    const body = commentBody(
      verifyResult([noncompliant('api')]),
      { job: 'check', key: 'abcd1234' },
      {
        commit: { sha: 'a1b2c3d4e5f6', url: 'https://github.com/o/r/commit/a1b2c3d4e5f6' },
        runUrl: 'https://github.com/o/r/actions/runs/7'
      }
    )
    const lines = body.split('\n')
    expect(lines[0]).toMatch(/^<!-- ecs-service-connect-tls job=check /)
    expect(lines[1]).toBe(
      '## ECS Service Connect TLS ❌ verify: not compliant, 1 of 1 service noncompliant'
    )
    expect(lines[3]).toBe(
      `Cluster \`${CLUSTER}\` · commit [\`a1b2c3d\`](https://github.com/o/r/commit/a1b2c3d4e5f6) · [workflow run](https://github.com/o/r/actions/runs/7)`
    )
    expect(body).toMatch(/- \*\*tls-missing\*\* \(api\/http\): run this action with `mode: apply`/)
  })

  test('a short report is not cut', () => {
    const body = commentBody(verifyResult([noncompliant('api')]), { job: 'j', key: 'k' })
    expect(body).not.toContain('was cut')
  })

  test('a long report is cut at a line outside code blocks, with a note pointing to the run', () => {
    const diffLine = `+ ${'x'.repeat(100)}`
    const diffs = new Map(
      Array.from({ length: 40 }, (_, i) => [
        `svc-${i}`,
        Array.from({ length: 20 }, () => diffLine).join('\n')
      ])
    )
    const outcomes = Array.from({ length: 40 }, (_, i) => noncompliant(`svc-${i}`))
    const body = commentBody(
      { ...verifyResult(outcomes, diffs), mode: 'plan' },
      { job: 'j', key: 'k' },
      { runUrl: 'https://github.com/o/r/actions/runs/7' }
    )
    expect(body.length).toBeLessThanOrEqual(MAX_BODY + 400)
    expect(body).toContain(
      'The full report is in the job summary of the [workflow run](https://github.com/o/r/actions/runs/7).'
    )
    const kept = body.slice(0, body.indexOf('> [!NOTE]'))
    // Every fence and every <details> that opens before the cut also closes before it.
    expect((kept.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect((kept.match(/<details>/g) ?? []).length).toBe((kept.match(/<\/details>/g) ?? []).length)
  })
})

describe('cutMarkdown', () => {
  test('returns short text as it is', () => {
    expect(cutMarkdown('a\nb', 10)).toBe('a\nb')
  })

  test('cuts at a line boundary, before a code block that would not fit', () => {
    const text = ['intro', '```', 'one', 'two', '```', 'after'].join('\n')
    expect(cutMarkdown(text, 8)).toBe('intro')
    expect(cutMarkdown(text, 'intro\n```\none\n'.length)).toBe('intro')
    expect(cutMarkdown(text, text.length - 1)).toBe('intro\n```\none\ntwo\n```')
  })
})
