import { describe, expect, it } from 'vitest'
import type { NetworkMap } from '../api/schema.js'
import { layoutMap } from './map-layout.js'

/** mulberry32 for a repeatable synthetic network. */
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

/**
 * A member's map of `contacts` people in `groups` circles (colleagues, classmates, …): ties to
 * every contact, dense ties inside a group, a few across.
 */
function networkMap(
  contacts: number,
  groups: number,
  seed: number,
): {
  map: NetworkMap
  groupOf: Map<string, number>
} {
  const random = seeded(seed)
  const nodes: NetworkMap['nodes'] = [
    {
      id: 'me',
      contactId: null,
      name: 'Me',
      isSelf: true,
      strength: null,
      circles: [],
      lion: false,
    },
  ]
  const edges: NetworkMap['edges'] = []
  const groupOf = new Map<string, number>()
  for (let i = 0; i < contacts; i++) {
    const id = `c${i}`
    groupOf.set(id, i % groups)
    nodes.push({
      id,
      contactId: null,
      name: `Contact ${i}`,
      isSelf: false,
      strength: random(),
      circles: [],
      lion: false,
    })
    edges.push({ source: 'me', target: id, weight: random() })
  }
  const ids = [...groupOf.keys()]
  for (const a of ids) {
    for (let k = 0; k < 6; k++) {
      const inside = random() < 0.9
      const candidates = ids.filter(
        (b) => b !== a && (groupOf.get(b) === groupOf.get(a)) === inside,
      )
      const b = candidates[Math.floor(random() * candidates.length)]
      if (b !== undefined) edges.push({ source: a, target: b, weight: null })
    }
  }
  return { map: { nodes, edges } as NetworkMap, groupOf }
}

function separation(layout: ReturnType<typeof layoutMap>, groupOf: Map<string, number>): number {
  // Mean distance to the own group's centre over mean distance to the other centres.
  const centres = new Map<number, { x: number; y: number; n: number }>()
  for (const [id, g] of groupOf) {
    const { x, y } = layout.graph.getNodeAttributes(id) as { x: number; y: number }
    const c = centres.get(g) ?? { x: 0, y: 0, n: 0 }
    centres.set(g, { x: c.x + x, y: c.y + y, n: c.n + 1 })
  }
  let own = 0
  let other = 0
  let pairs = 0
  for (const [id, g] of groupOf) {
    const { x, y } = layout.graph.getNodeAttributes(id) as { x: number; y: number }
    for (const [h, c] of centres) {
      const d = Math.hypot(x - c.x / c.n, y - c.y / c.n)
      if (h === g) own += d
      else {
        other += d
        pairs++
      }
    }
  }
  return own / groupOf.size / (other / pairs)
}

describe('the network map layout (ForceAtlas2, Louvain groups)', () => {
  for (const [contacts, groups] of [
    [130, 5],
    [3700, 12],
  ] as const) {
    it(`lays out ${contacts} contacts with their circles as groups, apart from each other`, () => {
      const { map, groupOf } = networkMap(contacts, groups, contacts)
      const layout = layoutMap(map)
      expect(layout.graph.order).toBe(contacts + 1)
      layout.graph.forEachNode((_id: string, a: Record<string, unknown>) => {
        expect(Number.isFinite(a.x as number) && Number.isFinite(a.y as number)).toBe(true)
      })
      // Louvain finds about as many groups as were planted, largest first.
      expect(layout.communities.length).toBeGreaterThanOrEqual(groups - 2)
      expect(layout.communities.length).toBeLessThanOrEqual(groups + 4)
      const sizes = layout.communities.map((c) => c.size)
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes)
      // A group sits together: its members are much closer to their own centre than to others'.
      const ratio = separation(layout, groupOf)
      console.info(
        `${contacts} contacts: ${layout.communities.length} groups, separation ${ratio.toFixed(2)}`,
      )
      expect(ratio).toBeLessThan(0.6)
      // The strongest ties are drawn on top: sigma draws edges by zIndex, which is the strength.
      layout.graph.forEachEdge((_e: string, a: Record<string, unknown>) => {
        expect(a.zIndex).toBe(a.strength)
      })
    })
  }

  it('gives the same picture for the same network', () => {
    const { map } = networkMap(130, 5, 7)
    const a = layoutMap(map)
    const b = layoutMap(map)
    expect(a.graph.getNodeAttributes('c3')).toEqual(b.graph.getNodeAttributes('c3'))
    expect(a.communities).toEqual(b.communities)
  })
})
