import type { NodeIndex } from './node-index.js'

/**
 * An undirected graph in compressed sparse rows. Every tie `{u, v}` is stored twice (`u -> v`
 * and `v -> u`) with the same strength.
 *
 * Invariants: `offsets.length === nodeCount + 1`, `offsets[0] === 0`, non-decreasing;
 * the neighbours of `u` are `targets[offsets[u] .. offsets[u + 1])` with strengths at the same
 * positions in `weights`, sorted by strength descending; no self-loops, no duplicate neighbour;
 * `maxWeight` is at least every stored strength.
 */
export interface CsrGraph {
  readonly nodeCount: number
  readonly offsets: Uint32Array
  readonly targets: Uint32Array
  readonly weights: Float32Array
  readonly maxWeight: number
}

/** A reusable cursor over one node's neighbours: `targets[start..end)` with `weights`. */
export interface Adjacency {
  targets: Uint32Array
  weights: Float32Array
  start: number
  end: number
}

/**
 * What the algorithms read: a CSR, or a CSR with a delta of recent changes on top.
 * `neighbours` fills `out` (no allocation) with neighbours sorted by strength descending.
 */
export interface GraphView {
  readonly nodeCount: number
  /** An upper bound on every strength in the graph (pruning relies on it). */
  readonly maxWeight: number
  degree(node: number): number
  neighbours(node: number, out: Adjacency): Adjacency
}

/**
 * Decides whether a tie may be used (the visibility rule lives in the services).
 * Must be symmetric: the engine may ask about a tie in either orientation.
 */
export type EdgeFilter = (u: NodeIndex, v: NodeIndex, strength: number) => boolean

/** An empty cursor, to be filled by {@link GraphView.neighbours}. */
export function newAdjacency(): Adjacency {
  return { targets: new Uint32Array(0), weights: new Float32Array(0), start: 0, end: 0 }
}

/** Number of undirected ties in a CSR (each is stored twice). */
export function tieCount(csr: CsrGraph): number {
  return csr.targets.length / 2
}

/** Bytes held by the CSR's typed arrays. */
export function csrByteLength(csr: CsrGraph): number {
  return csr.offsets.byteLength + csr.targets.byteLength + csr.weights.byteLength
}

/**
 * A read-only {@link GraphView} over a CSR.
 *
 * @example
 * const view = new StaticGraph(csr)
 * const adj = view.neighbours(0, newAdjacency()) // adj.targets[adj.start] is 0's strongest tie
 */
export class StaticGraph implements GraphView {
  readonly nodeCount: number
  readonly maxWeight: number

  constructor(readonly csr: CsrGraph) {
    this.nodeCount = csr.nodeCount
    this.maxWeight = csr.maxWeight
  }

  degree(node: number): number {
    const o = this.csr.offsets
    return o[node + 1]! - o[node]!
  }

  neighbours(node: number, out: Adjacency): Adjacency {
    out.targets = this.csr.targets
    out.weights = this.csr.weights
    out.start = this.csr.offsets[node]!
    out.end = this.csr.offsets[node + 1]!
    return out
  }
}

/**
 * The strength of the tie `{u, v}` in a view, or 0 when there is none. Linear in `degree(u)`.
 *
 * @example
 * tieStrength(view, 0, 1) // 0.8, or 0 when 0 and 1 are not tied
 */
export function tieStrength(view: GraphView, u: number, v: number): number {
  const adj = view.neighbours(u, newAdjacency())
  for (let i = adj.start; i < adj.end; i++) if (adj.targets[i] === v) return adj.weights[i]!
  return 0
}
