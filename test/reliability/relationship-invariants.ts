import { type SQL, sql } from 'drizzle-orm'
import { expect } from 'vitest'
import type { TestEnv } from '../setup/harness.js'
import type { Member } from './relationship-commands.js'

export async function rows<T>(env: TestEnv, query: SQL): Promise<T[]> {
  return ((await env.database.db.execute(query)) as unknown as { rows: T[] }).rows
}

export async function count(env: TestEnv, query: SQL): Promise<number> {
  const [row] = await rows<{ n: number }>(env, query)
  return Number(row?.n)
}

/** The live connections in the database, as `lo|hi` pairs. */
export async function liveConnections(env: TestEnv): Promise<Set<string>> {
  const live = await rows<{ lo: string; hi: string }>(
    env,
    sql`select member_lo as lo, member_hi as hi from connections where removed_at is null`,
  )
  return new Set(live.map((r) => `${r.lo}|${r.hi}`))
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/**
 * One connection row per pair, the in-memory graph and connection lists holding exactly the live
 * ones, and no pair with an open invitation both ways (the second one would have connected them).
 */
export async function expectRelationshipInvariants(env: TestEnv, members: Member[]) {
  expect(
    await count(
      env,
      sql`select count(*)::int as n from (select 1 from connections
          group by member_lo, member_hi having count(*) > 1) d`,
    ),
  ).toBe(0)
  const connected = await liveConnections(env)
  const index = await env.ctx.network.get()
  for (const a of members) {
    for (const b of members) {
      if (a.id >= b.id) continue
      expect(index.degree(a.id, b.id) === 1, `${a.id}-${b.id}`).toBe(
        connected.has(pairKey(a.id, b.id)),
      )
    }
  }
  // Each member's connection list, as the process keeps it, holds exactly their live connections.
  for (const a of members) {
    const listed = await env.ctx.connectionLists.of(env.ctx.db, a.id)
    expect(new Set(listed.map((r) => pairKey(r.memberLo, r.memberHi))), a.id).toEqual(
      new Set([...connected].filter((pair) => pair.split('|').includes(a.id))),
    )
  }
  expect(
    await count(
      env,
      sql`select count(*)::int as n from invitations a join invitations b
          on a.from_id = b.to_id and a.to_id = b.from_id
          where a.status = 'pending' and b.status = 'pending'
            and a.withdrawn_at is null and b.withdrawn_at is null`,
    ),
  ).toBe(0)
}
