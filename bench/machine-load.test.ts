import { cpus } from 'node:os'
import { describe, expect, it } from 'vitest'
import { describeMachineLoad, watchMachineLoad } from './machine-load.js'

describe('machine load', () => {
  it('notes the load averages at the start and again at the end, with the cores and Node', () => {
    const end = watchMachineLoad()
    const m = end()
    expect(m.cpus).toBe(cpus().length)
    expect(m.node).toBe(process.version)
    expect(m.loadAverageBefore).toHaveLength(3)
    expect(m.loadAverageAfter).toHaveLength(3)
    // The start is noted once: a later end keeps the same "before".
    expect(end().loadAverageBefore).toBe(m.loadAverageBefore)
  })

  it('reads as one line', () => {
    const line = describeMachineLoad({
      cpus: 2,
      node: 'v20.20.2',
      loadAverageBefore: [1.5, 2, 2.25],
      loadAverageAfter: [3.1, 2.4, 2.3],
    })
    expect(line).toBe('2 cores, load average 1.5 2 2.25 before, 3.1 2.4 2.3 after, Node v20.20.2')
  })
})
