import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import { call } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'
import type { Member } from './relationship-commands.js'
import { count, liveConnections, pairKey, rows } from './relationship-invariants.js'

const UNDO_WINDOW_MS = 30 * 24 * 3600_000

interface IntroducerRecord {
  forwarded: number
  accepted: number
  declined: number
  expired: number
  outcomes: unknown
}

async function answer<T>(env: TestEnv, member: Member, url: string): Promise<T> {
  const r = await call(env.app, 'GET', url, { as: member })
  expect(r.statusCode, url).toBe(200)
  return r.json() as T
}

/** How many members `from` reaches at one, two and three hops over the live connections. */
function reachOver(connected: Set<string>, members: Member[], from: Member) {
  const seen = new Set([from.id])
  let frontier = [from.id]
  const counts: number[] = []
  for (let hop = 0; hop < 3; hop++) {
    const next = members
      .map((m) => m.id)
      .filter((id) => !seen.has(id) && frontier.some((f) => connected.has(pairKey(f, id))))
    for (const id of next) seen.add(id)
    counts.push(next.length)
    frontier = next
  }
  return { first: counts[0], second: counts[1], third: counts[2] }
}

/**
 * Every count the API answers a member about their connections, conversations and
 * introductions equals a count of the rows it stands for. Members show their ties to their
 * connections, so their reach is plain hops over the live connections.
 */
export async function expectCountersEqualRows(env: TestEnv, members: Member[]) {
  const connected = await liveConnections(env)
  const now = env.clock.now
  for (const m of members) {
    const list = await answer<{ items: unknown[] }>(env, m, '/api/connections?limit=200')
    expect(list.items.length, 'connections').toBe(
      [...connected].filter((pair) => pair.split('|').includes(m.id)).length,
    )
    const removed = await answer<{ items: unknown[] }>(env, m, '/api/connections/removed')
    expect(removed.items.length, 'removed connections').toBe(
      await count(
        env,
        sql`select count(*)::int as n from connections where removed_by = ${m.id}
            and removed_at > ${new Date(now.getTime() - UNDO_WINDOW_MS).toISOString()}`,
      ),
    )
    expect(await answer(env, m, '/api/network/reach'), 'reach').toEqual(
      reachOver(connected, members, m),
    )
    const unread = await answer<{ unreadTotal: number }>(env, m, '/api/conversations/unread')
    expect(unread.unreadTotal, 'unread').toBe(
      await count(
        env,
        sql`select count(*)::int as n from messages g
            join conversation_members c on c.conversation_id = g.conversation_id
            where c.member_id = ${m.id} and g.seq > c.read_up_to
              and g.sender_id is distinct from ${m.id}`,
      ),
    )
    const { outcomes: _, ...record } = await answer<IntroducerRecord>(
      env,
      m,
      '/api/introductions/introducer-record',
    )
    const [made] = await rows<Record<string, number>>(
      env,
      sql`select count(*)::int as forwarded,
            count(*) filter (where status = 'accepted')::int as accepted,
            count(*) filter (where status = 'declined_by_target')::int as declined,
            count(*) filter (where status = 'expired' or (status in ('requested', 'forwarded')
              and expires_at <= ${now.toISOString()}))::int as expired
          from introductions where introducer_id = ${m.id} and forwarded_at is not null`,
    )
    expect(record, 'introducer record').toEqual(made)
  }
}
