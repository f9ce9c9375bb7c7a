import { describe, expect, jest, test } from '@jest/globals'
import { classifyAwsError } from '../../src/util/error-kinds.js'
import {
  longWaitWarning,
  NEAR_SESSION_MINUTES,
  roleDurationFor,
  strategyMinutes,
  waitLength
} from '../../src/act/wait-length.js'
import { SaidOnce, uniqueFindings } from '../../src/util/said-once.js'
import { servicesOnlyWarning, waitEndedReason, wayOut } from '../../src/act/wait-ended.js'
import type { ErrorKind } from '../../src/model/deployment.js'

/** An error as the SDK throws it: name, fault, HTTP status (and sometimes the retryable trait). */
function sdkError(name: string, status: number, extra: object = {}): Error {
  return Object.assign(new Error(`${name} message`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    ...extra
  })
}

describe('classifyAwsError: one table for every read and wait', () => {
  test.each<[string, number, ErrorKind]>([
    ['ThrottlingException', 400, 'retryable'],
    ['Throttling', 400, 'retryable'],
    ['TooManyRequestsException', 429, 'retryable'],
    ['ServerException', 500, 'retryable'],
    ['ServiceUnavailable', 503, 'retryable'],
    ['InternalFailure', 500, 'retryable'],
    ['RequestTimeoutException', 408, 'retryable'],
    ['ExpiredTokenException', 400, 'expired-credentials'],
    ['ExpiredToken', 403, 'expired-credentials'],
    ['RequestExpired', 400, 'expired-credentials'],
    ['InvalidClientTokenId', 403, 'invalid-credentials'],
    ['UnrecognizedClientException', 400, 'invalid-credentials'],
    ['InvalidSignatureException', 403, 'invalid-credentials'],
    ['AccessDeniedException', 400, 'access-denied'],
    ['AccessDenied', 403, 'access-denied'],
    ['ValidationException', 400, 'validation'],
    ['InvalidParameterException', 400, 'validation'],
    ['ClusterNotFoundException', 400, 'not-found'],
    ['ServiceNotFoundException', 400, 'not-found'],
    ['SomethingNew', 400, 'other-final']
  ])('%s (%d) is %s', (name, status, kind) => {
    expect(classifyAwsError(sdkError(name, status))).toBe(kind)
  })

  test('the retryable trait, a network code or a time-out is retryable; credentials never are', () => {
    expect(classifyAwsError(sdkError('Odd', 400, { $retryable: { throttling: true } }))).toBe(
      'retryable'
    )
    expect(classifyAwsError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(
      'retryable'
    )
    expect(classifyAwsError(Object.assign(new Error('slow'), { name: 'TimeoutError' }))).toBe(
      'retryable'
    )
    // Even with a 5xx-looking status, an expired session does not heal.
    expect(classifyAwsError(sdkError('ExpiredTokenException', 500))).toBe('expired-credentials')
    const noCredentials = Object.assign(new Error('Could not load credentials'), {
      name: 'CredentialsProviderError'
    })
    expect(classifyAwsError(noCredentials)).toBe('invalid-credentials')
  })

  test('a cancel is its own kind; anything else thrown is final', () => {
    expect(classifyAwsError(Object.assign(new Error('x'), { name: 'CancelledError' }))).toBe(
      'cancelled'
    )
    expect(classifyAwsError(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe(
      'cancelled'
    )
    expect(classifyAwsError(new TypeError('bug'))).toBe('other-final')
    expect(classifyAwsError('text')).toBe('other-final')
  })
})

describe('wait length and the session it needs', () => {
  test('the strategy minimum: bake, canary bake, linear steps', () => {
    expect(strategyMinutes(undefined, 'completed')).toBe(0)
    expect(strategyMinutes({ strategy: 'ROLLING', bakeTimeInMinutes: 20 }, 'completed')).toBe(20)
    expect(strategyMinutes({ strategy: 'ROLLING', bakeTimeInMinutes: 20 }, 'traffic-shifted')).toBe(
      0
    )
    expect(
      strategyMinutes(
        {
          strategy: 'CANARY',
          bakeTimeInMinutes: 10,
          canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 15 }
        },
        'completed'
      )
    ).toBe(25)
    // 25 % steps: four shifts, three bakes between them.
    expect(
      strategyMinutes(
        {
          strategy: 'LINEAR',
          linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 6 }
        },
        'traffic-shifted'
      )
    ).toBe(18)
  })

  test('role-duration-seconds covers the wait with a margin, in 15-minute steps, 1 to 12 hours', () => {
    expect(roleDurationFor(10)).toBe(3600)
    expect(roleDurationFor(50)).toBe(4500)
    expect(roleDurationFor(60)).toBe(4500)
    expect(roleDurationFor(61)).toBe(5400)
    expect(roleDurationFor(10_000)).toBe(43_200)
  })

  test('a release waited for first doubles the longest wait', () => {
    const plan = { waitMinutes: 30, until: 'completed' as const, configurations: [] }
    expect(waitLength({ ...plan, releasesWaited: false }).minutes).toBe(30)
    expect(waitLength({ ...plan, releasesWaited: true }).minutes).toBe(60)
  })

  test(`the warning comes from ${NEAR_SESSION_MINUTES} minutes of waiting on, with a value`, () => {
    const plan = {
      until: 'completed' as const,
      releasesWaited: false,
      configurations: [{ strategy: 'ROLLING' as const, bakeTimeInMinutes: 40 }]
    }
    expect(longWaitWarning({ ...plan, waitMinutes: 49 })).toBeUndefined()
    const warning = longWaitWarning({ ...plan, waitMinutes: 50 }) ?? ''
    expect(warning).toContain('up to 50 minutes')
    expect(warning).toContain('at least 40 minutes')
    expect(warning).toContain('role-duration-seconds')
    expect(warning).toContain('4500')
    expect(longWaitWarning({ ...plan, waitMinutes: 30, releasesWaited: true })).toContain(
      'a release in flight waited for first'
    )
  })
})

describe('the way out', () => {
  const failure = (kind: ErrorKind, operation = 'DescribeServiceDeployments') => ({
    operation,
    resource: 'service deployment arn:x',
    kind,
    error: sdkError(
      kind === 'access-denied' ? 'AccessDeniedException' : 'ExpiredTokenException',
      400
    )
  })

  test('expired credentials: role-duration-seconds with the value', () => {
    expect(wayOut(failure('expired-credentials'), { roleDurationSeconds: 7200 })).toContain(
      'set role-duration-seconds of aws-actions/configure-aws-credentials (e.g. 7200)'
    )
  })

  test('access denied: the call, the resource, the permission and the policy file', () => {
    expect(wayOut(failure('access-denied', 'DescribeServices'), { roleDurationSeconds: 0 })).toBe(
      'AccessDeniedException message. DescribeServices on service deployment arn:x needs ecs:DescribeServices: grant it to the caller (policies/read-only.json, policies/apply.json and policies/discover.json grant it)'
    )
  })

  test('the reason names the call, the kind, the last state and how to check', () => {
    const reason = waitEndedReason(
      failure('expired-credentials'),
      { deployment: 'arn:d', status: 'IN_PROGRESS', stage: 'BAKE_TIME', revision: 'arn:r' },
      'OUT'
    )
    expect(reason).toContain('DescribeServiceDeployments failed')
    expect(reason).toContain('the AWS credentials expired')
    expect(reason).toContain(
      'deployment arn:d last seen IN_PROGRESS, stage BAKE_TIME, target revision arn:r'
    )
    expect(reason).toContain('mode: verify')
    expect(reason).toMatch(/Way out: OUT$/)
  })

  test('the 1.x-policy warning names both permissions and the policy files', () => {
    const text = servicesOnlyWarning(
      'DescribeServiceDeployments',
      sdkError('AccessDeniedException', 400)
    )
    expect(text).toContain('ecs:DescribeServiceDeployments and ecs:DescribeServiceRevisions')
    expect(text).toContain('policies/apply.json')
    expect(text).toContain('lifecycle stages and bake time are unknown')
  })
})

describe('warnings said once', () => {
  test('the first occurrence is logged, the rest counted, one finding each at the end', () => {
    const log = jest.fn<(line: string) => void>()
    const said = new SaidOnce(log)
    for (let i = 0; i < 5; i++) said.warn('read-retried', `Could not read (request ${i})`)
    said.warn('other', 'Another thing')
    expect(log.mock.calls).toEqual([
      ['warning: Could not read (request 0)'],
      ['warning: Another thing']
    ])
    expect(said.count('read-retried')).toBe(5)
    expect(said.findings()).toEqual([
      {
        severity: 'warning',
        code: 'read-retried',
        message: 'Could not read (request 0) (5 times in this run)'
      },
      { severity: 'warning', code: 'other', message: 'Another thing' }
    ])
  })

  test('uniqueFindings drops exact repeats only', () => {
    const a = { severity: 'warning' as const, code: 'x', message: 'm' }
    expect(uniqueFindings([a, { ...a }, { ...a, service: 'web' }])).toEqual([
      a,
      { ...a, service: 'web' }
    ])
  })
})
