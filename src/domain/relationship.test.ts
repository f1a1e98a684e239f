import { describe, expect, it } from 'vitest'
import { actorOf, lastContactAt } from './relationship.js'

const at = new Date('2025-01-01')

describe('actorOf', () => {
  it('reads the direction from the kind and defaults the rest as a member logs them', () => {
    expect(actorOf({ kind: 'message_sent', at })).toBe('member')
    expect(actorOf({ kind: 'message_received', at, by: 'member' })).toBe('contact')
    expect(actorOf({ kind: 'intro_received', at })).toBe('contact')
    expect(actorOf({ kind: 'favor_given', at })).toBe('member')
    expect(actorOf({ kind: 'favor_asked', at })).toBe('contact')
    expect(actorOf({ kind: 'favor_asked', at, by: 'member' })).toBe('member')
    expect(actorOf({ kind: 'referral', at, by: 'contact' })).toBe('contact')
    expect(actorOf({ kind: 'event', at })).toBeNull()
  })
})

describe('lastContactAt', () => {
  const now = new Date('2026-01-01')
  it('takes the latest interaction of any kind up to now', () => {
    const last = lastContactAt(
      {
        since: new Date('2010-01-01'),
        interactions: [
          { kind: 'message_sent', at: new Date('2025-06-01') },
          { kind: 'call', at: new Date('2024-06-01') },
          { kind: 'meeting', at: new Date('2026-02-01') },
        ],
      },
      now,
    )
    expect(last).toEqual(new Date('2025-06-01'))
  })

  it('falls back to since, then to null', () => {
    expect(lastContactAt({ since: new Date('2020-01-01'), interactions: [] }, now)).toEqual(
      new Date('2020-01-01'),
    )
    expect(lastContactAt({ since: null, interactions: [] }, now)).toBeNull()
  })
})
