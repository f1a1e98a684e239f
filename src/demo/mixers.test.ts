import { describe, expect, it } from 'vitest'
import { generateCommunity } from './community.js'
import { generateHistory } from './history.js'
import { generateMixers } from './mixers.js'
import { generateNetwork } from './network.js'
import { generateNewsletter } from './newsletter.js'

const now = new Date('2026-11-01T00:00:00Z')

function mixersFor(seed: number) {
  const community = generateCommunity({ members: 300, seed, now })
  const network = generateNetwork(community, seed, now)
  const history = generateHistory(community, network, seed, now)
  generateNewsletter(community, history, seed, now)
  return { network, mixers: generateMixers(community, network, history, seed, now) }
}

describe('the demo mixers', () => {
  const { network, mixers } = mixersFor(2)

  it('are quarterly in two cities over two years, in Pacific time, with one still ahead', () => {
    const past = mixers.events.filter((e) => e.endsAt < now)
    for (const city of ['Las Vegas', 'San Francisco']) {
      expect(past.filter((e) => e.title.endsWith(city))).toHaveLength(8)
    }
    expect(new Set(mixers.events.map((e) => e.timeZone))).toEqual(new Set(['America/Los_Angeles']))
    const ahead = mixers.events.filter((e) => e.startsAt > now)
    expect(ahead.map((e) => e.id)).toEqual([mixers.upcomingId])
  })

  it('hold no more yes than places, past capacity a yes waits, and each yes accepted the code', () => {
    for (const event of mixers.events) {
      const rsvps = mixers.rsvps.filter((r) => r.eventId === event.id)
      expect(rsvps.filter((r) => r.status === 'yes').length).toBeLessThanOrEqual(event.capacity)
      for (const r of rsvps.filter((r) => r.status === 'yes' || r.status === 'waitlisted')) {
        expect(r.codeAcceptedAt).not.toBeNull()
      }
    }
    expect(mixers.rsvps.some((r) => r.status === 'waitlisted')).toBe(true)
  })

  it('record attendance of past mixers only, and connect attendees who were not connected', () => {
    const past = new Set(mixers.events.filter((e) => e.endsAt < now).map((e) => e.id))
    expect(mixers.attendances.length).toBeGreaterThan(0)
    expect(mixers.attendances.every((a) => past.has(a.eventId))).toBe(true)
    const before = new Set(network.connections.map((c) => [c.a, c.b].sort().join(':')))
    expect(mixers.connections.length).toBeGreaterThan(0)
    for (const c of mixers.connections) {
      expect(before.has([c.a, c.b].sort().join(':'))).toBe(false)
      expect(c.howWeMet.detail).toMatch(/^Met at Q\d \d{4} client mixer, /)
    }
  })

  it('are the same for the same seed', () => {
    const again = mixersFor(2).mixers
    expect(again.rsvps.map((r) => r.status)).toEqual(mixers.rsvps.map((r) => r.status))
    expect(again.events.map((e) => e.title)).toEqual(mixers.events.map((e) => e.title))
  })
})
