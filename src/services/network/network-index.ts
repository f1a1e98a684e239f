import type { Db } from '../../db/client.js'
import {
  allActiveConnections,
  allMemberVisibility,
  memberTieStrengths,
} from '../../db/queries/connections.js'
import { MEDIUM_FROM, STRONG_FROM } from '../../domain/strength-bands.js'
import { PathSearcher, type WarmPath } from '../../graph/best-path.js'
import { CompanyPathFinder } from '../../graph/company-paths.js'
import { type LetsThrough, pathFilter } from '../../graph/consent.js'
import { type CsrGraph, newAdjacency } from '../../graph/csr.js'
import { CsrBuilder } from '../../graph/csr-builder.js'
import { DegreeCounter, type DegreeCounts, mutualConnections } from '../../graph/degrees.js'
import { DynamicGraph } from '../../graph/dynamic-graph.js'
import { mutualStrongTies } from '../../graph/mutual-strong-ties.js'
import { neighbourhood } from '../../graph/neighbourhood.js'
import { NodeIdMap, type NodeIndex } from '../../graph/node-index.js'
import { mayRevealTies, type Relation, type TieVisibility } from './privacy.js'

function relationByStrength(strength: number): Relation {
  return strength >= STRONG_FROM ? 'strong_tie' : 'connection'
}

const VISIBILITY_CODES: TieVisibility[] = ['only_me', 'strong_ties', 'connections', 'suspended']
// Until a tie has been scored it counts as an ordinary connection, never as strong: it ranks at
// the floor of the medium band and lets through only members who show all their connections
// (see docs/decisions/0005).
export const DEFAULT_TIE_STRENGTH = MEDIUM_FROM
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

/**
 * A path as the graph sees it. Its weights come from both sides' private scores of each tie, so
 * they rank paths and are never shown to anyone.
 */
export interface PathView {
  nodes: string[]
  hops: number
  /** The product of the path's tie weights. */
  strength: number
  /** The weakest tie weight on the path. */
  weakestLink: number
}

/**
 * The community's graph in memory: member ids mapped to dense node indexes, ties in a CSR with a
 * delta of recent changes, and each member's visibility, so that paths, degrees and mutual
 * connections are answered without touching the database. The algorithms live in `src/graph`;
 * this class maps ids, holds visibility and turns it into the one consent rule they are given.
 * The services keep it current inside the same process as they make, remove and restore
 * connections; `version` counts those changes, so answers derived from it can be cached.
 */
export class NetworkIndex {
  private readonly searcher: PathSearcher
  private readonly companies: CompanyPathFinder
  private readonly degrees: DegreeCounter
  private visibility: Uint8Array
  private changes = 0

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
    this.degrees = new DegreeCounter(graph)
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
      visibility[i] = VISIBILITY_CODES.indexOf(p.suspended ? 'suspended' : p.visibility)
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

  /** How many changes this index has taken since it was built: a cache of its answers is current while it holds. */
  get version(): number {
    return this.changes
  }

  /** The member at a node of the graph. */
  memberAt(node: number): string {
    const id = this.ids.idOf(node)
    if (id === null) throw new Error(`node ${node} has no member id`)
    return id
  }

  /** The node of a member, or null for one the graph has never seen. */
  nodeOfMember(id: string): NodeIndex | null {
    return this.ids.indexOf(id)
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
    this.changed()
  }

  removeTie(a: string, b: string): void {
    const u = this.ids.indexOf(a)
    const v = this.ids.indexOf(b)
    if (u !== null && v !== null) this.graph.removeTie(u, v)
    this.changed()
  }

  /**
   * The owner's own score of their tie to a member, as their contact record was last scored, or
   * null while it is not: the only tie strength an owner is ever shown.
   */
  ownScore(owner: string, member: string): number | null {
    const score = this.sides.get(`${owner}>${member}`)
    // The record holds a 4-byte real; an announced score is rounded the same way.
    return score === undefined ? null : Math.fround(score)
  }

  /** Takes an owner's new score of a tie; the tie's weight follows when it exists. */
  rescoreTie(owner: string, member: string, strength: number): void {
    this.sides.set(`${owner}>${member}`, strength)
    const u = this.ids.indexOf(owner)
    const v = this.ids.indexOf(member)
    if (u === null || v === null || this.graph.strength(u, v) <= 0) return
    this.graph.setTie(u, v, tieWeight(this.sides, owner, member))
    this.changed()
  }

