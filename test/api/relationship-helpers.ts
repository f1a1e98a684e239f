import { analyzeNetwork } from '../../src/services/scoring/index.js'
import { call, type signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>

const WORKED_AT_ACME = { kind: 'worked_together', company: 'Acme', from: '2015', to: '2019' }

/** Connects two members the way they would: an invitation (by default, worked together at Acme), accepted. */
export async function connect(
  env: TestEnv,
  a: Member,
  b: Member,
  howWeMet: object = WORKED_AT_ACME,
) {
  const sent = await call(env.app, 'POST', '/api/invitations', {
    as: a,
    body: { to: b.id, note: 'We worked together', howWeMet },
  })
  if (sent.statusCode !== 201) throw new Error(sent.body)
  const accepted = await call(
    env.app,
    'POST',
    `/api/invitations/${sent.json().invitation.id}/accept`,
    { as: b },
  )
  if (accepted.statusCode !== 200) throw new Error(accepted.body)
}

/**
 * Connects two members who then see each other often, each scoring the other: a tie both sides
 * hold strong, which members who show only their strong ties let through.
 */
export async function befriend(env: TestEnv, a: Member, b: Member) {
  await connect(env, a, b)
  await meetOften(env, a, b)
  await meetOften(env, b, a)
  await ownScores(env, a)
  await ownScores(env, b)
}

/** Changes the member's own profile (visibility, positions, career strategy …). */
export async function patchMe(env: TestEnv, member: Member, body: object) {
  const r = await call(env.app, 'PATCH', '/api/me', { as: member, body })
  if (r.statusCode !== 200) throw new Error(r.body)
}

/**
 * Stores the member's own scores of their contacts (their rescore, which then weighs their ties
 * in the graph at once) and returns those of member contacts, by member id.
 */
export async function ownScores(env: TestEnv, member: Member): Promise<Map<string, number>> {
  const network = await analyzeNetwork(env.ctx, member.id)
  return new Map(
    network.contacts.flatMap((c) =>
      c.row.memberId === null ? [] : [[c.row.memberId, c.analysis.tie.strength]],
    ),
  )
}

/** Logs recent meetings with a connection in the member's own record of them, which raises their score. */
export async function meetOften(env: TestEnv, member: Member, other: Member, times = 8) {
  const r = await call(env.app, 'GET', '/api/contacts?limit=200', { as: member })
  const items: { id: string; memberId: string | null }[] = r.json().items
  const id = items.find((i) => i.memberId === other.id)?.id
  if (id === undefined) throw new Error('no contact for that member')
  for (let i = 0; i < times; i++) {
    const at = new Date(env.clock.now.getTime() - (i * 20 + 1) * 86_400_000).toISOString()
    const logged = await call(env.app, 'POST', `/api/contacts/${id}/interactions`, {
      as: member,
      body: { kind: 'meeting', at },
    })
    if (logged.statusCode !== 201) throw new Error(logged.body)
  }
}
