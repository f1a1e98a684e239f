import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../errors.js'
import { tieCount } from './csr.js'
import { parseEdgeList } from './edge-file.js'

const GRAPHS = new URL('../../../shared/testdata/graphs/', import.meta.url)

function readGraph(name: string): string {
  const path = fileURLToPath(new URL(name, GRAPHS))
  if (!existsSync(path)) {
    throw new Error(
      `test graph ${path} is missing: the shared/testdata/graphs folder must sit beside the repository`,
    )
  }
  return readFileSync(path, 'utf8')
}

function failure(fn: () => unknown): { code: string; message: string; path: string } {
  try {
    fn()
  } catch (error) {
    if (!isAppError(error)) throw error
    return { code: error.code, message: error.message, path: error.errors?.[0]?.path ?? '' }
  }
  throw new Error('expected a failure')
}

describe('parseEdgeList', () => {
  it('reads ids as tokens, merges duplicate and reversed lines, counts self-loops', () => {
    const list = parseEdgeList('alice bob\nbob alice\nalice,carol\ncarol carol\n% note\n# c\n\n')
    expect(list.csr.nodeCount).toBe(3)
    expect(tieCount(list.csr)).toBe(2)
    expect(list.report.selfLoops).toBe(1)
    expect(list.report.duplicates).toBe(1)
    expect(list.ids.indexOf('carol')).not.toBeNull()
  })

  it('keeps the strongest of repeated weighted lines and scales strengths into (0, 1]', () => {
    const list = parseEdgeList('a b 2\nb a 4\nb c 1\n')
    const a = list.ids.indexOf('a')!
    const { offsets, weights } = list.csr
    expect(weights[offsets[a]!]).toBe(1)
    expect(list.report.weightScale).toBe(4)
    expect(list.csr.maxWeight).toBe(1)
  })

  it('detects a header whose shape differs from the data, and obeys --header', () => {
    expect(parseEdgeList('nd nw\n0 1\n1 2\n').report.header).toBe('nd nw')
    expect(parseEdgeList('0 1\n1 2\n2 3\n').report.header).toBeNull()
    expect(parseEdgeList('source target\nann bo\nbo cy\n').report.header).toBe('source target')
    expect(parseEdgeList('ann bo\nbo cy\ncy dee\n', 'yes').report.header).toBe('ann bo')
    expect(parseEdgeList('nd nw\n0 1\n1 2\n', 'no').csr.nodeCount).toBe(5)
  })

  it('reads a large third column as a unix time, not a strength', () => {
    const list = parseEdgeList('1 2 1082040961\n2 3 1082155839\n')
    expect(list.report.weighted).toBe(false)
    expect(list.csr.maxWeight).toBe(1)
  })

  it('names the line of a malformed row', () => {
    const lonely = failure(() => parseEdgeList('0 1\n1 2\n7\n3 4\n'))
    expect(lonely.code).toBe('validation')
    expect(lonely.path).toBe('line 3')
    expect(failure(() => parseEdgeList('0 1 0.5\n1 2 x\n')).path).toBe('line 2')
    expect(failure(() => parseEdgeList('0 1 0.5\n1 2 -1\n')).path).toBe('line 2')
  })
})

describe('real graphs (shared/testdata/graphs)', () => {
  const cases: [string, { nodes: number; ties: number; header: string | null; loops?: number }][] =
    [
      ['karate-club.txt', { nodes: 34, ties: 78, header: 'nd nw' }],
      ['facebook_combined.txt', { nodes: 4039, ties: 88234, header: 'nd nw' }],
      ['CollegeMsg.txt', { nodes: 1899, ties: 13838, header: 'nd nw' }],
      ['Email-Enron.txt', { nodes: 36692, ties: 183831, header: null }],
      ['Wiki-Vote.txt', { nodes: 7115, ties: 103689 - 5854 / 2, header: 'd nw' }],
      ['LesMiserables.txt', { nodes: 77, ties: 254, header: 'nd w' }],
      // SOURCES.md counts 16,706 pairs with the 642 self-loops among them.
      ['email-Eu-core.txt', { nodes: 1005, ties: 16706 - 642, header: null, loops: 642 }],
      ['netscience-weighted.txt', { nodes: 1461, ties: 2742, header: '1589 2742 1 1 0' }],
      ['physicians.txt', { nodes: 241, ties: 1098 - 350 / 2, header: '241 1098 1 0 1' }],
      ['jazz.txt', { nodes: 198, ties: 2742, header: '198 2742 1 0 0' }],
    ]
  for (const [name, facts] of cases) {
    it(`${name}: ${facts.nodes} nodes, ${facts.ties} ties`, () => {
      const list = parseEdgeList(readGraph(name))
      expect(list.report.header).toBe(facts.header)
      expect(list.csr.nodeCount).toBe(facts.nodes)
      expect(tieCount(list.csr)).toBe(facts.ties)
      if (facts.loops !== undefined) expect(list.report.selfLoops).toBe(facts.loops)
    })
  }
})
