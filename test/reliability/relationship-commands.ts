import { and, eq, inArray } from 'drizzle-orm'
import fc from 'fast-check'
import { contacts } from '../../src/db/schema/index.js'
import { call, signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'

export type Member = Awaited<ReturnType<typeof signUp>>

/**
 * Members who show their ties to connections: a request through one of them needs it, and their
 * reach is then plain hops over connections.
 */
export async function membersShowingTies(env: TestEnv, count: number): Promise<Member[]> {
  const members: Member[] = []
  for (let i = 0; i < count; i++) {
    const m = await signUp(env.app)
    await call(env.app, 'PATCH', '/api/me', { as: m, body: { visibility: 'connections' } })
    members.push(m)
  }
  return members
}
const HOW_WE_MET = { kind: 'other', detail: 'a project' }

/** A change to one pair's connection, or a prune (or its undo) of several contacts at once. */
type PairCommand = { op: 'invite' | 'accept' | 'remove' | 'restore'; from: number; to: number }
type PruneCommand = { op: 'prune' | 'undo'; from: number; to: number[] }
export type RelationshipCommand = PairCommand | PruneCommand

function isPrune(c: RelationshipCommand): c is PruneCommand {
  return c.op === 'prune' || c.op === 'undo'
}

/** Relationship commands among `size` members, each naming members by their index. */
export function relationshipCommandArb(size: number): fc.Arbitrary<RelationshipCommand> {
  const pair = fc
    .record({
      op: fc.constantFrom('invite', 'accept', 'remove', 'restore'),
      from: fc.nat(size - 1),
      to: fc.nat(size - 1),
    })
    .filter((c) => c.from !== c.to)
  // Several contacts in one prune make its transaction hold several pairs' locks at once.
  const prune = fc
    .record({
      op: fc.constantFrom('prune', 'undo'),
      from: fc.nat(size - 1),
      to: fc.uniqueArray(fc.nat(size - 1), { minLength: 1, maxLength: size - 1 }),
    })
    .filter((c) => !c.to.includes(c.from))
  return fc.oneof(pair, prune) as fc.Arbitrary<RelationshipCommand>
}

/** The ids of the owner's contacts for these members, as the prune page would hold them. */
async function contactIdsFor(env: TestEnv, owner: Member, others: Member[]): Promise<string[]> {
  const found = await env.database.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.ownerId, owner.id),
        inArray(
          contacts.memberId,
          others.map((m) => m.id),
        ),
      ),
    )
  return found.map((r) => r.id)
}

/** Sends one command through the API and returns the status of its last request. */
export async function runRelationshipCommand(
  env: TestEnv,
  members: Member[],
  c: RelationshipCommand,
): Promise<number> {
  const me = members[c.from] as Member
  if (isPrune(c)) {
    const ids = await contactIdsFor(
      env,
      me,
      c.to.map((i) => members[i] as Member),
    )
    // Members who never connected have no contact to prune yet.
    if (ids.length === 0) return 200
    const path = c.op === 'prune' ? 'remove' : 'undo'
    return (
      await call(env.app, 'POST', `/api/insights/prune/${path}`, {
        as: me,
        body: { contactIds: ids },
      })
    ).statusCode
  }
  const other = members[c.to] as Member
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
