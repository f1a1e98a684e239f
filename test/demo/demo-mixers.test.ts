import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { rowsOf } from '../../src/db/queries/contacts.js'
import { DEMO_PASSWORD } from '../../src/demo/community.js'
import { loadDemoCommunity } from '../../src/services/demo/load-demo.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

interface Summary {
  id: string
  title: string
  endsAt: string
  isHost: boolean
}

describeEachDatabase('the demo community’s mixers', (env) => {
  it('shows the host two years of quarterly mixers in two cities, their attendance and what came of them', async () => {
    const { app, ctx } = env()
    const result = await loadDemoCommunity(ctx, { members: 200, seed: 3 })
    const signIn = async (body: { email: string; password: string }) => ({
      cookie: sessionCookieOf(await call(app, 'POST', '/api/auth/login', { body })),
    })
    const host = await signIn(result.login)
    const events: Summary[] = (await call(app, 'GET', '/api/events', { as: host })).json().items
    const now = ctx.clock().getTime()
    const past = events.filter((e) => Date.parse(e.endsAt) < now)
    const ahead = events.filter((e) => Date.parse(e.endsAt) > now)
    expect(events.every((e) => e.isHost)).toBe(true)
    for (const city of ['Las Vegas', 'San Francisco']) {
      expect(past.filter((e) => e.title.endsWith(`client mixer, ${city}`))).toHaveLength(8)
    }
    expect(ahead).toHaveLength(1)

    // The latest mixer: who came, and the attendance in both timelines.
    const [latest] = past
    if (latest === undefined) throw new Error('no past mixer')
    const going = (
      await call(app, 'GET', `/api/events/${latest.id}/attendees`, { as: host })
    ).json()
    expect(going.items.length).toBeGreaterThan(3)
    const contacts: { id: string; memberId: string | null }[] = (
      await call(app, 'GET', '/api/contacts?limit=200', { as: host })
    ).json().items
    const attendee = going.items[0].member.id
    const contact = contacts.find((c) => c.memberId === attendee)
    const detail = (await call(app, 'GET', `/api/contacts/${contact?.id}`, { as: host })).json()
    expect(detail.timeline).toContainEqual(
      expect.objectContaining({ kind: 'event', note: latest.title }),
    )

    // Two attendees who connected after a mixer: the connection says they met there.
    const [pair] = rowsOf<{ email: string; title: string }>(
      await ctx.db.execute(sql`
        select m.email, c.how_we_met->>'detail' as title from connections c
        join members m on m.id = c.member_lo
        where c.how_we_met->>'detail' like 'Met at %client mixer%' limit 1`),
    )
    if (pair === undefined) throw new Error('no connection made at a mixer')
    const attendeeSession = await signIn({ email: pair.email, password: DEMO_PASSWORD })
    const theirs: { howWeMet: { kind: string; detail?: string } }[] = (
      await call(app, 'GET', '/api/connections?limit=200', { as: attendeeSession })
    ).json().items
    expect(theirs).toContainEqual(
      expect.objectContaining({
        howWeMet: expect.objectContaining({ kind: 'met_in_person', detail: pair.title }),
      }),
    )
    // Invitees can still answer the mixer ahead.
    const answer = await call(app, 'POST', `/api/events/${ahead[0]?.id}/rsvp`, {
      as: attendeeSession,
      body: { status: 'yes', acceptCodeOfConduct: true },
    })
    expect(answer.statusCode, answer.body).toBe(200)

    // Introductions the host was asked for after a mixer, between two who were there.
    const introduced: { introducerNote: string | null; status: string }[] = (
      await call(app, 'GET', '/api/introductions?role=introducer&limit=200', { as: host })
    ).json().items
    expect(
      introduced.some(
        (i) =>
          i.status === 'accepted' &&
          /^You were both at .+ client mixer, /.test(i.introducerNote ?? ''),
      ),
    ).toBe(true)
  })
})
