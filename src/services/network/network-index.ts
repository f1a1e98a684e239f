import type { Visibility } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import {
  allActiveConnections,
  allMemberVisibility,
  memberTieStrengths,
} from '../../db/queries/connections.js'
import { STRONG_FROM } from '../../domain/strength-bands.js'
import { PathSearcher, type WarmPath } from '../../graph/best-path.js'
import { CompanyPathFinder, type IntroducerGroup } from '../../graph/company-paths.js'
import { type EdgeFilter, newAdjacency } from '../../graph/csr.js'
import { CsrBuilder } from '../../graph/csr-builder.js'
import { type DegreeCounts, mutualConnections } from '../../graph/degrees.js'
import { DynamicGraph } from '../../graph/dynamic-graph.js'
import { type LionBehaviour, scanForLions } from '../../graph/lion-scan.js'
import { NodeIdMap, type NodeIndex } from '../../graph/node-index.js'
import { countTrianglesParallel, localClustering } from '../../graph/triangles.js'
import type { LionLabel } from './lions.js'
import { mayRevealTies, type Relation } from './privacy.js'

function relationByStrength(strength: number): Relation {
  return strength >= STRONG_FROM ? 'strong_tie' : 'connection'
}

const VISIBILITY_CODES: Visibility[] = ['only_me', 'strong_ties', 'connections']
// Until tie strength is known for a tie, it counts as strong (see docs/decisions/0005).
export const DEFAULT_TIE_STRENGTH = STRONG_FROM
// Fold the delta into a fresh CSR once this many changes have piled up.
const COMPACT_AFTER_CHANGES = 4096

/**
 * One weight per tie from the two members' own scores of it: the weaker side, since a path is only
 * as good as its weakest link; one side's score when only one is known; else the default.
 * @NOTE A zero score would delete the tie from the graph, so weights stay above a small floor.
 */
function tieWeight(sides: Map<string, number>, a: string, b: string): number {
  const ab = sides.get(`${a}>${b}`)
  const ba = sides.get(`${b}>${a}`)
  const known = [ab, ba].filter((x): x is number => x !== undefined)
  const weight = known.length === 0 ? DEFAULT_TIE_STRENGTH : Math.min(...known)
  return Math.max(MIN_TIE_WEIGHT, weight)
}

const MIN_TIE_WEIGHT = 0.01

export interface PathView {
  nodes: string[]
  hops: number
  strength: number
  weakestLink: number
}

/**
 * The community's graph in memory: member ids mapped to dense node indexes, ties in a CSR with a
 * delta of recent changes, and each member's visibility, so that paths, degrees and mutual
 * connections are answered without touching the database. The services keep it current inside
 * the same process as they make, remove and restore connections.
 */
export class NetworkIndex {
  private readonly searcher: PathSearcher
  private readonly companies: CompanyPathFinder
  private visibility: Uint8Array
  private levels = new Uint8Array(0)

  private constructor(
    private readonly ids: NodeIdMap,
    private readonly graph: DynamicGraph,
    visibility: Uint8Array,
    /** Each side's own score of a tie, keyed `owner>member`: the inputs of the tie's weight. */
    private readonly sides: Map<string, number>,
  ) {
    this.visibility = visibility
    this.searcher = new PathSearcher(graph)
    this.companies = new CompanyPathFinder(graph)
  }

  static async load(db: Db): Promise<NetworkIndex> {
    const [people, ties, scored] = await Promise.all([
      allMemberVisibility(db),
      allActiveConnections(db),
      memberTieStrengths(db),
    ])
    const sides = new Map<string, number>()
    for (const row of scored) {
      if (row.memberId !== null && row.strength !== null)
        sides.set(`${row.ownerId}>${row.memberId}`, row.strength)
    }
    const ids = NodeIdMap.fromIds(people.map((p) => p.memberId))
    const visibility = new Uint8Array(Math.max(16, people.length))
    people.forEach((p, i) => {
      visibility[i] = VISIBILITY_CODES.indexOf(p.visibility)
    })
    const builder = new CsrBuilder(ties.length)
    for (const tie of ties) {
      const a = ids.indexOf(tie.memberLo)
      const b = ids.indexOf(tie.memberHi)
      if (a !== null && b !== null) builder.add(a, b, tieWeight(sides, tie.memberLo, tie.memberHi))
    }
    const { csr } = builder.build(ids.size)
    return new NetworkIndex(ids, new DynamicGraph(csr), visibility, sides)
  }