  /** Drops every tie of an erased member, and what the index knew of their scores. */
  removeMember(member: string): void {
    const u = this.ids.indexOf(member)
    if (u === null) return
    const adjacency = this.graph.neighbours(u, newAdjacency())
    const others = Array.from(adjacency.targets.subarray(adjacency.start, adjacency.end))
    for (const v of others) {
      this.graph.removeTie(u, v as NodeIndex)
      const other = this.memberAt(v)
      this.sides.delete(`${member}>${other}`)
      this.sides.delete(`${other}>${member}`)
    }
    this.changed()
  }

  setVisibility(member: string, visibility: TieVisibility): void {
    // @NOTE The node first: interning a new member may replace the array with a larger one.
    const node = this.nodeOf(member)
    this.visibility[node] = VISIBILITY_CODES.indexOf(visibility)
    this.changed()
  }

  private changed(): void {
    this.changes++
    if (this.graph.pendingChanges >= COMPACT_AFTER_CHANGES) this.graph.compact()
  }

  /**
   * The privacy rule as the graph algorithms take it: a member on a path lets the path pass to or
   * from a neighbour when `mayRevealTies` lets that neighbour see the member's ties.
   */
  private readonly letsThrough: LetsThrough = (node, _neighbour, strength) => {
    const visibility = VISIBILITY_CODES[this.visibility[node] ?? 0] ?? 'only_me'
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

  private toView(path: WarmPath): PathView {
    let weakest = 1
    for (let i = 1; i < path.nodes.length; i++) {
      weakest = Math.min(weakest, this.graph.strength(path.nodes[i - 1]!, path.nodes[i]!))
    }
    return {
      nodes: path.nodes.map((n) => this.memberAt(n)),
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
    const filter = pathFilter(s, t, this.letsThrough)
    return this.searcher.search(s, t, { k, maxHops, filter }).map((p) => this.toView(p))
  }

  /** The best path from the viewer to each member of `targets` that can be reached. */
  companyPaths(viewer: string, targets: readonly string[]): PathView[] {
    const s = this.ids.indexOf(viewer)
    if (s === null) return []
    const nodes: NodeIndex[] = []
    for (const id of targets) {
      const node = this.ids.indexOf(id)
      if (node !== null && node !== s) nodes.push(node)
    }
    const groups = this.companies.find(s, nodes, { letsThrough: this.letsThrough })
    return groups.flatMap((g) => g.paths.map((p) => this.toView(p)))
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
    const filter = pathFilter(s, t, this.letsThrough)
    return mutualConnections(this.graph, s, t, filter).map((m) => this.memberAt(m.node))
  }

  /**
   * For each of the member's connections, how many members both hold a strong tie with (a tie
   * weight of at least `STRONG_FROM` to each end): the structural input of tie strength.
   */
  mutualStrongTies(member: string): Map<string, number> {
    const s = this.ids.indexOf(member)
    if (s === null) return new Map()
    const counts = mutualStrongTies(this.graph, s, STRONG_FROM)
    return new Map([...counts].map(([node, n]) => [this.memberAt(node), n]))
  }

  /**
   * The viewer's first-degree network for the map: each connection, and the ties among those
   * connections (each once) that both ends let the viewer see. No weights: they are not the
   * viewer's to see.
   */
  neighbourhood(viewer: string): { neighbours: string[]; ties: { a: string; b: string }[] } {
    const s = this.ids.indexOf(viewer)
    if (s === null) return { neighbours: [], ties: [] }
    const found = neighbourhood(this.graph, s, this.letsThrough)
    return {
      neighbours: found.neighbours.map((n) => this.memberAt(n.node)),
      ties: found.ties.map((t) => ({ a: this.memberAt(t.a), b: this.memberAt(t.b) })),
    }
  }

  /** How many members the viewer reaches at 1, 2 and 3 hops, with consent at every hop. */
  degreeCounts(viewer: string): DegreeCounts | null {
    const s = this.ids.indexOf(viewer)
    if (s === null) return null
    return this.degrees.count(s, this.letsThrough)
  }

  memberIds(): string[] {
    return [...this.ids.allIds()]
  }

  /** The whole graph as one CSR (the delta folded in), for community-wide scans. */
  compacted(): CsrGraph {
    return this.graph.compact()
  }
}
