import type { UndirectedGraph } from 'graphology'

/** Node attributes in the graphology copy: the dense index, for the filter and tie-breaks. */
export interface NodeAttrs {
  i: number
}
export interface EdgeAttrs {
  weight: number
}
export type Graphology = UndirectedGraph<NodeAttrs, EdgeAttrs>

export interface ReferencePath {
  nodes: number[]
  hops: number
  strength: number
}

const PROBE_COST = 16

interface Neighbours {
  keys: string[]
  index: number[]
  weight: number[]
}

/** A node's neighbours sorted by tie strength, descending, read through graphology's API. */
function sortedNeighbours(graph: Graphology, key: string): Neighbours {
  const list: { key: string; index: number; weight: number }[] = []
  graph.forEachEdge(key, (_edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const other = source === key
    list.push({
      key: other ? target : source,
      index: other ? targetAttrs.i : sourceAttrs.i,
      weight: attrs.weight,
    })
  })
  list.sort((a, b) => b.weight - a.weight)
  return {
    keys: list.map((x) => x.key),
    index: list.map((x) => x.index),
    weight: list.map((x) => x.weight),
  }
}

/**
 * The engine's ≤3-hop best-path search (top-k, one path per introducer, pruned and exact),
 * written against graphology's API with Maps for the marks: the reference the bench compares
 * our CSR search with, answer for answer.
 */
export function graphologyBestPaths(
  graph: Graphology,
  from: string,
  to: string,
  k: number,
  maxWeight: number,
  filter?: (u: number, v: number, w: number) => boolean,
): ReferencePath[] {
  const s = graph.getNodeAttribute(from, 'i')
  const t = graph.getNodeAttribute(to, 'i')
  const best = new Map<number, { strength: number; hops: number; mid: number }>()
  let top: number[] = []
  let worst = -1
  const ranksAbove = (a: number, b: number) => {
    const x = best.get(a)!
    const y = best.get(b)!
    if (x.strength !== y.strength) return x.strength > y.strength
    if (x.hops !== y.hops) return x.hops < y.hops
    return a < b
  }
  const recompute = () => {
    worst = top[0]!
    for (const x of top) if (ranksAbove(worst, x)) worst = x
  }
  const kth = () => (top.length === k ? best.get(worst)!.strength : -1)
  const consider = (x: number, strength: number, hops: number, mid: number) => {
    const cur = best.get(x)
    if (cur !== undefined) {
      const better =
        strength !== cur.strength
          ? strength > cur.strength
          : hops !== cur.hops
            ? hops < cur.hops
            : mid < cur.mid
      if (!better) return
    }
    best.set(x, { strength, hops, mid })
    if (top.includes(x)) {
      if (x === worst) recompute()
      return
    }
    if (top.length < k) {
      top.push(x)
      if (top.length === k) recompute()
      return
    }
    if (!ranksAbove(x, worst)) return
    top = top.map((y) => (y === worst ? x : y))
    recompute()
  }
  const ok = (u: number, v: number, w: number) => filter === undefined || filter(u, v, w)
  const mark = (centre: string, centreIndex: number, skip: number) => {
    const marks = new Map<number, number>()
    let max = 0
    let direct = 0
    const n = sortedNeighbours(graph, centre)
    for (let i = 0; i < n.keys.length; i++) {
      const y = n.index[i]!
      const w = n.weight[i]!
      if (!ok(y, centreIndex, w)) continue
      if (y === skip) direct = w
      else {
        marks.set(y, w)
        if (w > max) max = w
      }
    }
    return { marks, max, direct }
  }
  const degreeSum = (key: string, other: string) => {
    const cap = graph.degree(other) * PROBE_COST
    let sum = 0
    graph.forEachNeighbor(key, (n) => {
      sum += Math.min(cap, graph.degree(n))
    })
    return sum
  }

  if (degreeSum(to, from) < degreeSum(from, to)) {
    const { marks, max: maxFromS, direct } = mark(from, s, t)
    if (direct > 0) consider(t, direct, 1, -1)
    const c = sortedNeighbours(graph, to)
    for (let i = 0; i < c.keys.length; i++) {
      const z = c.index[i]!
      const wz = marks.get(z)
      if (wz !== undefined && ok(z, t, c.weight[i]!)) consider(z, wz * c.weight[i]!, 2, -1)
    }
    const bound0 = maxFromS * maxWeight
    for (let i = 0; i < c.keys.length; i++) {
      const w3 = c.weight[i]!
      if (top.length === k && bound0 * w3 < kth()) break
      const z = c.index[i]!
      if (z === s || !ok(z, t, w3)) continue
      if (graph.degree(c.keys[i]!) > marks.size * PROBE_COST) {
        for (const [x, w1] of marks) {
          const edge = graph.edge(String(x), c.keys[i]!)
          if (edge === undefined) continue
          const w2 = graph.getEdgeAttribute(edge, 'weight')
          if (ok(x, z, w2)) consider(x, w1 * w2 * w3, 3, z)
        }
        continue
      }
      const b = sortedNeighbours(graph, c.keys[i]!)
      for (let j = 0; j < b.keys.length; j++) {
        const w2 = b.weight[j]!
        if (top.length === k && maxFromS * w2 * w3 < kth()) break
        const x = b.index[j]!
        const w1 = marks.get(x)
        if (w1 === undefined || !ok(x, z, w2)) continue
        consider(x, w1 * w2 * w3, 3, z)
      }
    }
  } else {
    const { marks, max: maxIntoT, direct } = mark(to, t, s)
    if (direct > 0) consider(t, direct, 1, -1)
    const a = sortedNeighbours(graph, from)
    const factor = maxIntoT * Math.max(1, maxWeight)
    for (let i = 0; i < a.keys.length; i++) {
      const x = a.index[i]!
      const w1 = a.weight[i]!
      if (top.length === k && w1 * factor < kth()) break
      if (x === t || !ok(s, x, w1)) continue
      const wx = marks.get(x)
      if (wx !== undefined) consider(x, w1 * wx, 2, -1)
      if (graph.degree(a.keys[i]!) > marks.size * PROBE_COST) {
        // The hub probe, with graphology's own edge lookup.
        for (const [y, wy] of marks) {
          if (y === s) continue
          const edge = graph.edge(a.keys[i]!, String(y))
          if (edge === undefined) continue
          const w2 = graph.getEdgeAttribute(edge, 'weight')
          if (ok(x, y, w2)) consider(x, w1 * w2 * wy, 3, y)
        }
        continue
      }
      const b = sortedNeighbours(graph, a.keys[i]!)
      for (let j = 0; j < b.keys.length; j++) {
        const w2 = b.weight[j]!
        const own = best.get(x)?.strength ?? -1
        const floor = top.length === k && !top.includes(x) ? Math.max(own, kth()) : own
        if (w1 * w2 * maxIntoT < floor) break
        const y = b.index[j]!
        const wy = marks.get(y)
        if (wy === undefined || y === s || !ok(x, y, w2)) continue
        consider(x, w1 * w2 * wy, 3, y)
      }
    }
  }
  return [...top]
    .sort((a, b) => (ranksAbove(a, b) ? -1 : 1))
    .map((x) => {
      const p = best.get(x)!
      const nodes = p.hops === 1 ? [s, t] : p.hops === 2 ? [s, x, t] : [s, x, p.mid, t]
      return { nodes, hops: p.hops, strength: p.strength }
    })
}