  get memberCount(): number {
    return this.ids.size
  }

  private idAt(node: number): string {
    const id = this.ids.idOf(node)
    if (id === null) throw new Error(`node ${node} has no member id`)
    return id
  }

  private nodeOf(id: string): NodeIndex {
    const known = this.ids.indexOf(id)
    if (known !== null) return known
    const node = this.ids.intern(id)
    this.graph.ensureNodes(this.ids.size)
    if (node >= this.visibility.length) {
      const grown = new Uint8Array(Math.max(this.visibility.length * 2, node + 1))
      grown.set(this.visibility)
      this.visibility = grown
    }
    this.visibility[node] = VISIBILITY_CODES.indexOf('strong_ties')
    return node
  }

  /** Makes (or restores) a tie, weighted by the scores its two sides already hold, if any. */
  setTie(a: string, b: string): void {
    this.graph.setTie(this.nodeOf(a), this.nodeOf(b), tieWeight(this.sides, a, b))
    this.compactIfDue()
  }

  removeTie(a: string, b: string): void {
    const u = this.ids.indexOf(a)
    const v = this.ids.indexOf(b)
    if (u !== null && v !== null) this.graph.removeTie(u, v)
    this.compactIfDue()
  }

  /** Takes an owner's new score of a tie; the tie's weight follows when it exists. */
  rescoreTie(owner: string, member: string, strength: number): void {
    this.sides.set(`${owner}>${member}`, strength)
    const u = this.ids.indexOf(owner)
    const v = this.ids.indexOf(member)
    if (u === null || v === null || this.graph.strength(u, v) <= 0) return
    this.graph.setTie(u, v, tieWeight(this.sides, owner, member))
    this.compactIfDue()
  }

  /** Drops every tie of an erased member, and what the index knew of their scores. */
  removeMember(member: string): void {
    const u = this.ids.indexOf(member)
    if (u === null) return
    const adjacency = this.graph.neighbours(u, newAdjacency())
    const others = Array.from(adjacency.targets.subarray(adjacency.start, adjacency.end))
    for (const v of others) {
      this.graph.removeTie(u, v as NodeIndex)
      const other = this.idAt(v)
      this.sides.delete(`${member}>${other}`)
      this.sides.delete(`${other}>${member}`)
    }
    this.compactIfDue()
  }

  setVisibility(member: string, visibility: Visibility): void {
    this.visibility[this.nodeOf(member)] = VISIBILITY_CODES.indexOf(visibility)
  }

  private compactIfDue(): void {
    if (this.graph.pendingChanges >= COMPACT_AFTER_CHANGES) this.graph.compact()
  }

  /** Whether `through` lets a path pass from (or show its tie to) its neighbour at the tie's other end. */
  private letsThrough(through: number, strength: number): boolean {
    const visibility = VISIBILITY_CODES[this.visibility[through] ?? 0] ?? 'only_me'
    return mayRevealTies(visibility, relationByStrength(strength))
  }

  /** How `other` stands to `owner`: a strong tie, a connection, or no tie at all. */
  relationOf(owner: string, other: string): Relation {
    const u = this.ids.indexOf(owner)
    const v = this.ids.indexOf(other)
    if (u === null || v === null) return 'none'
    const strength = this.graph.strength(u, v)
    return strength > 0 ? relationByStrength(strength) : 'none'
  }

