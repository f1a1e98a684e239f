import { describe, expect, it } from 'vitest'
import type { Announcement } from './announcement.js'
import { AnnouncementBus } from './bus.js'
import { envelopes } from './postgres-relay.js'

describe('the announcement bus', () => {
  it('delivers to every listener in order, survives a failing one, and skips its own echo', () => {
    const errors: unknown[] = []
    const bus = new AnnouncementBus((e) => errors.push(e))
    const seen: string[] = []
    bus.subscribe(() => {
      throw new Error('a broken listener')
    })
    const stop = bus.subscribe((a) => seen.push(a.kind))
    const made: Announcement = { kind: 'connection.made', a: 'x', b: 'y' }
    bus.deliver([made, { kind: 'graph.reload' }])
    bus.receive(bus.origin, [made])
    bus.receive('another process', [{ kind: 'member.erased', member: 'x' }])
    stop()
    bus.deliver([made])
    expect(seen).toEqual(['connection.made', 'graph.reload', 'member.erased'])
    // The broken listener failed on each of the four it was given; the others still arrived.
    expect(errors).toHaveLength(4)
  })

  it('packs announcements into envelopes PostgreSQL accepts, in order', () => {
    const many: Announcement[] = Array.from({ length: 500 }, (_, i) => ({
      kind: 'connection.made',
      a: `member-${i}-${'a'.repeat(20)}`,
      b: `member-${i}-${'b'.repeat(20)}`,
    }))
    const packed = envelopes('origin', many)
    expect(packed.length).toBeGreaterThan(1)
    for (const payload of packed) expect(Buffer.byteLength(payload)).toBeLessThan(8000)
    const back = packed.flatMap((p) => JSON.parse(p).announcements as Announcement[])
    expect(back).toEqual(many)
  })
})
