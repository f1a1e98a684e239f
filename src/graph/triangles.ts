import { Worker } from 'node:worker_threads'
import type { CsrGraph } from './csr.js'
import { countTrianglesInRange, newMark, type OrientedGraph } from './triangle-kernel.js'
import { siblingModule, workerScript } from './worker-script.js'

/** Triangles through every node, and in total. */
export interface TriangleCounts {
  /** Triangles each node is a corner of, indexed by node. */
  perNode: Uint32Array
  total: number
}

/**
 * Orients every tie from the lower (degree, index) rank to the higher and relabels nodes by
 * rank, so that each triangle is found once, from its lowest corner, and no node has more than
 * O(√m) outgoing ties. Arrays live in SharedArrayBuffers so that workers can read them.
 *
 * @example
 * orientByDegree(csr).targets.length === csr.targets.length / 2 // true
 */
export function orientByDegree(csr: CsrGraph): OrientedGraph {
  const n = csr.nodeCount
  const { offsets, targets } = csr
  let maxDegree = 0
  for (let u = 0; u < n; u++) maxDegree = Math.max(maxDegree, offsets[u + 1]! - offsets[u]!)
  // Counting sort by degree keeps ties in index order: rank is (degree, index).
  const bucket = new Uint32Array(maxDegree + 2)
  for (let u = 0; u < n; u++) bucket[offsets[u + 1]! - offsets[u]! + 1]!++
  for (let d = 1; d < bucket.length; d++) bucket[d]! += bucket[d - 1]!
  const order = new Uint32Array(new SharedArrayBuffer(4 * n))
  const rank = new Uint32Array(n)
  for (let u = 0; u < n; u++) {
    const r = bucket[offsets[u + 1]! - offsets[u]!]!++
    order[r] = u
    rank[u] = r
  }
  // Each tie is seen from both ends, so exactly one of its two entries points upwards.
  const outOffsets = new Uint32Array(new SharedArrayBuffer(4 * (n + 1)))
  const upward = new Uint32Array(targets.length)
  for (let u = 0; u < n; u++) {
    const r = rank[u]!
    let out = 0
    for (let i = offsets[u]!, end = offsets[u + 1]!; i < end; i++) {
      const v = rank[targets[i]!]!
      upward[i] = v > r ? v + 1 : 0
      if (v > r) out++
    }
    outOffsets[r + 1] = out
  }
  for (let r = 0; r < n; r++) outOffsets[r + 1]! += outOffsets[r]!
  const outTargets = new Uint32Array(new SharedArrayBuffer(4 * Math.max(1, outOffsets[n]!)))
  for (let u = 0; u < n; u++) {
    let p = outOffsets[rank[u]!]!
    for (let i = offsets[u]!, end = offsets[u + 1]!; i < end; i++) {
      const v = upward[i]!
      if (v !== 0) outTargets[p++] = v - 1
    }
  }
  return { nodeCount: n, order, offsets: outOffsets, targets: outTargets }
}

function toNodeOrder(g: OrientedGraph, byRank: Uint32Array): Uint32Array {
  const perNode = new Uint32Array(g.nodeCount)
  for (let r = 0; r < g.nodeCount; r++) perNode[g.order[r]!] = byRank[r]!
  return perNode
}

/**
 * Triangles per node on the calling thread (small graphs, tests).
 *
 * @example
 * countTriangles(karate).total // 45
 */
export function countTriangles(csr: CsrGraph): TriangleCounts {
  const g = orientByDegree(csr)
  const counts = new Uint32Array(g.nodeCount)
  const total = countTrianglesInRange(g, 0, g.nodeCount, counts, newMark(g.nodeCount))
  return { perNode: toNodeOrder(g, counts), total }
}

export interface ParallelOptions {
  /** Worker threads (default 2). */
  threads?: number
  /** Ranks claimed at a time (default 1024). */
  block?: number
}

/**
 * Triangles per node split across `worker_threads` over shared memory, in dynamic blocks of
 * ranks; each worker keeps its own counts and the results are summed. Same answer as
 * {@link countTriangles}.
 *
 * @example
 * const { perNode, total } = await countTrianglesParallel(csr, { threads: 2 })
 */
export async function countTrianglesParallel(
  csr: CsrGraph,
  options: ParallelOptions = {},
): Promise<TriangleCounts> {
  const threads = Math.max(1, options.threads ?? 2)
  const block = options.block ?? 1024
  const graph = orientByDegree(csr)
  const cursor = new Int32Array(new SharedArrayBuffer(4))
  const url = workerScript(siblingModule(import.meta.url, 'triangle-worker'))
  const results = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<{ counts: Uint32Array; total: number }>((resolve, reject) => {
          const worker = new Worker(url.script, {
            eval: url.eval,
            workerData: { graph, cursor, block },
          })
          worker.once('message', (m: { counts: Uint32Array; total: number }) => resolve(m))
          worker.once('error', reject)
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`triangle worker stopped with exit code ${code}`))
          })
        }),
    ),
  )
  const sum = new Uint32Array(graph.nodeCount)
  let total = 0
  for (const r of results) {
    total += r.total
    for (let i = 0; i < sum.length; i++) sum[i]! += r.counts[i]!
  }
  return { perNode: toNodeOrder(graph, sum), total }
}

/**
 * Local clustering of every node: C(u) = 2·T(u) / (d(u)·(d(u) − 1)), 0 when d(u) < 2.
 *
 * @example
 * localClustering(csr, countTriangles(csr).perNode)[u] // in [0, 1]
 */
export function localClustering(csr: CsrGraph, perNode: Uint32Array): Float64Array {
  const n = csr.nodeCount
  const out = new Float64Array(n)
  for (let u = 0; u < n; u++) {
    const d = csr.offsets[u + 1]! - csr.offsets[u]!
    out[u] = d < 2 ? 0 : (2 * perNode[u]!) / (d * (d - 1))
  }
  return out
}

/**
 * Mean of the local clustering over all nodes (nodes with fewer than two ties count as 0, as in
 * networkx's `average_clustering`).
 *
 * @example
 * averageClustering(localClustering(karate, tri.perNode)) // ≈ 0.5706
 */
export function averageClustering(clustering: Float64Array): number {
  if (clustering.length === 0) return 0
  let sum = 0
  for (const c of clustering) sum += c
  return sum / clustering.length
}
