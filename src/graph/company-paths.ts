import type { WarmPath } from './best-path.js'
import type { LetsThrough } from './consent.js'
import { type GraphView, newAdjacency } from './csr.js'
import type { NodeIndex } from './node-index.js'

/** The members reachable through one introducer (null: the viewer's own connections). */
export interface IntroducerGroup {
  introducer: NodeIndex | null
  /** The strongest path in the group. */
  strength: number
  paths: WarmPath[]
}

export interface CompanyPathOptions {
  /** 1, 2 or 3 (default 3). */
  maxHops?: number
  /** Consent at every hop; without it every tie may be used. */
  letsThrough?: LetsThrough
}

/**
 * Best paths (≤ 3 hops) from a member to everyone in a target set (a company's current staff),
 * grouped by the introducer: the first person on the path. Groups are ordered by their strongest
 * path, paths inside a group by strength then hops.
 *
 * Consent at every hop, for each target on its own: every node between the member and the target
 * lets both its neighbours on the path through, while the target, as the end of its path, is never
 * asked. So a target who lets nobody through is still reached, but no path runs through them to
 * another target: exactly the paths `PathSearcher` finds with `pathFilter(member, target, …)`.
 *
 * How: one pass over the member's 2-hop neighbourhood keeps, for every node y that may pass a
 * path on, the two best 2-hop paths to y through different introducers; then each target c scans
 * its ties y, strongest first, and takes the best of its direct tie, s–y–c, and y's entry × w(y, c)
 * (the second entry when the first goes through c itself, which would not be a simple path). Exact
 * for the strength of each target's best path. Cost: Σ deg over the member's neighbours + Σ deg
 * over the targets, with the scan of each target's ties stopping once it cannot improve.
 *
 * @example
 * const finder = new CompanyPathFinder(view)
 * finder.find(member, acmeStaff, { letsThrough }) // [{ introducer: x, strength: 0.6, paths: [...] }, …]
 */
export class CompanyPathFinder {
  private capacity = 0
  /** Strength of the member's tie to each neighbour. */
  private direct = new Float64Array(0)
  /** The same, for the neighbours who let the member through (who may introduce), else 0. */
  private first = new Float64Array(0)
  /**
   * Per node y, four slots side by side: best 2-hop strength, its introducer, the second best
   * through another introducer, and that introducer (-1: none).
   * @NOTE interleaved so that one cache line serves all four reads of a probe.
   */
  private slots = new Float64Array(0)
  private touched: number[] = []
  private readonly adjA = newAdjacency()
  private readonly adjB = newAdjacency()

  constructor(private readonly graph: GraphView) {}

  find(from: NodeIndex, targets: Iterable<NodeIndex>, options: CompanyPathOptions = {}) {
    const g = this.graph
    const s = from as number
    const maxHops = options.maxHops ?? 3
    const consent = options.letsThrough
    const lets = (node: number, other: number, strength: number) =>
      consent === undefined || consent(node as NodeIndex, other as NodeIndex, strength)
    this.ensureCapacity(g.nodeCount)
    const { direct, first, slots, touched } = this
    const results: WarmPath[] = []
    try {
      let maxFirst = 0
      const a = g.neighbours(s, this.adjA)
      for (let i = a.start; i < a.end; i++) {
        const x = a.targets[i]!
        const w1 = a.weights[i]!
        touched.push(x)
        direct[x] = w1
        if (maxHops >= 2 && lets(x, s, w1)) {
          first[x] = w1
          if (w1 > maxFirst) maxFirst = w1
        }
      }
      let maxTwoHop = 0
      if (maxHops >= 3) {
        for (let i = a.start; i < a.end; i++) {
          const x = a.targets[i]!
          const w1 = first[x]!
          if (w1 === 0) continue
          const b = g.neighbours(x, this.adjB)
          for (let j = b.start; j < b.end; j++) {
            const y = b.targets[j]!
            if (y === s) continue
            const w2 = b.weights[j]!
            const value = w1 * w2
            const at = 4 * y
            if (value <= slots[at + 2]! && slots[at + 3] !== -1) continue
            // x passes the path on to y, and y will pass it on from x.
            if (!lets(x, y, w2) || !lets(y, x, w2)) continue
            if (slots[at + 1] === -1) {
              touched.push(y)
              slots[at] = value
              slots[at + 1] = x
            } else if (value > slots[at]!) {
              slots[at + 2] = slots[at]!
              slots[at + 3] = slots[at + 1]!
              slots[at] = value
              slots[at + 1] = x
            } else if (value > slots[at + 2]! || slots[at + 3] === -1) {
              slots[at + 2] = value
              slots[at + 3] = x
            }
            if (value > maxTwoHop) maxTwoHop = value
          }
        }
      }
      const reach = Math.max(maxFirst, maxTwoHop)
      const seen = new Set<number>()
      for (const target of targets) {
        const c = target as number
        if (c === s || c >= g.nodeCount || seen.has(c)) continue
        seen.add(c)
        let strength = direct[c]!
        let hops = strength > 0 ? 1 : 0
        let intro = -1
        let mid = -1
        if (reach > 0) {
          const b = g.neighbours(c, this.adjB)
          for (let j = b.start; j < b.end; j++) {
            const w3 = b.weights[j]!
            if (reach * w3 <= strength) break
            const y = b.targets[j]!
            if (y === s || !lets(y, c, w3)) continue
            const twoHop = first[y]! * w3
            if (twoHop > strength) {
              strength = twoHop
              hops = 2
              intro = y
              mid = -1
            }
            const at = 4 * y
            const via = slots[at + 1]!
            if (via === -1) continue
            const useSecond = via === c
            const through = useSecond ? slots[at + 3]! : via
            if (through === -1) continue
            const threeHop = (useSecond ? slots[at + 2]! : slots[at]!) * w3
            if (threeHop <= strength) continue
            strength = threeHop
            hops = 3
            intro = through
            mid = y
          }
        }
        if (hops === 0) continue
        const nodes = hops === 1 ? [s, c] : hops === 2 ? [s, intro, c] : [s, intro, mid, c]
        results.push({ nodes: nodes as NodeIndex[], hops, strength })
      }
    } finally {
      for (const y of touched) {
        direct[y] = 0
        first[y] = 0
        slots[4 * y] = 0
        slots[4 * y + 1] = -1
        slots[4 * y + 2] = 0
        slots[4 * y + 3] = -1
      }
      this.touched = []
    }
    return groupByIntroducer(results)
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return
    this.direct = new Float64Array(n)
    this.first = new Float64Array(n)
    this.slots = new Float64Array(4 * n)
    for (let y = 0; y < n; y++) {
      this.slots[4 * y + 1] = -1
      this.slots[4 * y + 3] = -1
    }
    this.capacity = n
  }
}

function groupByIntroducer(paths: WarmPath[]): IntroducerGroup[] {
  const groups = new Map<number, IntroducerGroup>()
  for (const p of paths) {
    const key = p.hops === 1 ? -1 : (p.nodes[1] as number)
    let group = groups.get(key)
    if (group === undefined) {
      group = { introducer: key === -1 ? null : (key as NodeIndex), strength: 0, paths: [] }
      groups.set(key, group)
    }
    group.paths.push(p)
    if (p.strength > group.strength) group.strength = p.strength
  }
  const out = [...groups.values()]
  for (const g of out) g.paths.sort((a, b) => b.strength - a.strength || a.hops - b.hops)
  return out.sort((a, b) => b.strength - a.strength || (a.introducer ?? -1) - (b.introducer ?? -1))
}
