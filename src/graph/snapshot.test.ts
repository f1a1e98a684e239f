import { describe, expect, it } from 'vitest'
import { isAppError } from '../errors.js'
import { parseEdgeList } from './edge-file.js'
import { decodeSnapshot, encodeSnapshot } from './snapshot.js'

describe('snapshot', () => {
  it('round-trips the index and the id map', () => {
    const { csr, ids } = parseEdgeList('ann bo 0.5\nbo cy 0.25\ncy ann 1\ndee ann 0.75\n')
    const bytes = encodeSnapshot(csr, ids)
    const back = decodeSnapshot(bytes)
    expect(Array.from(back.csr.offsets)).toEqual(Array.from(csr.offsets))
    expect(Array.from(back.csr.targets)).toEqual(Array.from(csr.targets))
    expect(Array.from(back.csr.weights)).toEqual(Array.from(csr.weights))
    expect(back.csr.maxWeight).toBe(csr.maxWeight)
    expect(back.ids?.allIds()).toEqual(['ann', 'bo', 'cy', 'dee'])
    // Unaligned input is copied rather than rejected.
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(decodeSnapshot(shifted.subarray(1)).ids?.indexOf('dee')).toBe(3)
  })

  it('rejects foreign and truncated input', () => {
    const { csr, ids } = parseEdgeList('a b\n')
    const bytes = encodeSnapshot(csr, ids)
    for (const bad of [bytes.subarray(0, 20), new Uint8Array(64)]) {
      try {
        decodeSnapshot(bad)
        expect.unreachable()
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('validation')
      }
    }
  })
})
