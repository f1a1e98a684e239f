import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bestPaths, PathSearcher } from './best-path.js'
import { type EdgeFilter, type GraphView, newAdjacency, StaticGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { asNodeIndex, type NodeIndex } from './node-index.js'

interface RefPath {
  nodes: number[]
  hops: number
  strength: number
}

/** Every simple path of at most `maxHops` hops, by plain breadth-first expansion. */
function referencePaths(
  g: GraphView,
  s: number,
  t: number,
  maxHops: number,
  k: number,
  filter?: EdgeFilter,
): RefPath[] {
  const found: RefPath[] = []
  let frontier: { nodes: number[]; strength: number }[] = [{ nodes: [s], strength: 1 }]
  for (let hop = 1; hop <= maxHops; hop++) {
    const next: typeof frontier = []
    for (const p of frontier) {
      const u = p.nodes[p.nodes.length - 1]!
      const adj = g.neighbours(u, newAdjacency())
      for (let i = adj.start; i < adj.end; i++) {
        const v = adj.targets[i]!
        const w = adj.weights[i]!
        if (p.nodes.includes(v)) continue
        if (filter && !filter(asNodeIndex(u), asNodeIndex(v), w)) continue
        const q = { nodes: [...p.nodes, v], strength: hop === 1 ? w : p.strength * w }
        if (v === t) found.push({ ...q, hops: hop })
        else next.push(q)
      }
    }
    frontier = next
  }
  const mid = (p: RefPath) => (p.hops === 3 ? p.nodes[2]! : -1)
  const intro = (p: RefPath) => (p.hops === 1 ? t : p.nodes[1]!)
  const byIntro = new Map<number, RefPath>()
  for (const p of found) {
    const cur = byIntro.get(intro(p))
    if (
      cur === undefined ||
      p.strength > cur.strength ||
      (p.strength === cur.strength &&
        (p.hops < cur.hops || (p.hops === cur.hops && mid(p) < mid(cur))))
    ) {
      byIntro.set(intro(p), p)
    }
  }
  return [...byIntro.values()]
    .sort((a, b) => b.strength - a.strength || a.hops - b.hops || intro(a) - intro(b))
    .slice(0, k)
}

const graphArb = fc
  .record({
    n: fc.integer({ min: 2, max: 24 }),
    edges: fc.array(fc.tuple(fc.nat(23), fc.nat(23), fc.integer({ min: 1, max: 6 })), {
      maxLength: 90,
    }),
    weighted: fc.boolean(),
  })
  .map(({ n, edges, weighted }) => {
    const kept = edges.filter(([u, v]) => u < n && v < n)
    const { csr } = buildCsr(
      n,
      Uint32Array.from(kept, (e) => e[0]),
      Uint32Array.from(kept, (e) => e[1]),
      weighted ? Float32Array.from(kept, (e) => e[2] / 6) : null,
    )
    return new StaticGraph(csr)
  })

describe('bestPaths', () => {
  it('finds the strongest path and alternatives through other introducers', () => {
    // a-b-z strong, a-c-z weak, a-d-e-z middling, a-z direct but weak.
    const names = ['a', 'b', 'c', 'd', 'e', 'z']
    const id = (x: string) => names.indexOf(x)
    const ties: [string, string, number][] = [
      ['a', 'b', 0.9],
      ['b', 'z', 0.9],
      ['a', 'c', 0.5],
      ['c', 'z', 0.15],
      ['a', 'd', 0.8],
      ['d', 'e', 0.9],
      ['e', 'z', 0.9],
      ['a', 'z', 0.1],
    ]
    const { csr } = buildCsr(
      6,
      Uint32Array.from(ties, (e) => id(e[0])),
      Uint32Array.from(ties, (e) => id(e[1])),
      Float32Array.from(ties, (e) => e[2]),
    )
    const paths = bestPaths(new StaticGraph(csr), asNodeIndex(0), asNodeIndex(5), { k: 10 })
    expect(paths.map((p) => p.nodes.map((x) => names[x]).join(''))).toEqual([
      'abz',
      'adez',
      'az',
      'acz',
    ])
    expect(paths[0]!.strength).toBeCloseTo(0.81, 6)
    const twoHops = bestPaths(new StaticGraph(csr), asNodeIndex(0), asNodeIndex(5), {
      k: 10,
      maxHops: 2,
    })
    expect(twoHops.map((p) => p.hops)).toEqual([2, 1, 2])
  })

  it('matches a breadth-first reference on random graphs, with and without a filter', () => {
    fc.assert(
      fc.property(
        graphArb,
        fc.nat(23),
        fc.nat(23),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (g, a, b, maxHops, k, hidden) => {
          const s = a % g.nodeCount
          const t = b % g.nodeCount
          // A symmetric visibility rule: ties touching a "hidden" node are invisible.
          const filter: EdgeFilter | undefined =
            hidden === 0 ? undefined : (u, v) => u % 5 !== hidden && v % 5 !== hidden
          const searcher = new PathSearcher(g)
          const ours = searcher.search(asNodeIndex(s), asNodeIndex(t), { maxHops, k, filter })
          const ref = referencePaths(g, s, t, maxHops, k, filter)
          expect(ours.map((p) => ({ ...p, nodes: p.nodes.map(Number) }))).toEqual(
            s === t ? [] : ref,
          )
          // The scratch space is clean for the next query.
          const again = searcher.search(asNodeIndex(s), asNodeIndex(t), { maxHops, k, filter })
          expect(again).toEqual(ours)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('matches the reference when hubs are probed rather than scanned', () => {
    const hubGraph = fc
      .record({
        edges: fc.array(fc.tuple(fc.nat(119), fc.nat(119), fc.integer({ min: 1, max: 6 })), {
          maxLength: 150,
        }),
        hubTies: fc.array(fc.tuple(fc.nat(2), fc.nat(119), fc.integer({ min: 1, max: 6 })), {
          minLength: 150,
          maxLength: 300,
        }),
      })
      .map(({ edges, hubTies }) => {
        const all = [...edges, ...hubTies]
        const { csr } = buildCsr(
          120,
          Uint32Array.from(all, (e) => e[0]),
          Uint32Array.from(all, (e) => e[1]),
          Float32Array.from(all, (e) => e[2] / 6),
        )
        return new StaticGraph(csr)
      })
    fc.assert(
      fc.property(
        hubGraph,
        fc.nat(119),
        fc.nat(119),
        fc.integer({ min: 1, max: 5 }),
        (g, s, t, k) => {
          const filter: EdgeFilter = (u, v) => u % 9 !== 4 && v % 9 !== 4
          for (const f of [undefined, filter]) {
            const ours = bestPaths(g, asNodeIndex(s), asNodeIndex(t), { k, filter: f })
            const ref = referencePaths(g, s, t, 3, k, f)
            expect(ours.map((p) => ({ ...p, nodes: p.nodes.map(Number) }))).toEqual(
              s === t ? [] : ref,
            )
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('returns nothing when the target is out of reach', () => {
    const { csr } = buildCsr(6, Uint32Array.of(0, 1, 2, 3), Uint32Array.of(1, 2, 3, 4), null)
    const g = new StaticGraph(csr)
    expect(bestPaths(g, 0 as NodeIndex, 4 as NodeIndex)).toEqual([])
    expect(bestPaths(g, 0 as NodeIndex, 3 as NodeIndex)[0]!.nodes).toEqual([0, 1, 2, 3])
    expect(bestPaths(g, 0 as NodeIndex, 5 as NodeIndex)).toEqual([])
  })
})
