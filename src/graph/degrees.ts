import type { LetsThrough } from './consent.js'
import { type EdgeFilter, type GraphView, newAdjacency } from './csr.js'
import type { NodeIndex } from './node-index.js'

/** How many members sit exactly 1, 2 and 3 hops away. */
export interface DegreeCounts {
  first: number
  second: number
  third: number
}

/** Beamer's switch: go bottom-up once the frontier's ties exceed the unvisited ties / ALPHA. */
const ALPHA = 14

/**
 * Counts 1st, 2nd and 3rd-degree connections with a level-synchronous breadth-first search whose
 * third level runs bottom-up when that is cheaper (each unvisited node looks for one neighbour
 * that passes the walk on from level 2, and stops at the first). Scratch space is kept between
 * calls.
 *
 * Consent at every hop: a node x is at degree d when the shortest path from `from` to x along
 * which every intermediary lets both its neighbours on the path through has d hops. The end of a
 * path is never asked, so a member who lets nobody through still counts where they are reached.
 * A node may therefore be reached at one level and pass the walk on only from a later one (a
 * direct connection who hides their network from the viewer but not from a shared friend).
 *
 * Invariant: the counts equal the shortest such simple paths of at most 3 hops, found by brute
 * force (property tested); without `letsThrough` they are a plain breadth-first search.
 *
 * @example
 * const counter = new DegreeCounter(view)
 * counter.count(member, letsThrough) // { first: 120, second: 9800, third: 310000 }
 */
export class DegreeCounter {
  /** The level a node was first reached at (4 for the start), 0 when not yet. */
  private level = new Uint8Array(0)
  /** The level from which a node passes the walk on, 0 when not yet. */
  private passes = new Uint8Array(0)
  private bits = new Int32Array(0)
  private frontier = new Uint32Array(0)
  private next = new Uint32Array(0)
  private readonly adj = newAdjacency()
  private readonly inner = newAdjacency()

  constructor(private readonly graph: GraphView) {}

  count(from: NodeIndex, letsThrough?: LetsThrough): DegreeCounts {
    const g = this.graph
    const n = g.nodeCount
    if (this.level.length < n) {
      this.level = new Uint8Array(n)
      this.passes = new Uint8Array(n)
      this.frontier = new Uint32Array(n)
      this.next = new Uint32Array(n)
      this.bits = new Int32Array((n >>> 5) + 1)
    } else {
      this.level.fill(0)
      this.passes.fill(0)
    }
    const { level, passes } = this
    const s = from as number
    level[s] = 4
    let frontier = this.frontier
    let next = this.next
    frontier[0] = s
    let size = 1
    const counts = [0, 0, 0]
    let visitedDegree = g.degree(s)
    const allDegree = this.totalEntries()
    for (let depth = 1; depth <= 3; depth++) {
      let frontierDegree = 0
      for (let i = 0; i < size; i++) frontierDegree += g.degree(frontier[i]!)
      const unvisitedDegree = allDegree - visitedDegree
      let found = 0
      let passing = 0
      if (depth === 3 && frontierDegree > unvisitedDegree / ALPHA) {
        // @NOTE a bitset of level 2 (128 KiB per million nodes) stays in L2 cache; the byte
        // levels do not, and this loop probes it millions of times.
        const bits = this.bits
        for (let i = 0; i < size; i++) bits[frontier[i]! >>> 5]! |= 1 << (frontier[i]! & 31)
        found = this.bottomUp(letsThrough)
        for (let i = 0; i < size; i++) bits[frontier[i]! >>> 5] = 0
      } else {
        for (let i = 0; i < size; i++) {
          const u = frontier[i]!
          const a = g.neighbours(u, this.adj)
          for (let j = a.start; j < a.end; j++) {
            const v = a.targets[j]!
            // A member already reached who passes the walk on, or need not, teaches nothing new.
            const reached = level[v] !== 0
            if (v === s || (reached && (depth === 3 || passes[v] !== 0))) continue
            const w = a.weights[j]!
            if (u !== s && letsThrough?.(u as NodeIndex, v as NodeIndex, w) === false) continue
            if (!reached) {
              level[v] = depth
              found++
              visitedDegree += g.degree(v)
            }
            // Only a member who lets the one before them through passes the walk on.
            if (depth === 3 || passes[v] !== 0) continue
            if (letsThrough?.(v as NodeIndex, u as NodeIndex, w) === false) continue
            passes[v] = depth
            next[passing++] = v
          }
        }
      }
      counts[depth - 1] = found
      const swap = frontier
      frontier = next
      next = swap
      size = passing
    }
    return { first: counts[0]!, second: counts[1]!, third: counts[2]! }
  }

  private bottomUp(letsThrough?: LetsThrough): number {
    const g = this.graph
    const level = this.level
    const bits = this.bits
    const changed = g.changedMask()
    const { offsets, targets, weights, nodeCount: baseCount } = g.base
    let found = 0
    for (let v = 0; v < g.nodeCount; v++) {
      if (level[v] !== 0) continue
      let t = targets
      let w = weights
      let start: number
      let end: number
      if ((changed === null || changed[v] === 0) && v < baseCount) {
        start = offsets[v]!
        end = offsets[v + 1]!
      } else {
        const a = g.neighbours(v, this.inner)
        t = a.targets
        w = a.weights
        start = a.start
        end = a.end
      }
      for (let j = start; j < end; j++) {
        const u = t[j]!
        if (((bits[u >>> 5]! >>> (u & 31)) & 1) === 0) continue
        if (letsThrough?.(u as NodeIndex, v as NodeIndex, w[j]!) === false) continue
        found++
        break
      }
    }
    return found
  }

  private cachedEntries = -1
  private cachedFor = -1

  private totalEntries(): number {
    const g = this.graph
    if (this.cachedFor !== g.nodeCount || this.cachedEntries < 0) {
      let sum = 0
      for (let u = 0; u < g.nodeCount; u++) sum += g.degree(u)
      this.cachedEntries = sum
      this.cachedFor = g.nodeCount
    }
    return this.cachedEntries
  }
}

/** One mutual connection and the strength of the two ties through it (their product). */
export interface MutualConnection {
  node: NodeIndex
  strength: number
}

/**
 * The connections `a` and `b` share, over ties the filter allows, strongest first
 * (strength = w(a, m) × w(m, b); ties broken by lower index).
 *
 * @example
 * mutualConnections(view, a, b, visibleTo(viewer)).length // visible mutual count
 */
export function mutualConnections(
  graph: GraphView,
  a: NodeIndex,
  b: NodeIndex,
  filter?: EdgeFilter,
): MutualConnection[] {
  const fromA = new Map<number, number>()
  const adj = graph.neighbours(a, newAdjacency())
  for (let i = adj.start; i < adj.end; i++) {
    const m = adj.targets[i]!
    if (filter === undefined || filter(a, m as NodeIndex, adj.weights[i]!)) {
      fromA.set(m, adj.weights[i]!)
    }
  }
  const out: MutualConnection[] = []
  graph.neighbours(b, adj)
  for (let i = adj.start; i < adj.end; i++) {
    const m = adj.targets[i]!
    const wa = fromA.get(m)
    if (wa === undefined || m === (a as number)) continue
    if (filter !== undefined && !filter(m as NodeIndex, b, adj.weights[i]!)) continue
    out.push({ node: m as NodeIndex, strength: wa * adj.weights[i]! })
  }
  return out.sort((x, y) => y.strength - x.strength || x.node - y.node)
}
