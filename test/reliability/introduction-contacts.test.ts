import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { type Member, runRelationshipCommand } from './relationship-commands.js'
import { count, rows } from './relationship-invariants.js'

const VALUES = {
  valueForTarget: 'Ana has shipped two payment platforms and can review your architecture.',
  valueForRequester: 'I would learn how your team runs its on-call rotation at scale.',
}

async function member(env: TestEnv): Promise<Member> {
  const m = await signUp(env.app)
  await call(env.app, 'PATCH', '/api/me', { as: m, body: { visibility: 'connections' } })
  return m
}

async function connect(env: TestEnv, a: Member, b: Member) {
  const members = [a, b]
  expect(await runRelationshipCommand(env, members, { op: 'invite', from: 0, to: 1 })).toBe(201)
  expect(await runRelationshipCommand(env, members, { op: 'accept', from: 1, to: 0 })).toBe(200)
}

/** A request from `a` through `via` to `c`, forwarded: what the target then decides on. */
async function forwarded(env: TestEnv, a: Member, via: Member, c: Member): Promise<string> {
  const asked = await call(env.app, 'POST', '/api/introductions', {
    as: a,
    body: { via: via.id, target: c.id, ...VALUES },
  })
  expect(asked.statusCode, asked.body).toBe(201)
  const id: string = asked.json().introduction.id
  const sent = await call(env.app, 'POST', `/api/introductions/${id}/forward`, {
    as: via,
    body: { note: 'I vouch for them.' },
  })
  expect(sent.statusCode, sent.body).toBe(200)
  return id
}

async function accept(env: TestEnv, target: Member, id: string) {
  return await call(env.app, 'POST', `/api/introductions/${id}/accept`, { as: target })
}

async function contactsOf(env: TestEnv, owner: Member, other: Member): Promise<number> {
  return await count(
    env,
    sql`select count(*)::int as n from contacts
        where owner_id = ${owner.id} and member_id = ${other.id}`,
  )
}

describeEachDatabase('introductions and the contacts they record on', (env) => {
  it('records an accepted introduction on a contact its owner removed, not on a second one', async () => {
    const e = env()
    const [a, b, c] = [await member(e), await member(e), await member(e)]
    await connect(e, a, b)
    await connect(e, b, c)
    const id = await forwarded(e, a, b, c)
    // The requester quietly removes the introducer: their contacts stay, hidden, for a restore.
    expect((await call(e.app, 'DELETE', `/api/connections/${b.id}`, { as: a })).statusCode).toBe(
      200,
    )
    const accepted = await accept(e, c, id)
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(await contactsOf(e, b, a)).toBe(1)
    expect(await contactsOf(e, a, b)).toBe(1)
  })

  it('records an accepted introduction on a contact its owner pruned, not on a second one', async () => {
    const e = env()
    const [a, b, c] = [await member(e), await member(e), await member(e)]
    await connect(e, a, b)
    await connect(e, b, c)
    const id = await forwarded(e, a, b, c)
    // The introducer prunes the target: the contact is archived and the connection removed.
    const [contact] = await rows<{ id: string }>(
      e,
      sql`select id from contacts where owner_id = ${b.id} and member_id = ${c.id}`,
    )
    const pruned = await call(e.app, 'POST', '/api/insights/prune/remove', {
      as: b,
      body: { contactIds: [contact?.id] },
    })
    expect(pruned.statusCode, pruned.body).toBe(200)
    const accepted = await accept(e, c, id)
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(await contactsOf(e, b, c)).toBe(1)
    expect(await contactsOf(e, c, b)).toBe(1)
  })
})
