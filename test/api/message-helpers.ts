import { call, type signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>

/** Sends a message to a connection and returns it; fails the test on any other answer. */
export async function send(env: TestEnv, from: Member, to: Member, body: string) {
  const r = await call(env.app, 'POST', '/api/messages', { as: from, body: { to: to.id, body } })
  if (r.statusCode !== 201) throw new Error(r.body)
  return r.json().message as { id: string; conversationId: string; body: string }
}

/** The member's conversations page, as the inbox shows it. */
export async function inbox(env: TestEnv, member: Member, query = '') {
  const r = await call(env.app, 'GET', `/api/conversations${query}`, { as: member })
  if (r.statusCode !== 200) throw new Error(r.body)
  return r.json() as {
    items: {
      id: string
      unread: number
      with: { id: string | null; name: string }[]
      lastMessage: { body: string; createdAt: string } | null
    }[]
    unreadTotal: number
    next?: string
  }
}

/** The member's own contact record of another member. */
export async function contactOf(env: TestEnv, owner: Member, other: Member) {
  const list = await call(env.app, 'GET', '/api/contacts?limit=200', { as: owner })
  const id = (list.json().items as { id: string; memberId: string | null }[]).find(
    (c) => c.memberId === other.id,
  )?.id
  if (id === undefined) throw new Error('no contact for that member')
  return (await call(env.app, 'GET', `/api/contacts/${id}`, { as: owner })).json()
}
