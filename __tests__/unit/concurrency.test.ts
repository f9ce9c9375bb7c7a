import { describe, expect, test } from '@jest/globals'
import { chunk, mapLimit } from '../../src/util/concurrency.js'

interface Deferred<T> {
  promise: Promise<T>
  resolve: (value: T) => void
  reject: (error: unknown) => void
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Lets every queued microtask run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('mapLimit', () => {
  test('never runs more than `limit` at once, starts the next as one finishes, keeps order', async () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const gates = new Map(items.map((item) => [item, deferred<string>()]))
    const started: string[] = []
    let inFlight = 0
    let maxInFlight = 0
    const run = mapLimit(items, 3, async (item, index) => {
      started.push(item)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        return `${item}${index}:${await (gates.get(item) as Deferred<string>).promise}`
      } finally {
        inFlight--
      }
    })
    await settle()
    expect(started).toEqual(['a', 'b', 'c'])
    // Finish out of order: the freed slot goes to the next item.
    gates.get('b')?.resolve('B')
    await settle()
    expect(started).toEqual(['a', 'b', 'c', 'd'])
    expect(inFlight).toBe(3)
    for (const item of ['d', 'a', 'g', 'c', 'e', 'f']) {
      gates.get(item)?.resolve(item.toUpperCase())
      await settle()
      expect(inFlight).toBeLessThanOrEqual(3)
    }
    expect(await run).toEqual(['a0:A', 'b1:B', 'c2:C', 'd3:D', 'e4:E', 'f5:F', 'g6:G'])
    expect(maxInFlight).toBe(3)
    expect(started).toEqual(items)
  })

  test('a limit above the number of items runs them all at once', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const gate = deferred<undefined>()
    const run = mapLimit([1, 2, 3], 10, async (n) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await gate.promise
      inFlight--
      return n * 2
    })
    await settle()
    expect(inFlight).toBe(3)
    gate.resolve(undefined)
    expect(await run).toEqual([2, 4, 6])
    expect(maxInFlight).toBe(3)
  })

  test('limit 1 runs one after the other', async () => {
    const order: string[] = []
    const result = await mapLimit(['x', 'y', 'z'], 1, async (item) => {
      order.push(`start ${item}`)
      await Promise.resolve()
      order.push(`end ${item}`)
      return item
    })
    expect(result).toEqual(['x', 'y', 'z'])
    expect(order).toEqual(['start x', 'end x', 'start y', 'end y', 'start z', 'end z'])
  })

  test('no items: no work, empty result', async () => {
    let calls = 0
    expect(
      await mapLimit([], 5, () => {
        calls++
        return Promise.resolve(0)
      })
    ).toEqual([])
    expect(calls).toBe(0)
  })

  test('a rejected item rejects the whole map', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, (n) =>
        n === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(n)
      )
    ).rejects.toThrow('boom')
  })
})

describe('chunk', () => {
  test('splits into slices of at most `size`, in order', () => {
    const names = Array.from({ length: 23 }, (_, i) => `s${i}`)
    const batches = chunk(names, 10)
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3])
    expect(batches.flat()).toEqual(names)
    expect(chunk([], 10)).toEqual([])
    expect(chunk([1, 2], 2)).toEqual([[1, 2]])
  })
})
