import { type EdgeFilter, type GraphView, newAdjacency, strengthIn } from './csr.js'
import type { NodeIndex } from './node-index.js'

/** A binary search costs about this many scanned ties; past it, hubs are probed, not scanned. */
const PROBE_COST = 16

/** One warm path: `nodes[0]` is the viewer, the last node the target. */
export interface WarmPath {
  nodes: NodeIndex[]
  hops: number
  /** The product of the path's tie strengths. */
  strength: number
}

export interface BestPathOptions {
  /** 1, 2 or 3 (default 3). */
  maxHops?: number
  /** How many alternatives, each through a different introducer (default 3). */
  k?: number
  filter?: EdgeFilter
}

/**
 * Scratch space for path searches over one graph, reused across queries (no allocation per
 * query beyond the answer). Not safe to share between concurrent callers of one thread's event
 * loop mid-search, which cannot happen: a search runs to completion synchronously.
 */
export class PathSearcher {
  private capacity = 0
  /** Strength of the tie from a node into the marked endpoint, 0 when not a neighbour. */
  private mark = new Float64Array(0)
  private marked: number[] = []
  private best = new Float64Array(0)
  private bestHops = new Uint8Array(0)
  private bestMid = new Int32Array(0)
  private touched: number[] = []
  private inTop = new Uint8Array(0)
  private top: number[] = []
  private k = 0
  private worst = -1
  private direct = 0
  private readonly adjA = newAdjacency()
  private readonly adjB = newAdjacency()

  constructor(private readonly graph: GraphView) {}

  /**
   * The best paths of at most `maxHops` hops from `from` to `to`, at most one per introducer
   * (the first node after `from`; the direct tie is its own entry), best first.
   *
   * Strength of a path = product of its tie strengths, multiplied from `from` outwards. Order:
   * strength descending, then fewer hops, then lower introducer index; for one introducer the
   * best path wins under the same order, then the lower index of the node before `to`.
   * Exact: pruning only skips ties whose upper bound (strength so far × best possible remaining,
   * using `maxWeight` and the strongest tie into the far endpoint) is strictly below the k-th
   * best found. The 3-hop layer is scanned from whichever endpoint has the smaller sum of
   * neighbour degrees (meeting in the middle at the tie between the two inner nodes).
   *
   * @example
   * const searcher = new PathSearcher(new StaticGraph(csr))
   * searcher.search(a, b, { k: 10, filter: visibleTo(viewer) })
   * // [{ nodes: [a, x, b], hops: 2, strength: 0.72 }, …]
   */
  search(from: NodeIndex, to: NodeIndex, options: BestPathOptions = {}): WarmPath[] {
    const g = this.graph
    const s = from as number
    const t = to as number
    const maxHops = options.maxHops ?? 3
    const k = options.k ?? 3
    if (s === t || k <= 0 || maxHops < 1) return []
    if (s >= g.nodeCount || t >= g.nodeCount || s < 0 || t < 0) return []
    this.ensureCapacity(g.nodeCount)
    this.k = k
    this.worst = -1
    const filter = options.filter
    try {
      if (maxHops >= 3 && this.neighbourDegreeSum(t, s) < this.neighbourDegreeSum(s, t)) {
        this.searchFromTarget(s, t, maxHops, filter)
      } else {
        this.searchFromSource(s, t, maxHops, filter)
      }
      return this.collect(s, t)
    } finally {
      this.reset()
    }
  }

  private searchFromSource(s: number, t: number, maxHops: number, filter?: EdgeFilter): void {
    const g = this.graph
    const mark = this.mark
    const maxIntoT = this.markNeighbours(t, s, filter)
    if (this.direct > 0) this.consider(t, this.direct, 1, -1)
    if (maxHops < 2 || maxIntoT === 0) return
    const boundFactor = maxIntoT * Math.max(1, maxHops >= 3 ? g.maxWeight : 1)
    const a = g.neighbours(s, this.adjA)
    const aT = a.targets
    const aW = a.weights
    for (let i = a.start; i < a.end; i++) {
      const x = aT[i]!
      const w1 = aW[i]!
      if (this.top.length === this.k && w1 * boundFactor < this.best[this.worst]!) break
      if (x === t) continue
      if (filter !== undefined && !filter(s as NodeIndex, x as NodeIndex, w1)) continue
      const wx = mark[x]!
      if (wx > 0) this.consider(x, w1 * wx, 2, -1)
      if (maxHops < 3) continue
      if (g.degree(x) > this.marked.length * PROBE_COST) {
        this.probeFromSource(s, x, w1, filter)
        continue
      }
      const b = g.neighbours(x, this.adjB)
      const bT = b.targets
      const bW = b.weights
      for (let j = b.start; j < b.end; j++) {
        const w2 = bW[j]!
        const bound = w1 * w2 * maxIntoT
        if (bound < this.floorFor(x)) break
        const y = bT[j]!
        const wy = mark[y]!
        if (wy === 0 || y === s) continue
        if (filter !== undefined && !filter(x as NodeIndex, y as NodeIndex, w2)) continue
        this.consider(x, w1 * w2 * wy, 3, y)
      }
    }
  }

