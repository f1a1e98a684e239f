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
  /**
   * The node's neighbours sorted by index (with their strengths), for membership tests by binary
   * search on high-degree nodes; built on first use and cached until the node changes.
   */
  neighboursById(node: number): SortedNeighbours
  /**
   * The CSR under any delta, and a mask of the nodes whose lists differ from it (null when none
   * can): whole-graph scans read unchanged nodes straight from the arrays.
   */
  readonly base: CsrGraph
  changedMask(): Uint8Array | null
}

/** One node's neighbours in index order, strengths alongside. */
export interface SortedNeighbours {
  ids: Uint32Array
  weights: Float32Array
}

/**
 * Sorts an adjacency slice by neighbour index.
 *
 * @example
 * sortById(view.neighbours(hub, newAdjacency())).ids // ascending indexes
 */
export function sortById(adj: Adjacency): SortedNeighbours {
  const d = adj.end - adj.start
  // @NOTE index * 2^21 + position is an exact float64 key (indexes < 2^31, degree < 2^21), so the
  // native typed-array sort does the work without a comparator.
  const keys = new Float64Array(d)
  for (let i = 0; i < d; i++) keys[i] = adj.targets[adj.start + i]! * 2097152 + i
  keys.sort()
  const ids = new Uint32Array(d)
  const weights = new Float32Array(d)
  for (let i = 0; i < d; i++) {
    const key = keys[i]!
    const at = key % 2097152
    ids[i] = (key - at) / 2097152
    weights[i] = adj.weights[adj.start + at]!
  }
  return { ids, weights }
}

/**
 * Builds the index-sorted lists of every node with at least `minDegree` ties ahead of queries,
 * so that no query pays for the first use of a hub. Returns the bytes they take.
 *
 * @example
 * prepareHubs(view, 1024)
 */
export function prepareHubs(view: GraphView, minDegree: number): number {
  let bytes = 0
  for (let u = 0; u < view.nodeCount; u++) {
    const d = view.degree(u)
    if (d < minDegree) continue
    const list = view.neighboursById(u)
    bytes += list.ids.byteLength + list.weights.byteLength
  }
  return bytes
}

/**
 * The strength stored for `id` in a sorted list, or 0 when absent (binary search).
 *
 * @example
 * strengthIn(view.neighboursById(hub), member) // 0.4, or 0
 */
export function strengthIn(list: SortedNeighbours, id: number): number {
  const ids = list.ids
  let lo = 0
  let hi = ids.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const at = ids[mid]!
    if (at === id) return list.weights[mid]!
    if (at < id) lo = mid + 1
    else hi = mid - 1
  }
  return 0
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

  private readonly byId = new Map<number, SortedNeighbours>()

  get base(): CsrGraph {
    return this.csr
  }

  changedMask(): Uint8Array | null {
    return null
  }

  neighboursById(node: number): SortedNeighbours {
    let list = this.byId.get(node)
    if (list === undefined) {
      list = sortById(this.neighbours(node, newAdjacency()))
      this.byId.set(node, list)
    }
    return list
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
