import { describe, expect, it } from 'vitest'
import { generateCommunity } from './community.js'
import { generateConversations } from './conversations.js'
import { generateHistory } from './history.js'
import { generateNetwork } from './network.js'

const now = new Date('2026-11-01T00:00:00Z')

describe('the demo conversations', () => {
  const community = generateCommunity({ members: 300, seed: 2, now })
  const network = generateNetwork(community, 2, now)
  const history = generateHistory(community, network, 2, now)
  const { conversations, messages } = generateConversations(history, 2)

  it('hold exactly the messages sent in the histories, at the same moments, in time order', () => {
    const sent = history.interactions.filter((i) => i.kind === 'message_sent')
    expect(messages.length).toBe(sent.length)
    expect(sent.length).toBeGreaterThan(100)
    const times = messages.map((m) => m.createdAt.getTime())
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(sent.map((i) => i.at.getTime()).sort((a, b) => a - b)).toEqual(times)
  })

  it('are one per connected pair, between the two, spanning their messages', () => {
    const connected = new Set(network.connections.map((c) => [c.a, c.b].sort().join(':')))
    const byId = new Map(conversations.map((c) => [c.id, c]))
    expect(new Set(conversations.map((c) => c.pairKey)).size).toBe(conversations.length)
    for (const c of conversations) expect(connected.has(c.pairKey)).toBe(true)
    for (const m of messages) {
      const c = byId.get(m.conversationId)
      expect(c?.memberIds).toContain(m.senderId)
      expect(m.createdAt.getTime()).toBeGreaterThanOrEqual(c?.createdAt.getTime() ?? Infinity)
      expect(m.createdAt.getTime()).toBeLessThanOrEqual(c?.lastMessageAt.getTime() ?? -Infinity)
      expect(m.body.length).toBeGreaterThan(0)
    }
  })

  it('keep the wording of an ask, and read the same for the same seed', () => {
    const asks = new Set(history.interactions.flatMap((i) => (i.note === null ? [] : [i.note])))
    expect(messages.some((m) => asks.has(m.body))).toBe(true)
    const again = generateConversations(history, 2)
    expect(again.messages.map((m) => m.body)).toEqual(messages.map((m) => m.body))
  })
})
