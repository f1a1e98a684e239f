import { describe, expect, it } from 'vitest'
import { generateCommunity } from './community.js'
import { generateNetwork } from './network.js'

const now = new Date('2026-11-01T00:00:00Z')

describe('the demo community', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateCommunity({ members: 300, seed: 7, now })
    const b = generateCommunity({ members: 300, seed: 7, now })
    const c = generateCommunity({ members: 300, seed: 8, now })
    expect(b).toEqual(a)
    expect(c.members.map((m) => m.name)).not.toEqual(a.members.map((m) => m.name))
    expect(generateNetwork(b, 7, now)).toEqual(generateNetwork(a, 7, now))
  })

  it('has ~60 companies for 2,000 members, unique e-mails, students, people in transition and open networkers', () => {
    const community = generateCommunity({ members: 2000, seed: 1, now })
    expect(community.companies.length).toBeGreaterThanOrEqual(55)
    expect(community.companies.length).toBeLessThanOrEqual(65)
    expect(new Set(community.members.map((m) => m.email)).size).toBe(2000)
    const count = (f: (m: (typeof community.members)[number]) => boolean) =>
      community.members.filter(f).length
    expect(count((m) => m.student)).toBeGreaterThan(40)
    expect(count((m) => m.inTransition)).toBeGreaterThan(40)
    expect(count((m) => m.openNetworker)).toBeGreaterThanOrEqual(2)
    expect(community.members[0]?.role).toBe('operator')
  })

  it('connects people with a realistic mix of how they met, and open networkers with many weak ties', () => {
    const community = generateCommunity({ members: 2000, seed: 1, now })
    const { connections, invitations } = generateNetwork(community, 1, now)
    const kinds = new Map<string, number>()
    const degree = new Map<string, number>()
    for (const c of connections) {
      kinds.set(c.howWeMet.kind, (kinds.get(c.howWeMet.kind) ?? 0) + 1)
      degree.set(c.a, (degree.get(c.a) ?? 0) + 1)
      degree.set(c.b, (degree.get(c.b) ?? 0) + 1)
      expect(c.a).not.toBe(c.b)
    }
    for (const kind of [
      'worked_together',
      'studied_together',
      'met_in_person',
      'introduced',
      'other',
    ]) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(50)
    }
    const pairs = new Set(connections.map((c) => [c.a, c.b].sort().join(':')))
    expect(pairs.size).toBe(connections.length)
    const lions = community.members.filter((m) => m.openNetworker)
    const typical = [...degree.values()].sort((x, y) => x - y)[Math.floor(degree.size / 2)] ?? 0
    for (const lion of lions) expect(degree.get(lion.id) ?? 0).toBeGreaterThan(10 * typical)
    expect(invitations.some((i) => i.status === 'pending')).toBe(true)
    expect(invitations.some((i) => i.status === 'ignored')).toBe(true)
  })
})
