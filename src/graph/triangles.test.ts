import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { connectedComponents } from './components.js'
import { buildCsr } from './csr-builder.js'
import { parseEdgeList } from './edge-file.js'
import {
  averageClustering,
  countTriangles,
  countTrianglesParallel,
  localClustering,
} from './triangles.js'

function readGraph(name: string): string {
  const path = fileURLToPath(new URL(`../../../shared/testdata/graphs/${name}`, import.meta.url))
  if (!existsSync(path)) {
    throw new Error(
      `test graph ${path} is missing: the shared/testdata/graphs folder must sit beside the repository`,
    )
  }
  return readFileSync(path, 'utf8')
}

/** Brute force: every triple of nodes. */
function referenceTriangles(n: number, edges: [number, number][]): number[] {
  const adj = Array.from({ length: n }, () => new Set<number>())
  for (const [u, v] of edges) {
    if (u === v) continue
    adj[u]!.add(v)
    adj[v]!.add(u)
  }
  const per = new Array<number>(n).fill(0)
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (!adj[a]!.has(b)) continue
      for (let c = b + 1; c < n; c++) {
        if (adj[a]!.has(c) && adj[b]!.has(c)) {
          per[a]!++
          per[b]!++
          per[c]!++
        }
      }
    }
  }
  return per
}

describe('triangles', () => {
  it('match a brute-force count on random graphs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 120 }), (edges) => {
        const { csr } = buildCsr(
          20,
          Uint32Array.from(edges, (e) => e[0]),
          Uint32Array.from(edges, (e) => e[1]),
          null,
        )
        const ours = countTriangles(csr)
        const ref = referenceTriangles(20, edges)
        expect(Array.from(ours.perNode)).toEqual(ref)
        expect(ours.total).toBe(ref.reduce((a, b) => a + b, 0) / 3)
      }),
    )
  })

  it('karate club: 45 triangles, average clustering ≈ 0.5706, one component', async () => {
    const { csr } = parseEdgeList(readGraph('karate-club.txt'))
    const tri = countTriangles(csr)
    expect(tri.total).toBe(45)
    expect(averageClustering(localClustering(csr, tri.perNode))).toBeCloseTo(0.5706, 4)
    const parallel = await countTrianglesParallel(csr, { threads: 2, block: 4 })
    expect(parallel.total).toBe(45)
    expect(Array.from(parallel.perNode)).toEqual(Array.from(tri.perNode))
    expect(connectedComponents(csr)).toMatchObject({ count: 1, largest: 34 })
  })

  it('facebook ego networks: 1,612,010 triangles (SNAP), one component', async () => {
    const { csr } = parseEdgeList(readGraph('facebook_combined.txt'))
    const tri = await countTrianglesParallel(csr, { threads: 2 })
    expect(tri.total).toBe(1612010)
    expect(averageClustering(localClustering(csr, tri.perNode))).toBeCloseTo(0.6055, 3)
    expect(connectedComponents(csr)).toMatchObject({ count: 1, largest: 4039 })
  })
})
