import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>
const MEMBERS = 4
const HOW_WE_MET = { kind: 'other', detail: 'a project' }

type Command = { op: 'invite' | 'accept' | 'remove' | 'restore'; from: number; to: number }

const commandArb = fc
  .record({
    op: fc.constantFrom('invite', 'accept', 'remove', 'restore'),
    from: fc.nat(MEMBERS - 1),
    to: fc.nat(MEMBERS - 1),
  })
  .filter((c) => c.from !== c.to) as fc.Arbitrary<Command>

async function run(env: TestEnv, members: Member[], c: Command): Promise<number> {
  const [me, other] = [members[c.from] as Member, members[c.to] as Member]
  if (c.op === 'invite') {
    return (
      await call(env.app, 'POST', '/api/invitations', {
        as: me,
        body: { to: other.id, note: 'We worked together', howWeMet: HOW_WE_MET },
      })
    ).statusCode
  }
  if (c.op === 'accept') {
    const received = await call(env.app, 'GET', '/api/invitations?box=received', { as: me })
    const items = received.json().items as { id: string; from: string; status: string }[]
    const theirs = items.find((i) => i.from === other.id && i.status === 'pending')
    if (theirs === undefined) return received.statusCode
    return (await call(env.app, 'POST', `/api/invitations/${theirs.id}/accept`, { as: me }))
      .statusCode
  }
  if (c.op === 'remove') {
    return (await call(env.app, 'DELETE', `/api/connections/${other.id}`, { as: me })).statusCode
  }
  return (await call(env.app, 'POST', `/api/connections/${other.id}/restore`, { as: me }))
    .statusCode
}

async function rows<T>(env: TestEnv, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await env.database.db.execute(query)) as unknown as { rows: T[] }).rows
}

describeEachDatabase('concurrent relationship changes', (env) => {
  it('keep one connection per pair, the graph equal to the database, and never answer 5xx', async () => {
    const e = env()
    const members: Member[] = []
    for (let i = 0; i < MEMBERS; i++) members.push(await signUp(e.app))
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 4, maxLength: 12 }), async (commands) => {
        // One interleaving: every command of the run is in flight at once.
        const statuses = await Promise.all(commands.map((c) => run(e, members, c)))
        for (const status of statuses) expect(status).toBeLessThan(500)

        const doubled = await rows<{ n: number }>(
          e,
          sql`select count(*)::int as n from (select 1 from connections
              group by member_lo, member_hi having count(*) > 1) d`,
        )
        expect(doubled[0]?.n).toBe(0)
        const live = await rows<{ lo: string; hi: string }>(
          e,
          sql`select member_lo as lo, member_hi as hi from connections where removed_at is null`,
        )
        const connected = new Set(live.map((r) => `${r.lo}|${r.hi}`))
        const index = await e.ctx.network.get()
        for (const a of members) {
          for (const b of members) {
            if (a.id >= b.id) continue
            expect(index.degree(a.id, b.id) === 1, `${a.id}-${b.id}`).toBe(
              connected.has(`${a.id}|${b.id}`),
            )
          }
        }
        // No pair holds an open invitation both ways: the second one would have connected them.
        const bothWays = await rows<{ n: number }>(
          e,
          sql`select count(*)::int as n from invitations a join invitations b
              on a.from_id = b.to_id and a.to_id = b.from_id
              where a.status = 'pending' and b.status = 'pending'
                and a.withdrawn_at is null and b.withdrawn_at is null`,
        )
        expect(bothWays[0]?.n).toBe(0)
      }),
      { numRuns: 8 },
    )
  })
})
