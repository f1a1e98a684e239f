import type { CsrGraph } from './csr.js'
import { buildCsr } from './csr-builder.js'
import { networkShape } from './lion-signals.js'

/** A graph with random hubs added, and which new nodes they are. */
export interface PlantedGraph {
  csr: CsrGraph
  /** The planted hubs, numbered after the original nodes. */
  hubs: number[]
  /** Ties each hub has: the multiple of the original median degree. */
  ties: number
}

/** mulberry32: small, fast, and enough for an experiment that must be repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Adds `count` new members, each tied to `multiple` × the original median degree distinct
 * members drawn uniformly at random: an open networker's signature (many ties,
 * contacts who do not know each other) planted into a real graph, as ground truth for
 * detection. The original ties are kept as they are. Plant a few at a time: many large hubs
 * would move the very median they are measured against.
 *
 * @example
 * plantRandomHubs(csr, { multiple: 3, count: 5, seed: 1 })
 * // => { csr: <csr with 5 more nodes>, hubs: [4039, 4040, 4041, 4042, 4043], ties: 75 }
 */
export function plantRandomHubs(
  csr: CsrGraph,
  options: { multiple: number; count: number; seed: number },
): PlantedGraph {
  const n = csr.nodeCount
  const median = networkShape(csr).medianDegree
  const random = seeded(options.seed)
  const us: number[] = []
  const vs: number[] = []
  for (let u = 0; u < n; u++) {
    for (let i = csr.offsets[u]!; i < csr.offsets[u + 1]!; i++) {
      const v = csr.targets[i]!
      if (u < v) {
        us.push(u)
        vs.push(v)
      }
    }
  }
  const hubs: number[] = []
  const ties = Math.min(n, Math.max(1, Math.round(options.multiple * median)))
  for (let h = 0; h < options.count; h++) {
    const node = n + h
    const chosen = new Set<number>()
    while (chosen.size < ties) chosen.add(Math.floor(random() * n))
    for (const v of chosen) {
      us.push(node)
      vs.push(v)
    }
    hubs.push(node)
  }
  const built = buildCsr(n + options.count, Uint32Array.from(us), Uint32Array.from(vs), null)
  return { csr: built.csr, hubs, ties }
}
