import { describe, expect, test } from '@jest/globals'
import { backoffDelay, jitteredPoll, withBackoff } from '../../src/aws/backoff.js'

const throttled = (): Error =>
  Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 }
  })

describe('bounded, jittered back-off', () => {
  test('full jitter under min(cap, base * 2^n)', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, 0.999))).toEqual([
      499, 999, 1998, 3996, 3996, 3996
    ])
    expect(backoffDelay(3, 0)).toBe(0)
    expect(backoffDelay(1, 0.5)).toBe(500)
  })

  test('retries a retryable error within the attempts, sleeping the jittered delays', async () => {
    const slept: number[] = []
    let calls = 0
    const value = await withBackoff(
      () => (++calls < 3 ? Promise.reject(throttled()) : Promise.resolve('read')),
      {
        sleep: (ms) => {
          slept.push(ms)
          return Promise.resolve()
        },
        random: () => 0.5
      }
    )
    expect(value).toBe('read')
    expect(calls).toBe(3)
    expect(slept).toEqual([250, 500])
  })

  test('gives up after the attempts; at most 7.5 s of sleep with the defaults', async () => {
    const slept: number[] = []
    let calls = 0
    await expect(
      withBackoff(
        () => {
          calls++
          return Promise.reject(throttled())
        },
        {
          sleep: (ms) => {
            slept.push(ms)
            return Promise.resolve()
          },
          random: () => 0.9999
        }
      )
    ).rejects.toMatchObject({ name: 'ThrottlingException' })
    expect(calls).toBe(5)
    expect(slept.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(7500)
  })

  test('a final error is not retried', async () => {
    let calls = 0
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException' })
    await expect(
      withBackoff(() => {
        calls++
        return Promise.reject(denied)
      })
    ).rejects.toBe(denied)
    expect(calls).toBe(1)
  })

  test('the poll after a failed round is spread by ±10 %, never past the deadline', () => {
    expect(jitteredPoll(10_000, 0, 60_000)).toBe(9000)
    expect(jitteredPoll(10_000, 1, 60_000)).toBe(11_000)
    expect(jitteredPoll(10_000, 1, 4000)).toBe(4000)
  })
})
