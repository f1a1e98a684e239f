import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PathSearcher } from './best-path.js'
import { type GraphView, newAdjacency, StaticGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { DynamicGraph } from './dynamic-graph.js'
import { asNodeIndex } from './node-index.js'

function ties(g: GraphView): Map<string, number> {
  const out = new Map<string, number>()
  const adj = newAdjacency()
  for (let u = 0; u < g.nodeCount; u++) {
    g.neighbours(u, adj)
    for (let i = adj.start; i < adj.end; i++) out.set(`${u}-${adj.targets[i]}`, adj.weights[i]!)
    for (let i = adj.start + 1; i < adj.end; i++) {
      expect(adj.weights[i]!).toBeLessThanOrEqual(adj.weights[i - 1]!)
    }
    expect(g.degree(u)).toBe(adj.end - adj.start)
  }
  return out
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    u: fc.nat(14),
    v: fc.nat(14),
    w: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('remove' as const),
    u: fc.nat(14),
    v: fc.nat(14),
    w: fc.constant(0),
  }),
  fc.record({
    kind: fc.constant('compact' as const),
    u: fc.constant(0),
    v: fc.constant(0),
    w: fc.constant(0),
  }),
)

describe('DynamicGraph', () => {
  it('applies ties made, removed and restored, and adds members', () => {
    const { csr } = buildCsr(
      3,
      Uint32Array.of(0, 1),
      Uint32Array.of(1, 2),
      Float32Array.of(0.5, 0.25),
    )
    const g = new DynamicGraph(csr)
    expect(g.removeTie(0, 1)).toBe(true)
    expect(g.removeTie(0, 1)).toBe(false)
    expect(g.strength(1, 0)).toBe(0)
    g.setTie(0, 1, 0.5)
    expect(g.strength(1, 0)).toBe(0.5)
    const d = g.addNode()
    g.setTie(d, 2, 0.75)
    expect(g.nodeCount).toBe(4)
    expect(g.strength(2, 3)).toBe(0.75)
    expect(g.pendingChanges).toBe(3)
    const compacted = g.compact()
    expect(compacted.nodeCount).toBe(4)
    expect(g.pendingChanges).toBe(0)
    expect(g.strength(3, 2)).toBe(0.75)
  })

  it('equals an index rebuilt from the final tie set, before and after compaction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.integer({ min: 1, max: 4 })), {
          maxLength: 40,
        }),
        fc.array(op, { maxLength: 60 }),
        (initial, ops) => {
          const { csr } = buildCsr(
            12,
            Uint32Array.from(initial, (e) => e[0]),
            Uint32Array.from(initial, (e) => e[1]),
            Float32Array.from(initial, (e) => e[2] / 4),
          )
          const g = new DynamicGraph(csr)
          const truth = new Map<string, number>()
          for (const [u, v, w] of initial) {
            if (u === v) continue
            const key = `${Math.min(u, v)}-${Math.max(u, v)}`
            truth.set(key, Math.max(truth.get(key) ?? 0, w / 4))
          }
          for (const o of ops) {
            if (o.kind === 'compact') g.compact()
            else if (o.kind === 'set') {
              g.setTie(o.u, o.v, o.w / 4)
              if (o.u !== o.v) truth.set(`${Math.min(o.u, o.v)}-${Math.max(o.u, o.v)}`, o.w / 4)
            } else {
              const key = `${Math.min(o.u, o.v)}-${Math.max(o.u, o.v)}`
              expect(g.removeTie(o.u, o.v)).toBe(truth.has(key))
              truth.delete(key)
            }
          }
          const entries = [...truth].map(([key, w]): [number, number, number] => {
            const [u = 0, v = 0] = key.split('-').map(Number)
            return [u, v, w]
          })
          const n = Math.max(12, g.nodeCount)
          const rebuilt = new StaticGraph(
            buildCsr(
              n,
              Uint32Array.from(entries, (e) => e[0]),
              Uint32Array.from(entries, (e) => e[1]),
              Float32Array.from(entries, (e) => e[2]),
            ).csr,
          )
          expect(ties(g)).toEqual(ties(rebuilt))
          const live = new PathSearcher(g)
          const fresh = new PathSearcher(rebuilt)
          for (let s = 0; s < n; s += 3) {
            for (let t = 1; t < n; t += 4) {
              const a = live.search(asNodeIndex(s), asNodeIndex(t), { k: 4 })
              const b = fresh.search(asNodeIndex(s), asNodeIndex(t), { k: 4 })
              expect(a.map((p) => p.strength)).toEqual(b.map((p) => p.strength))
            }
          }
          expect(ties(new StaticGraph(g.compact()))).toEqual(ties(rebuilt))
        },
      ),
      { numRuns: 150 },
    )
  })
})
