import type { CsrGraph } from './csr.js'

/** What the builder saw besides the ties it kept. */
export interface BuildReport {
  /** Lines whose two ends were the same node: ignored, but counted. */
  selfLoops: number
  /** Ties seen more than once (either orientation): merged into one, keeping the strongest. */
  duplicates: number
}

const LOCAL_INDEX_BITS = 2 ** 21

/**
 * Collects raw ties (node indexes, optional strength) and builds an immutable {@link CsrGraph}.
 *
 * Invariants of the result: each undirected tie once per direction, self-loops dropped (and
 * counted), duplicates and reversed repeats merged keeping the highest strength, neighbours
 * sorted by strength descending.
 *
 * @example
 * const b = new CsrBuilder()
 * b.add(0, 1, 0.5)
 * b.add(1, 0, 0.9) // same tie, reversed: kept once with strength 0.9
 * b.add(2, 2) // self-loop: counted, ignored
 * const { csr, report } = b.build(3) // 1 tie, report.selfLoops === 1, report.duplicates === 1
 */
export class CsrBuilder {
  private us: Uint32Array
  private vs: Uint32Array
  private ws: Float32Array
  private count = 0
  private highestNode = -1

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(16, initialCapacity)
    this.us = new Uint32Array(capacity)
    this.vs = new Uint32Array(capacity)
    this.ws = new Float32Array(capacity)
  }

  get rawCount(): number {
    return this.count
  }

  add(u: number, v: number, weight = 1): void {
    if (this.count === this.us.length) this.grow()
    const i = this.count++
    this.us[i] = u
    this.vs[i] = v
    this.ws[i] = weight
    if (u > this.highestNode) this.highestNode = u
    if (v > this.highestNode) this.highestNode = v
  }

  /** Builds over `nodeCount` nodes (at least one more than the highest index added). */
  build(nodeCount = this.highestNode + 1): { csr: CsrGraph; report: BuildReport } {
    return buildCsr(
      Math.max(nodeCount, this.highestNode + 1),
      this.us.subarray(0, this.count),
      this.vs.subarray(0, this.count),
      this.ws.subarray(0, this.count),
    )
  }

  private grow(): void {
    const capacity = this.us.length * 2
    const us = new Uint32Array(capacity)
    const vs = new Uint32Array(capacity)
    const ws = new Float32Array(capacity)
    us.set(this.us)
    vs.set(this.vs)
    ws.set(this.ws)
    this.us = us
    this.vs = vs
    this.ws = ws
  }
}

/**
 * Builds a CSR from parallel arrays of tie ends and strengths (`weights === null` means every
 * strength is 1). Linear in the number of ties plus a per-node sort by strength.
 *
 * @example
 * const { csr } = buildCsr(3, Uint32Array.of(0, 1), Uint32Array.of(1, 2), null)
 * csr.offsets // [0, 1, 3, 4]
 */
export function buildCsr(
  nodeCount: number,
  us: Uint32Array,
  vs: Uint32Array,
  weights: Float32Array | null,
): { csr: CsrGraph; report: BuildReport } {
  const n = nodeCount
  const m = us.length
  const degree = new Uint32Array(n + 1)
  let selfLoops = 0
  for (let i = 0; i < m; i++) {
    const u = us[i]!
    const v = vs[i]!
    if (u === v) {
      selfLoops++
      continue
    }
    degree[u]!++
    degree[v]!++
  }
  const offsets = new Uint32Array(n + 1)
  for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + degree[u]!
  const entries = offsets[n]!
  let targets = new Uint32Array(entries)
  let strengths = new Float32Array(entries)
  const cursor = offsets.slice(0, n)
  for (let i = 0; i < m; i++) {
    const u = us[i]!
    const v = vs[i]!
    if (u === v) continue
    const w = weights === null ? 1 : weights[i]!
    let p = cursor[u]!++
    targets[p] = v
    strengths[p] = w
    p = cursor[v]!++
    targets[p] = u
    strengths[p] = w
  }

  // Merge duplicates in place with a last-seen mark per neighbour (no sort needed).
  const seenBy = new Int32Array(n).fill(-1)
  const position = new Uint32Array(n)
  let write = 0
  let duplicateEntries = 0
  let maxDegree = 0
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!
    const end = offsets[u + 1]!
    offsets[u] = write
    for (let i = start; i < end; i++) {
      const v = targets[i]!
      const w = strengths[i]!
      if (seenBy[v] === u) {
        duplicateEntries++
        const p = position[v]!
        if (w > strengths[p]!) strengths[p] = w
        continue
      }
      seenBy[v] = u
      position[v] = write
      targets[write] = v
      strengths[write] = w
      write++
    }
    const d = write - offsets[u]!
    if (d > maxDegree) maxDegree = d
  }
  offsets[n] = write
  if (write < entries) {
    targets = targets.slice(0, write)
    strengths = strengths.slice(0, write)
  }

  const maxWeight = sortByStrength(n, offsets, targets, strengths, maxDegree)
  return {
    csr: { nodeCount: n, offsets, targets, weights: strengths, maxWeight },
    report: { selfLoops, duplicates: duplicateEntries / 2 },
  }
}

/**
 * Sorts each node's neighbours by strength, descending, and returns the highest strength.
 * @NOTE positive float32 bit patterns order like the floats, so `bits * 2^21 + localIndex` is an
 * exact float64 key and the native typed-array sort does the work without a comparator.
 */
function sortByStrength(
  n: number,
  offsets: Uint32Array,
  targets: Uint32Array,
  strengths: Float32Array,
  maxDegree: number,
): number {
  const bits = new Uint32Array(strengths.buffer, strengths.byteOffset, strengths.length)
  const keys = new Float64Array(maxDegree)
  const tmpTargets = new Uint32Array(maxDegree)
  const tmpBits = new Uint32Array(maxDegree)
  let maxWeight = 0
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!
    const end = offsets[u + 1]!
    const d = end - start
    if (d === 0) continue
    let sorted = true
    for (let i = start + 1; i < end; i++) {
      if (strengths[i]! > strengths[i - 1]!) {
        sorted = false
        break
      }
    }
    if (strengths[start]! > maxWeight) maxWeight = strengths[start]!
    if (sorted) continue
    if (d >= LOCAL_INDEX_BITS) {
      sortLargeNode(start, end, targets, strengths)
      if (strengths[start]! > maxWeight) maxWeight = strengths[start]!
      continue
    }
    for (let i = 0; i < d; i++) {
      keys[i] = bits[start + i]! * LOCAL_INDEX_BITS + (d - 1 - i)
      tmpTargets[i] = targets[start + i]!
      tmpBits[i] = bits[start + i]!
    }
    const view = keys.subarray(0, d)
    view.sort()
    for (let i = 0; i < d; i++) {
      const key = view[d - 1 - i]!
      const local = d - 1 - (key % LOCAL_INDEX_BITS)
      targets[start + i] = tmpTargets[local]!
      bits[start + i] = tmpBits[local]!
    }
    if (strengths[start]! > maxWeight) maxWeight = strengths[start]!
  }
  return maxWeight
}

function sortLargeNode(start: number, end: number, targets: Uint32Array, strengths: Float32Array) {
  const order = Array.from({ length: end - start }, (_, i) => start + i)
  order.sort((a, b) => strengths[b]! - strengths[a]! || a - b)
  const t = order.map((i) => targets[i]!)
  const w = order.map((i) => strengths[i]!)
  targets.set(t, start)
  strengths.set(w, start)
}
