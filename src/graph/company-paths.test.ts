import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consentingPaths,
  letsThroughArb,
  smallGraphArb,
} from '../../test/graph/consenting-paths.js'
import { PathSearcher } from './best-path.js'
import { CompanyPathFinder } from './company-paths.js'
import { type LetsThrough, pathFilter } from './consent.js'
import { StaticGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { asNodeIndex } from './node-index.js'

describe('CompanyPathFinder', () => {
  it('gives every reachable target the strength of its best path with consent at every hop', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallGraphArb(), smallGraphArb({ sparse: true })),
        fc.nat(23),
        fc.uniqueArray(fc.nat(23), { maxLength: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.option(letsThroughArb),
        (g, start, company, maxHops, lets) => {
          const s = start % g.nodeCount
          const letsThrough = lets ?? undefined
          const staff = [...new Set(company.map((c) => c % g.nodeCount))]
          const groups = new CompanyPathFinder(g).find(asNodeIndex(s), staff.map(asNodeIndex), {
            maxHops,
            letsThrough,
          })
          const found = new Map<number, { strength: number; nodes: number[] }>()
          for (const group of groups) {
            for (const p of group.paths) {
              found.set(p.nodes[p.nodes.length - 1]!, p)
              expect(group.introducer).toBe(p.hops === 1 ? null : p.nodes[1])
              expect(p.strength).toBeLessThanOrEqual(group.strength)
            }
          }
          const allowed = consentingPaths(g, s, maxHops, letsThrough)
          const searcher = new PathSearcher(g)
          for (const c of staff) {
            const filter =
              letsThrough === undefined
                ? undefined
                : pathFilter(asNodeIndex(s), asNodeIndex(c), letsThrough)
            const best = searcher.search(asNodeIndex(s), asNodeIndex(c), { k: 1, maxHops, filter })
            expect(found.get(c)?.strength).toBe(best[0]?.strength)
            const nodes = found.get(c)?.nodes
            if (nodes === undefined) continue
            // The path itself is one the rule allows, not only its strength.
            expect(allowed.some((p) => p.nodes.join() === nodes.join())).toBe(true)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('runs no path through a target who lets nobody through, yet reaches that target', () => {
    // 0 – 1 – 2 – 3: 1 introduces, 2 and 3 are the company, and 2 lets nobody through.
    const { csr } = buildCsr(4, Uint32Array.of(0, 1, 2), Uint32Array.of(1, 2, 3), null)
    const letsThrough: LetsThrough = (node) => node !== 2
    const groups = new CompanyPathFinder(new StaticGraph(csr)).find(
      asNodeIndex(0),
      [asNodeIndex(2), asNodeIndex(3)],
      { letsThrough },
    )
    expect(groups.flatMap((g) => g.paths.map((p) => p.nodes))).toEqual([[0, 1, 2]])
  })
})
