import {
  type Adjacency,
  type CsrGraph,
  type GraphView,
  newAdjacency,
  type SortedNeighbours,
  sortById,
} from './csr.js'

const REMOVED = -1

interface NodeDelta {
  /** neighbour -> new strength, or REMOVED. Relative to the base CSR. */
  changes: Map<number, number>
  /** The merged, strength-sorted neighbour list; null until read after a change. */
  targets: Uint32Array | null
  weights: Float32Array | null
}

/**
 * An immutable CSR with a delta of recent changes on top: ties made, removed, restored or
 * re-weighted, and members added, all visible to the next query in the same process.
 *
 * Invariants: a changed node's neighbour list is the base list with the delta applied, sorted by
 * strength descending (merged lazily on first read after a change); `maxWeight` never decreases;
 * `compact()` returns a CSR equal to one rebuilt from the current tie set.
 *
 * @example
 * const g = new DynamicGraph(csr)
 * g.setTie(a, b, 0.7) // made (or re-weighted)
 * g.removeTie(a, c) // removed; setTie(a, c, w) restores it
 * g.compact() // folds the delta into a fresh CSR, e.g. every few thousand changes
 */
export class DynamicGraph implements GraphView {
  private baseCsr: CsrGraph
  private readonly deltas = new Map<number, NodeDelta>()
  private dirty: Uint8Array
  private nodes: number
  private weightCeiling: number
  private changeCount = 0
  private readonly scratch = newAdjacency()
  private readonly byId = new Map<number, SortedNeighbours>()

  constructor(base: CsrGraph) {
    this.baseCsr = base
    this.nodes = base.nodeCount
    this.dirty = new Uint8Array(Math.max(16, base.nodeCount))
    this.weightCeiling = base.maxWeight
  }

  get nodeCount(): number {
    return this.nodes
  }

  get maxWeight(): number {
    return this.weightCeiling
  }

  /** Changes applied since the last compaction (a cue for when to compact). */
  get pendingChanges(): number {
    return this.changeCount
  }

  /** Nodes whose neighbour lists differ from the base CSR. */
  get changedNodes(): number {
    return this.deltas.size
  }

  /** The CSR under the delta. */
  get baseGraph(): CsrGraph {
    return this.baseCsr
  }

  get base(): CsrGraph {
    return this.baseCsr
  }

  /** Nodes whose neighbour lists differ from the base CSR are 1 (length may exceed nodeCount). */
  changedMask(): Uint8Array {
    return this.dirty
  }

  /** Adds a node with no ties; returns its index (the id map hands out the same number). */
  addNode(): number {
    const index = this.nodes++
    if (index >= this.dirty.length) {
      const grown = new Uint8Array(Math.max(this.dirty.length * 2, index + 1))
      grown.set(this.dirty)
      this.dirty = grown
    }
    return index
  }

  /** Grows the node count to at least `count`. */
  ensureNodes(count: number): void {
    while (this.nodes < count) this.addNode()
  }

  degree(node: number): number {
    if (this.dirty[node] === 0) return this.baseDegree(node)
    return this.materialise(node).targets!.length
  }

  neighbours(node: number, out: Adjacency): Adjacency {
    if (this.dirty[node] === 0) {
      if (node < this.baseCsr.nodeCount) {
        out.targets = this.baseCsr.targets
        out.weights = this.baseCsr.weights
        out.start = this.baseCsr.offsets[node]!
        out.end = this.baseCsr.offsets[node + 1]!
      } else {
        out.start = 0
        out.end = 0
      }
      return out
    }
    const delta = this.materialise(node)
    out.targets = delta.targets!
    out.weights = delta.weights!
    out.start = 0
    out.end = delta.targets!.length
    return out
  }

  neighboursById(node: number): SortedNeighbours {
    let list = this.byId.get(node)
    if (list === undefined) {
      list = sortById(this.neighbours(node, newAdjacency()))
      this.byId.set(node, list)
    }
    return list
  }

