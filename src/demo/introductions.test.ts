import { describe, expect, it } from 'vitest'
import { generateCommunity } from './community.js'
import { generateHistory } from './history.js'
import { generateIntroductions } from './introductions.js'
import { generateNetwork } from './network.js'

const now = new Date('2026-11-01T00:00:00Z')
const DAY = 86_400_000

describe('the demo introductions', () => {
  const community = generateCommunity({ members: 300, seed: 2, now })
  const network = generateNetwork(community, 2, now)
  const history = generateHistory(community, network, 2, now)
  const intros = generateIntroductions(community, network, history, 2, now)
  const login = community.members[0]?.id ?? ''

  it('cover every state and both kinds, and the login takes every part', () => {
    const states = new Set(intros.introductions.map((i) => i.status))
    for (const s of [
      'requested',
      'forwarded',
      'declined_by_introducer',
      'declined_by_target',
      'accepted',
      'expired',
    ]) {
      expect(states).toContain(s)
    }
    expect(intros.introductions.some((i) => i.kind === 'referral')).toBe(true)
    for (const part of ['requesterId', 'introducerId', 'targetId'] as const) {
      expect(intros.introductions.some((i) => i[part] === login)).toBe(true)
    }
    const oldest = Math.min(...intros.introductions.map((i) => i.createdAt.getTime()))
    expect(now.getTime() - oldest).toBeGreaterThan(365 * DAY)
    expect(now.getTime() - oldest).toBeLessThanOrEqual(730 * DAY)
  })

  it('go through real ties, between two not yet connected, with dates in order', () => {
    const connected = new Set(
      network.connections.flatMap((c) => [`${c.a}:${c.b}`, `${c.b}:${c.a}`]),
    )
    for (const i of intros.introductions) {
      expect(connected.has(`${i.requesterId}:${i.introducerId}`)).toBe(true)
      expect(connected.has(`${i.introducerId}:${i.targetId}`)).toBe(true)
      expect(connected.has(`${i.requesterId}:${i.targetId}`)).toBe(false)
      const open = i.status === 'requested' || i.status === 'forwarded'
      expect(i.expiresAt.getTime() > now.getTime()).toBe(open)
      expect(i.createdAt.getTime()).toBeLessThan(now.getTime())
      if (i.forwardedAt !== null) expect(i.forwardedAt > i.createdAt).toBe(true)
      if (i.decidedAt !== null) expect(i.decidedAt.getTime()).toBeLessThan(now.getTime())
      expect(i.conversationId !== null).toBe(i.status === 'accepted')
      expect(i.introducerNote !== null).toBe(i.forwardedAt !== null)
    }
  })

  it('record each acceptance in the three timelines at its date, with a three-way conversation', () => {
    const accepted = intros.introductions.filter((i) => i.status === 'accepted')
    const contacts = new Map(history.contacts.map((c) => [c.id, c]))
    for (const i of accepted) {
      const entries = intros.interactions.filter((x) => x.dedupeKey.includes(i.id))
      expect(entries).toHaveLength(4)
      for (const x of entries) {
        expect(x.at).toEqual(i.decidedAt)
        const contact = contacts.get(x.contactId)
        expect(contact?.ownerId).toBe(x.ownerId)
      }
      const made = entries.filter((x) => x.ownerId === i.introducerId).map((x) => x.kind)
      expect(made.sort()).toEqual(
        i.kind === 'referral' ? ['intro_made', 'referral'] : ['intro_made', 'intro_made'],
      )
      const conversation = intros.conversations.find((c) => c.id === i.conversationId)
      expect(new Set(conversation?.memberIds)).toEqual(
        new Set([i.requesterId, i.introducerId, i.targetId]),
      )
      const first = intros.messages.find((m) => m.conversationId === i.conversationId)
      expect(first).toMatchObject({ senderId: i.introducerId, body: i.introducerNote })
    }
  })

  it('ask the two introduced thirty days on, and their answers join their outcomes', () => {
    const answered = intros.questions.filter((q) => q.answeredAt !== null)
    expect(answered.length).toBeGreaterThan(0)
    expect(intros.outcomes).toHaveLength(answered.length)
    const byId = new Map(intros.introductions.map((i) => [i.id, i]))
    for (const q of intros.questions) {
      const i = byId.get(q.introductionId)
      expect(i?.status).toBe('accepted')
      expect([i?.requesterId, i?.targetId]).toContain(q.memberId)
      expect(q.askedAt.getTime() - (i?.decidedAt?.getTime() ?? 0)).toBe(30 * DAY)
    }
    const again = generateIntroductions(community, network, history, 2, now)
    expect(again.introductions.map((i) => i.status)).toEqual(
      intros.introductions.map((i) => i.status),
    )
  })
})
