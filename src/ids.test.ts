import { decodeTime, isValid } from 'ulid'
import { describe, expect, it } from 'vitest'
import { newId } from './ids.js'

describe('newId', () => {
  it('makes valid ULIDs of the current time, all different, across many refills of the pool', () => {
    const before = Date.now()
    const ids = Array.from({ length: 20_000 }, () => newId())
    const after = Date.now()
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(isValid(id)).toBe(true)
      expect(decodeTime(id)).toBeGreaterThanOrEqual(before)
      expect(decodeTime(id)).toBeLessThanOrEqual(after)
    }
  })

  it('draws every character of the random part', () => {
    const seen = new Set(Array.from({ length: 2_000 }, () => newId().slice(10)).join(''))
    expect(seen.size).toBe(32)
  })
})
