import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PathSearcher } from './best-path.js'
import { CompanyPathFinder } from './company-paths.js'
import { type EdgeFilter, StaticGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { asNodeIndex, type NodeIndex } from './node-index.js'

const graphArb = fc
  .array(fc.tuple(fc.nat(29), fc.nat(29), fc.integer({ min: 1, max: 5 })), { maxLength: 120 })
  .map((edges) => {
    const { csr } = buildCsr(
      30,
      Uint32Array.from(edges, (e) => e[0]),
      Uint32Array.from(edges, (e) => e[1]),
      Float32Array.from(edges, (e) => e[2] / 5),
    )
    return new StaticGraph(csr)
  })

describe('CompanyPathFinder', () => {
  it('gives every reachable target the strength of its single best path', () => {
    fc.assert(
      fc.property(
        graphArb,
        fc.nat(29),
        fc.uniqueArray(fc.nat(29), { maxLength: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (g, s, company, maxHops, filtered) => {
          const filter: EdgeFilter | undefined = filtered
            ? (u, v) => u % 7 !== 3 && v % 7 !== 3
            : undefined
          const targets = company.map(asNodeIndex)
          const groups = new CompanyPathFinder(g).find(asNodeIndex(s), targets, { maxHops, filter })
          const found = new Map<number, { strength: number; nodes: NodeIndex[] }>()
          for (const group of groups) {
            for (const p of group.paths) {
              found.set(p.nodes[p.nodes.length - 1]!, p)
              expect(group.introducer).toBe(p.hops === 1 ? null : p.nodes[1])
              expect(p.strength).toBeLessThanOrEqual(group.strength)
            }
          }
          const searcher = new PathSearcher(g)
          for (const c of company) {
            const best = searcher.search(asNodeIndex(s), asNodeIndex(c), { k: 1, maxHops, filter })
            expect(found.get(c)?.strength).toBe(best[0]?.strength)
            const nodes = found.get(c)?.nodes
            if (nodes) expect(new Set(nodes).size).toBe(nodes.length)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
