import Graph from 'graphology'
import louvain from 'graphology-communities-louvain'
import forceAtlas2 from 'graphology-layout-forceatlas2'
import type { NetworkMap } from '../api/schema.js'
import { communityColour, SELF_COLOUR } from './circle-colours.js'

/** A group of contacts who know each other more than they know the rest (Louvain). */
export interface MapCommunity {
  id: number
  size: number
  colour: string
}

export interface MapLayout {
  graph: Graph
  /** Largest first; the member is in none. */
  communities: MapCommunity[]
}

/** mulberry32, so the same network always gets the same groups and the same picture. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fewer passes on large maps: ForceAtlas2 with Barnes–Hut settles 3,700 contacts in ~100. */
function iterationsFor(nodes: number): number {
  return nodes > 1000 ? 80 : nodes > 300 ? 200 : 400
}

/**
 * The network map as a graph laid out for drawing: groups found by Louvain among the ties
 * between contacts (the member's own ties left out, or everyone would be one group around
 * them), each group started on its own arc of a circle, then ForceAtlas2 (LinLog, Barnes–Hut
 * on large maps) pulls ties together. A tie with no strength to show pulls as the weakest does,
 * so the layout hints at nothing about other members' scores. Edges carry `zIndex` by weight:
 * the strongest drawn last, on top.
 */
export function layoutMap(map: NetworkMap): MapLayout {
  const graph = new Graph({ type: 'undirected', multi: false })
  const self = map.nodes.find((n) => n.isSelf)?.id
  for (const node of map.nodes) graph.addNode(node.id, { x: 0, y: 0 })
  const among = new Graph({ type: 'undirected', multi: false })
  for (const node of map.nodes) if (node.id !== self) among.addNode(node.id)
  for (const edge of map.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue
    if (edge.source === edge.target || graph.hasEdge(edge.source, edge.target)) continue
    const weight = edge.weight ?? 0
    graph.addEdge(edge.source, edge.target, {
      weight: 0.1 + weight,
      strength: weight,
      zIndex: weight,
    })
    if (edge.source !== self && edge.target !== self) among.addEdge(edge.source, edge.target)
  }
  const groupOf: Record<string, number> =
    among.order === 0 ? {} : louvain(among, { rng: seeded(1), getEdgeWeight: null })
  const sizes = new Map<number, number>()
  for (const id of among.nodes()) sizes.set(groupOf[id]!, (sizes.get(groupOf[id]!) ?? 0) + 1)
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const communities = order.map(([id, size], rank) => ({ id, size, colour: communityColour(rank) }))
  const colourOf = new Map(communities.map((c) => [c.id, c.colour]))
  // Each group starts on its own arc, in proportion to its size, so ForceAtlas2 begins untangled.
  const start = new Map<number, number>()
  let placed = 0
  for (const [id, size] of order) {
    start.set(id, placed)
    placed += size
  }
  const seen = new Map<number, number>()
  const total = Math.max(1, among.order)
  const random = seeded(2)
  for (const id of among.nodes()) {
    const group = groupOf[id]!
    const k = (start.get(group) ?? 0) + (seen.get(group) ?? 0)
    seen.set(group, (seen.get(group) ?? 0) + 1)
    const angle = (2 * Math.PI * k) / total
    const radius = 100 * (0.8 + 0.4 * random())
    graph.mergeNodeAttributes(id, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      color: colourOf.get(group),
      community: group,
    })
  }
  if (self !== undefined) graph.mergeNodeAttributes(self, { x: 0, y: 0, color: SELF_COLOUR })
  if (graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph)
    forceAtlas2.assign(graph, {
      iterations: iterationsFor(graph.order),
      getEdgeWeight: 'weight',
      settings: { ...settings, linLogMode: true, barnesHutOptimize: graph.order > 300 },
    })
  }
  return { graph, communities }
}
