import { call, type signUp } from '../setup/client.js'
import type { TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>

/** Shares a post; returns its id. */
export async function sharePost(
  env: TestEnv,
  author: Member,
  audience: object,
  body = 'Hiring is up this quarter',
  extra: object = {},
): Promise<string> {
  const r = await call(env.app, 'POST', '/api/posts', {
    as: author,
    body: { body, audience, ...extra },
  })
  if (r.statusCode !== 201) throw new Error(r.body)
  return r.json().id
}

/** The ids on the first page of the member's feed, newest first. */
export async function feedIds(env: TestEnv, member: Member): Promise<string[]> {
  const r = await call(env.app, 'GET', '/api/feed', { as: member })
  if (r.statusCode !== 200) throw new Error(r.body)
  return r.json().items.map((p: { id: string }) => p.id)
}