  /**
   * The edge filter for one viewer's query: a tie may be used when each of its ends that is an
   * intermediary (neither the viewer nor a target) lets the other end through. Symmetric, as the
   * engine requires, and it is the rule of `mayRevealTies` applied at every hop.
   */
  private filterFor(viewer: number, isTarget: (node: number) => boolean): EdgeFilter {
    return (u, v, strength) =>
      (u === viewer || isTarget(u) || this.letsThrough(u, strength)) &&
      (v === viewer || isTarget(v) || this.letsThrough(v, strength))
  }

  private toView(path: WarmPath): PathView {
    let weakest = 1
    for (let i = 1; i < path.nodes.length; i++) {
      weakest = Math.min(weakest, this.graph.strength(path.nodes[i - 1]!, path.nodes[i]!))
    }
    return {
      nodes: path.nodes.map((n) => this.idAt(n)),
      hops: path.hops,
      strength: path.strength,
      weakestLink: weakest,
    }
  }

  /** The best paths (≤ 3 hops, one per introducer) from the viewer to a member. */
  paths(viewer: string, target: string, k = 3, maxHops = 3): PathView[] {
    const s = this.ids.indexOf(viewer)
    const t = this.ids.indexOf(target)
    if (s === null || t === null) return []
    const filter = this.filterFor(s, (n) => n === t)
    return this.searcher.search(s, t, { k, maxHops, filter }).map((p) => this.toView(p))
  }

  /** Paths from the viewer to everyone in `targets`, grouped by introducer, best group first. */
  companyPaths(
    viewer: string,
    targets: string[],
  ): { introducer: string | null; strength: number; paths: PathView[] }[] {
    const s = this.ids.indexOf(viewer)
    if (s === null) return []
    const nodes = new Set<number>()
    for (const id of targets) {
      const node = this.ids.indexOf(id)
      if (node !== null && node !== s) nodes.add(node)
    }
    const filter = this.filterFor(s, (n) => nodes.has(n))
    const groups: IntroducerGroup[] = this.companies.find(s, [...nodes] as NodeIndex[], { filter })
    return groups.map((g) => ({
      introducer: g.introducer === null ? null : this.idAt(g.introducer),
      strength: g.strength,
      paths: g.paths.map((p) => this.toView(p)),
    }))
  }

  /** The viewer's degree to a member (1, 2, 3) through ties privacy lets the viewer use, or null. */
  degree(viewer: string, target: string): 1 | 2 | 3 | null {
    const [best] = this.paths(viewer, target, 1)
    return best === undefined ? null : (best.hops as 1 | 2 | 3)
  }

  /** Mutual connections of the viewer and a member that the viewer may see. */
  mutuals(viewer: string, target: string): string[] {
    const s = this.ids.indexOf(viewer)
    const t = this.ids.indexOf(target)
    if (s === null || t === null) return []
    const filter = this.filterFor(s, (n) => n === t)
    return mutualConnections(this.graph, s, t, filter).map((m) => this.idAt(m.node))
  }

  /**
   * For each of the member's connections, how many members both hold a strong tie with (a tie
   * weight of at least `STRONG_FROM` to each end): the structural input of tie strength.
   * Counts every shared strong tie, whatever its members' visibility, since the number is only
   * ever shown to the member as part of their own score.
   */
  mutualStrongTies(member: string): Map<string, number> {
    const counts = new Map<string, number>()
    const s = this.ids.indexOf(member)
    if (s === null) return counts
    const own = this.graph.neighbours(s, newAdjacency())
    const connections: number[] = []
    const strong = new Set<number>()
    for (let i = own.start; i < own.end; i++) {
      const t = own.targets[i]!
      connections.push(t)
      if (own.weights[i]! >= STRONG_FROM) strong.add(t)
    }
    const theirs = newAdjacency()
    for (const t of connections) {
      this.graph.neighbours(t, theirs)
      let n = 0
      for (let i = theirs.start; i < theirs.end; i++) {
        if (theirs.weights[i]! >= STRONG_FROM && strong.has(theirs.targets[i]!)) n++
      }
      counts.set(this.idAt(t), n)
    }
    return counts
  }