  /** Current strength of the tie `{u, v}`, 0 when there is none. */
  strength(u: number, v: number): number {
    const delta = this.deltas.get(u)
    const changed = delta?.changes.get(v)
    if (changed !== undefined) return changed === REMOVED ? 0 : changed
    return this.baseStrength(u, v)
  }

  /** Makes, restores or re-weights the tie `{u, v}` (strength > 0). Self-loops are ignored. */
  setTie(u: number, v: number, strength: number): void {
    if (u === v) return
    if (!(strength > 0)) throw new RangeError(`tie strength must be above 0, got ${strength}`)
    this.ensureNodes(Math.max(u, v) + 1)
    const stored = Math.fround(strength)
    this.record(u, v, stored)
    this.record(v, u, stored)
    if (stored > this.weightCeiling) this.weightCeiling = stored
    this.changeCount++
  }

  /** Removes the tie `{u, v}`; returns false when there was none. */
  removeTie(u: number, v: number): boolean {
    if (u === v || u >= this.nodes || v >= this.nodes) return false
    if (this.strength(u, v) === 0) return false
    this.record(u, v, REMOVED)
    this.record(v, u, REMOVED)
    this.changeCount++
    return true
  }

  /**
   * Folds the delta into a new CSR (linear in the graph's size), makes it the new base and
   * returns it. Readers holding the old CSR keep a consistent, older picture.
   */
  compact(): CsrGraph {
    const n = this.nodes
    const offsets = new Uint32Array(n + 1)
    for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + this.degree(u)
    const total = offsets[n]!
    const targets = new Uint32Array(total)
    const weights = new Float32Array(total)
    const adj = this.scratch
    let maxWeight = 0
    for (let u = 0; u < n; u++) {
      this.neighbours(u, adj)
      const at = offsets[u]!
      targets.set(adj.targets.subarray(adj.start, adj.end), at)
      weights.set(adj.weights.subarray(adj.start, adj.end), at)
      if (adj.end > adj.start && adj.weights[adj.start]! > maxWeight) {
        maxWeight = adj.weights[adj.start]!
      }
    }
    this.baseCsr = { nodeCount: n, offsets, targets, weights, maxWeight }
    this.deltas.clear()
    this.byId.clear()
    this.dirty.fill(0)
    this.changeCount = 0
    this.weightCeiling = maxWeight
    return this.baseCsr
  }

  private record(u: number, v: number, value: number): void {
    let delta = this.deltas.get(u)
    if (delta === undefined) {
      delta = { changes: new Map(), targets: null, weights: null }
      this.deltas.set(u, delta)
      this.dirty[u] = 1
    }
    this.byId.delete(u)
    const base = this.baseStrength(u, v)
    if (value === base || (value === REMOVED && base === 0)) delta.changes.delete(v)
    else delta.changes.set(v, value)
    delta.targets = null
    delta.weights = null
  }

  private baseDegree(node: number): number {
    if (node >= this.baseCsr.nodeCount) return 0
    return this.baseCsr.offsets[node + 1]! - this.baseCsr.offsets[node]!
  }

  private baseStrength(u: number, v: number): number {
    if (u >= this.baseCsr.nodeCount) return 0
    const { offsets, targets, weights } = this.baseCsr
    for (let i = offsets[u]!, end = offsets[u + 1]!; i < end; i++) {
      if (targets[i] === v) return weights[i]!
    }
    return 0
  }

  private materialise(node: number): NodeDelta {
    const delta = this.deltas.get(node)!
    if (delta.targets !== null) return delta
    const pairs: [number, number][] = []
    if (node < this.baseCsr.nodeCount) {
      const { offsets, targets, weights } = this.baseCsr
      for (let i = offsets[node]!, end = offsets[node + 1]!; i < end; i++) {
        const v = targets[i]!
        if (!delta.changes.has(v)) pairs.push([v, weights[i]!])
      }
    }
    for (const [v, w] of delta.changes) if (w !== REMOVED) pairs.push([v, w])
    pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    delta.targets = Uint32Array.from(pairs, (p) => p[0])
    delta.weights = Float32Array.from(pairs, (p) => p[1])
    return delta
  }
}
