import { describe, expect, it } from 'vitest'
import { generateColdRequests } from './cold-requests.js'
import { generateCommunity } from './community.js'
import { generateNetwork } from './network.js'

const now = new Date('2026-11-01T00:00:00Z')

describe('the demo’s cold requests', () => {
  it('fills the featured members’ trays from non-connections, one request per sender, in the last three weeks', () => {
    const community = generateCommunity({ members: 300, seed: 7, now })
    const network = generateNetwork(community, 7, now)
    const requests = generateColdRequests(community, network, 7, now)
    const connected = new Set(network.connections.map((c) => `${c.a}|${c.b}`))
    const featured = community.members.slice(0, 3).map((m) => m.id)
    for (const id of featured) {
      const tray = requests.filter((r) => r.recipientId === id)
      expect(tray.length).toBeGreaterThanOrEqual(8)
      expect(new Set(tray.map((r) => r.senderId)).size).toBe(tray.length)
      expect(new Set(tray.map((r) => r.purpose)).size).toBeGreaterThanOrEqual(4)
    }
    for (const r of requests) {
      expect(connected.has(`${r.senderId}|${r.recipientId}`)).toBe(false)
      expect(connected.has(`${r.recipientId}|${r.senderId}`)).toBe(false)
      expect(r.createdAt.getTime()).toBeLessThan(now.getTime())
      expect(now.getTime() - r.createdAt.getTime()).toBeLessThanOrEqual(21 * 86_400_000)
    }
    expect(generateColdRequests(community, network, 7, now)).toEqual(requests)
  })
})