  private searchFromTarget(s: number, t: number, maxHops: number, filter?: EdgeFilter): void {
    const g = this.graph
    const mark = this.mark
    // mark[x] = strength of s—x for the introducers x (t excluded: the direct tie is separate).
    const maxFromS = this.markNeighbours(s, t, filter)
    if (this.direct > 0) this.consider(t, this.direct, 1, -1)
    const c = g.neighbours(t, this.adjA)
    const cT = c.targets
    const cW = c.weights
    if (maxHops < 2 || maxFromS === 0) return
    for (let i = c.start; i < c.end; i++) {
      const z = cT[i]!
      const wz = mark[z]!
      if (wz > 0 && (filter === undefined || filter(z as NodeIndex, t as NodeIndex, cW[i]!))) {
        this.consider(z, wz * cW[i]!, 2, -1)
      }
    }
    const bound0 = maxFromS * g.maxWeight
    for (let i = c.start; i < c.end; i++) {
      const w3 = cW[i]!
      if (this.top.length === this.k && bound0 * w3 < this.best[this.worst]!) break
      const z = cT[i]!
      if (z === s) continue
      if (filter !== undefined && !filter(z as NodeIndex, t as NodeIndex, w3)) continue
      if (g.degree(z) > this.marked.length * PROBE_COST) {
        this.probeFromTarget(s, z, w3, filter)
        continue
      }
      const b = g.neighbours(z, this.adjB)
      const bT = b.targets
      const bW = b.weights
      for (let j = b.start; j < b.end; j++) {
        const w2 = bW[j]!
        if (this.top.length === this.k && maxFromS * w2 * w3 < this.best[this.worst]!) break
        const x = bT[j]!
        const w1 = mark[x]!
        if (w1 === 0) continue
        if (filter !== undefined && !filter(x as NodeIndex, z as NodeIndex, w2)) continue
        this.consider(x, w1 * w2 * w3, 3, z)
      }
    }
  }

  /**
   * 3-hop paths s—x—y—t through a high-degree x: look each marked y (a neighbour of t) up in x's
   * index-sorted list instead of scanning x's ties.
   */
  private probeFromSource(s: number, x: number, w1: number, filter?: EdgeFilter): void {
    const list = this.graph.neighboursById(x)
    const mark = this.mark
    for (const y of this.marked) {
      const w2 = strengthIn(list, y)
      if (w2 === 0 || y === s) continue
      if (filter !== undefined && !filter(x as NodeIndex, y as NodeIndex, w2)) continue
      this.consider(x, w1 * w2 * mark[y]!, 3, y)
    }
  }

  /** The same from the target's side: z is a high-degree neighbour of t, x a marked neighbour of s. */
  private probeFromTarget(s: number, z: number, w3: number, filter?: EdgeFilter): void {
    const list = this.graph.neighboursById(z)
    const mark = this.mark
    for (const x of this.marked) {
      const w2 = strengthIn(list, x)
      if (w2 === 0 || x === s) continue
      if (filter !== undefined && !filter(x as NodeIndex, z as NodeIndex, w2)) continue
      this.consider(x, mark[x]! * w2 * w3, 3, z)
    }
  }

