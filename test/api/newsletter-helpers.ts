import { call, type signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'
import { patchMe } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

/** Puts connections in one of the owner's circles (the circle starts with them). */
export async function putInCircle(env: TestEnv, owner: Member, circle: string, people: Member[]) {
  const items: { id: string; memberId: string | null }[] = (
    await call(env.app, 'GET', '/api/contacts?limit=200', { as: owner })
  ).json().items
  const ids = people.map((p) => {
    const id = items.find((i) => i.memberId === p.id)?.id
    if (id === undefined) throw new Error('not a contact')
    return id
  })
  const r = await call(env.app, 'POST', `/api/circles/${encodeURIComponent(circle)}/contacts`, {
    as: owner,
    body: { add: ids },
  })
  if (r.statusCode !== 200) throw new Error(r.body)
}

/** Writes and sends an issue; returns its id once it is sent (jobs run). */
export async function sendIssue(
  env: TestEnv,
  author: Member,
  audience: object,
  markdown = '# Market notes\n\nHiring is **up** this quarter. [Report](https://example.org/r)',
) {
  const created = await call(env.app, 'POST', '/api/newsletters/issues', {
    as: author,
    body: { subject: 'Monthly client notes', markdown, audience },
  })
  if (created.statusCode !== 201) throw new Error(created.body)
  const id: string = created.json().id
  const sent = await call(env.app, 'POST', `/api/newsletters/issues/${id}/send`, { as: author })
  if (sent.statusCode !== 202) throw new Error(sent.body)
  return id
}

export async function setTitle(env: TestEnv, member: Member, title: string) {
  await patchMe(env, member, { positions: [{ company: 'Acme', title, from: '2020' }] })
}