  /**
   * The viewer's first-degree network for the map: each connection with the tie's strength, and the
   * ties among those connections (each once), which the viewer sees only where both ends let them.
   */
  neighbourhood(viewer: string): {
    neighbours: { id: string; strength: number }[]
    ties: { a: string; b: string; strength: number }[]
  } {
    const s = this.ids.indexOf(viewer)
    if (s === null) return { neighbours: [], ties: [] }
    const adjacency = this.graph.neighbours(s, newAdjacency())
    const inNetwork = new Map<number, number>()
    for (let i = adjacency.start; i < adjacency.end; i++)
      inNetwork.set(adjacency.targets[i]!, adjacency.weights[i]!)
    const ties: { a: string; b: string; strength: number }[] = []
    const inner = newAdjacency()
    for (const [u, strengthToViewer] of inNetwork) {
      if (!this.letsThrough(u, strengthToViewer)) continue
      this.graph.neighbours(u, inner)
      for (let i = inner.start; i < inner.end; i++) {
        const v = inner.targets[i]!
        const strengthToV = inNetwork.get(v)
        if (v <= u || strengthToV === undefined || !this.letsThrough(v, strengthToV)) continue
        if (this.letsThrough(u, inner.weights[i]!) && this.letsThrough(v, inner.weights[i]!)) {
          ties.push({ a: this.idAt(u), b: this.idAt(v), strength: inner.weights[i]! })
        }
      }
    }
    const neighbours = [...inNetwork].map(([node, strength]) => ({ id: this.idAt(node), strength }))
    return { neighbours, ties }
  }

  memberIds(): string[] {
    return [...this.ids.allIds()]
  }

  /**
   * Open-networker scores for everyone: triangles and local clustering over a compacted copy of the
   * graph (counted in worker threads), combined with each member's behaviour and self-declaration.
   */
  async scanForLions(
    behaviourOf: (id: string) => LionBehaviour | undefined,
    alsoConsider: string[],
  ): Promise<Map<string, LionLabel>> {
    const csr = this.graph.compact()
    const triangles = await countTrianglesParallel(csr)
    const clustering = localClustering(csr, triangles.perNode)
    const extra = alsoConsider.flatMap((id) => {
      const node = this.ids.indexOf(id)
      return node === null ? [] : [node]
    })
    const flagged = scanForLions(csr, clustering, (node) => behaviourOf(this.idAt(node)), extra)
    return new Map(
      flagged.map((f) => [
        this.idAt(f.node),
        { score: f.score, reasons: f.reasons, degree: f.degree, clustering: f.clustering },
      ]),
    )
  }

  /**
   * How many members the viewer reaches at 1, 2 and 3 hops. The viewer's own connections always
   * count; a member further out counts when the member before them on the way lets the viewer
   * through (the same consent as for paths, so a target who hides their own network still counts).
   */
  degreeCounts(viewer: string): DegreeCounts | null {
    const s = this.ids.indexOf(viewer)
    if (s === null) return null
    if (this.levels.length < this.graph.nodeCount)
      this.levels = new Uint8Array(this.graph.nodeCount)
    const levels = this.levels
    levels.fill(0)
    levels[s] = 4
    const counts = [0, 0, 0]
    let frontier: number[] = [s]
    const adjacency = newAdjacency()
    for (let depth = 1; depth <= 3; depth++) {
      const next: number[] = []
      const passing = new Set<number>()
      for (const u of frontier) {
        this.graph.neighbours(u, adjacency)
        for (let i = adjacency.start; i < adjacency.end; i++) {
          const v = adjacency.targets[i]!
          const w = adjacency.weights[i]!
          if (u !== s && !this.letsThrough(u, w)) continue
          if (levels[v] === 0) {
            levels[v] = depth
            counts[depth - 1]!++
          } else if (levels[v] !== depth || passing.has(v)) continue
          // Only a member who lets the one before them through passes the walk on.
          if (this.letsThrough(v, w)) {
            passing.add(v)
            next.push(v)
          }
        }
      }
      frontier = next
    }
    return { first: counts[0]!, second: counts[1]!, third: counts[2]! }
  }
}