  /**
   * Marks the neighbours of `centre` (except `skip`) with their tie strength and returns the
   * strongest; the tie to `skip`, when there is one, is left in `direct`.
   */
  private markNeighbours(centre: number, skip: number, filter?: EdgeFilter): number {
    const a = this.graph.neighbours(centre, this.adjA)
    const mark = this.mark
    let max = 0
    this.direct = 0
    for (let i = a.start; i < a.end; i++) {
      const y = a.targets[i]!
      const w = a.weights[i]!
      if (filter !== undefined && !filter(y as NodeIndex, centre as NodeIndex, w)) continue
      if (y === skip) {
        this.direct = w
        continue
      }
      mark[y] = w
      this.marked.push(y)
      if (w > max) max = w
    }
    return max
  }

  /** A path through `x` must beat this to matter: x's own best, or the k-th best when full. */
  private floorFor(x: number): number {
    const own = this.best[x]!
    if (this.top.length === this.k && this.inTop[x] === 0) {
      const kth = this.best[this.worst]!
      return Math.max(own, kth)
    }
    return own
  }

  private consider(x: number, strength: number, hops: number, mid: number): void {
    const current = this.best[x]!
    if (current < 0) this.touched.push(x)
    else if (!better(strength, hops, mid, current, this.bestHops[x]!, this.bestMid[x]!)) return
    this.best[x] = strength
    this.bestHops[x] = hops
    this.bestMid[x] = mid
    if (this.inTop[x] === 1) {
      if (x === this.worst) this.recomputeWorst()
      return
    }
    if (this.top.length < this.k) {
      this.top.push(x)
      this.inTop[x] = 1
      if (this.top.length === this.k) this.recomputeWorst()
      return
    }
    const w = this.worst
    if (!this.ranksAbove(x, w)) return
    const at = this.top.indexOf(w)
    this.top[at] = x
    this.inTop[w] = 0
    this.inTop[x] = 1
    this.recomputeWorst()
  }

  private ranksAbove(a: number, b: number): boolean {
    const sa = this.best[a]!
    const sb = this.best[b]!
    if (sa !== sb) return sa > sb
    const ha = this.bestHops[a]!
    const hb = this.bestHops[b]!
    if (ha !== hb) return ha < hb
    return a < b
  }

  private recomputeWorst(): void {
    let worst = this.top[0]!
    for (let i = 1; i < this.top.length; i++) {
      const x = this.top[i]!
      if (this.ranksAbove(worst, x)) worst = x
    }
    this.worst = worst
  }

  private collect(s: number, t: number): WarmPath[] {
    const order = [...this.top].sort((a, b) => (this.ranksAbove(a, b) ? -1 : 1))
    return order.map((x) => {
      const hops = this.bestHops[x]!
      const nodes = hops === 1 ? [s, t] : hops === 2 ? [s, x, t] : [s, x, this.bestMid[x]!, t]
      return { nodes: nodes as NodeIndex[], hops, strength: this.best[x]! }
    })
  }

  /** What scanning from `u` costs: its neighbours' degrees, hubs capped at a probe's cost. */
  private neighbourDegreeSum(u: number, other: number): number {
    const a = this.graph.neighbours(u, this.adjA)
    const cap = this.graph.degree(other) * PROBE_COST
    let sum = 0
    for (let i = a.start; i < a.end; i++) sum += Math.min(cap, this.graph.degree(a.targets[i]!))
    return sum
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return
    const size = Math.max(n, Math.ceil(this.capacity * 1.25))
    this.mark = new Float64Array(size)
    this.best = new Float64Array(size).fill(-1)
    this.bestHops = new Uint8Array(size)
    this.bestMid = new Int32Array(size)
    this.inTop = new Uint8Array(size)
    this.capacity = size
  }

  private reset(): void {
    for (const y of this.marked) this.mark[y] = 0
    for (const x of this.touched) this.best[x] = -1
    for (const x of this.top) this.inTop[x] = 0
    this.marked = []
    this.touched = []
    this.top = []
  }
}

function better(s: number, h: number, m: number, s0: number, h0: number, m0: number): boolean {
  if (s !== s0) return s > s0
  if (h !== h0) return h < h0
  return m < m0
}

/**
 * One-off convenience over {@link PathSearcher} (allocates scratch space each call).
 *
 * @example
 * bestPaths(new StaticGraph(csr), a, b, { k: 3 })
 */
export function bestPaths(
  graph: GraphView,
  from: NodeIndex,
  to: NodeIndex,
  options: BestPathOptions = {},
): WarmPath[] {
  return new PathSearcher(graph).search(from, to, options)
}
