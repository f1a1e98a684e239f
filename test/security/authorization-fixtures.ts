import { eventBody } from '../api/event-helpers.js'
import { multipart, zipOf } from '../api/import-helpers.js'
import { putInCircle } from '../api/newsletter-helpers.js'
import type { Route } from '../api/openapi-walk.js'
import { form, PDF, VALUES } from '../api/referral-helpers.js'
import { connect } from '../api/relationship-helpers.js'
import type { TestEnv } from '../setup/harness.js'
import { bystander, type Cast, type Member, must } from './authorization-cast.js'

/** What one route is called with: the same for every role, so that only the caller differs. */
export interface Prepared {
  params: Record<string, string>
  query?: Record<string, string>
  /** A JSON body; by default the document's sample of the route's schema with `fields` laid over. */
  fields?: Record<string, unknown>
  /** The whole JSON body, where the document's sample would not do. */
  body?: unknown
  /** A multipart body instead of JSON. */
  multipart?: { payload: Buffer; headers: Record<string, string> }
}

const EXPORT_2024 = 'test/fixtures/imports/linkedin/export-2024'
const UNKNOWN_ID = '01JZZZZZZZZZZZZZZZZZZZZZZZ'
const PASSWORD = 'correct horse battery'

/**
 * Routes whose calls change their callers (a sign-out, an erasure, a new password, the end of the
 * subject's connection, settings that decide other routes): each gets a cast of its own, and
 * every other route shares one.
 */
export const CHANGES_ITS_CALLERS = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/sign-out-everywhere',
  'POST /api/me/password',
  'POST /api/me/email',
  'DELETE /api/me',
  'PATCH /api/me',
  'PUT /api/me/introducer-settings',
  'DELETE /api/connections/{memberId}',
  'POST /api/connections/{memberId}/restore',
  'POST /api/insights/prune/remove',
  'POST /api/insights/prune/undo',
  // Open requests through one introducer are limited: each of these asks one of its own.
  'POST /api/introductions',
  'POST /api/introductions/referrals',
  'GET /api/introductions/{id}/resume',
  'GET /api/introductions/{id}',
  'POST /api/introductions/{id}/forward',
  'POST /api/introductions/{id}/decline',
  'POST /api/introductions/{id}/accept',
  'POST /api/introductions/{id}/outcome',
])

/**
 * The subject's own things for each route, made fresh for it: the route's calls then act on
 * something that exists and belongs to the subject, and what one route does (a withdrawal, an
 * erasure) cannot decide the answers of another.
 */
export async function prepare(env: TestEnv, cast: Cast, route: Route): Promise<Prepared> {
  const { self, connection } = cast
  const key = `${route.method} ${route.path}`
  const post = (url: string, as: Member, body?: unknown, status = 201) =>
    must(env, status, 'POST', url, { as, ...(body === undefined ? {} : { body }) })
  const contactOfConnection = async () => {
    const list = await must(env, 200, 'GET', '/api/contacts?limit=200', { as: self })
    const items = list.json().items as { id: string; memberId: string | null }[]
    const id = items.find((c) => c.memberId === connection.id)?.id
    if (id === undefined) throw new Error('the subject has no contact for their connection')
    return id
  }
  const defaults: Prepared = {
    params: {},
    fields: { to: connection.id, member: connection.id, for: connection.id },
  }

  if (route.path.startsWith('/api/tokens/')) {
    const token = await post('/api/tokens', self, { name: 'script' })
    return { params: { id: token.json().id } }
  }
  if (key === 'POST /api/tokens') return { params: {}, fields: { expiresAt: undefined } }
  if (key === 'POST /api/auth/signup') {
    return { params: {}, fields: { email: `new-${Date.now()}@example.org`, password: PASSWORD } }
  }
  if (key === 'POST /api/auth/login') {
    return { params: {}, fields: { email: self.email, password: PASSWORD } }
  }
  if (key === 'POST /api/me/password') {
    return { params: {}, fields: { currentPassword: PASSWORD, newPassword: PASSWORD } }
  }
  if (key === 'POST /api/me/email') {
    return {
      params: {},
      fields: { newEmail: `moved-${Date.now()}@example.org`, currentPassword: PASSWORD },
    }
  }
  if (key === 'POST /api/me/email/confirm') return { params: {}, fields: { code: '12345678' } }
  if (key === 'PATCH /api/operator/settings') {
    // The settings as they are: a change would reach every later route of the run.
    const current = await must(env, 200, 'GET', '/api/operator/settings', { as: cast.operator })
    return { params: {}, fields: current.json() }
  }
  if (/^\/api\/invitations\/\{id\}\/(accept|ignore|dont-know)$/.test(route.path)) {
    const inviter = await bystander(env)
    const sent = await post('/api/invitations', inviter, invitationTo(self))
    return { params: { id: sent.json().invitation.id } }
  }
  if (route.path === '/api/invitations/{id}/withdraw') {
    const sent = await post('/api/invitations', self, invitationTo(await bystander(env)))
    return { params: { id: sent.json().invitation.id } }
  }
  if (key === 'POST /api/invitations') {
    return { params: {}, fields: invitationTo(await bystander(env)) }
  }
  if (route.path === '/api/connections/{memberId}/restore') {
    await must(env, 200, 'DELETE', `/api/connections/${connection.id}`, { as: self })
    return { params: { memberId: connection.id } }
  }
  if (route.path === '/api/connections/{memberId}') return { params: { memberId: connection.id } }
  if (route.path.startsWith('/api/blocks/')) {
    const blocked = await bystander(env)
    await post('/api/blocks', self, { member: blocked.id }, 204)
    return { params: { memberId: blocked.id } }
  }
  if (key === 'POST /api/blocks')
    return { params: {}, fields: { member: (await bystander(env)).id } }
  if (route.path.startsWith('/api/worked-together')) {
    const claim = { member: self.id, company: 'Acme', from: '2015', to: '2019' }
    if (key === 'POST /api/worked-together') {
      return { params: {}, fields: { ...claim, member: connection.id } }
    }
    const made = await post('/api/worked-together', await bystander(env), claim)
    return { params: { id: idIn(made.json()) } }
  }
  if (route.path.startsWith('/api/recommendations/{id}')) {
    const id = await recommendationFor(env, self, await bystander(env, 'Rita Recommender'))
    if (route.path.endsWith('/unhide'))
      await post(`/api/recommendations/${id}/hide`, self, undefined, 200)
    return { params: { id } }
  }
  if (key === 'POST /api/recommendations') {
    const colleague = await bystander(env, 'Cole Colleague')
    await workedTogether(env, self, colleague)
    return { params: {}, fields: { for: colleague.id, body: 'A careful engineer and a kind one.' } }
  }
  if (route.path === '/api/operator/reports/{id}/dismiss') {
    await post(`/api/members/${self.id}/report`, cast.stranger, { reason: 'spam' })
    const reports = await must(env, 200, 'GET', '/api/operator/reports', { as: cast.operator })
    return { params: { id: reports.json().items[0].id } }
  }
  if (route.path.startsWith('/api/operator/members/{id}/')) {
    const member = await bystander(env)
    if (route.path.endsWith('/restore')) {
      await post(`/api/operator/members/${member.id}/suspend`, cast.operator, {}, 200)
    }
    return { params: { id: member.id } }
  }
  if (route.path.startsWith('/api/members/{id}')) {
    return { params: { id: self.id }, fields: { reason: 'spam' } }
  }
  if (route.path.startsWith('/api/contacts/{id}')) {
    return {
      params: { id: await contactOfConnection() },
      fields: { kind: 'meeting', at: env.clock.now.toISOString() },
    }
  }
  if (route.path.startsWith('/api/circles/{name}')) {
    await putInCircle(env, self, 'clients', [connection])
    return {
      params: { name: 'clients' },
      fields: { add: [await contactOfConnection()], remove: [], name: 'best clients' },
    }
  }
  if (route.path.startsWith('/api/insights/prune/')) {
    const id = await contactOfConnection()
    if (route.path.endsWith('/undo'))
      await post('/api/insights/prune/remove', self, { contactIds: [id] }, 200)
    return { params: {}, fields: { contactId: id, contactIds: [id] } }
  }
  if (route.path.startsWith('/api/newsletters/issues/{id}')) {
    await putInCircle(env, self, 'clients', [connection])
    const issue = await post('/api/newsletters/issues', self, {
      subject: 'Client notes',
      markdown: 'Hiring is up.',
      audience: { circle: 'clients' },
    })
    const id: string = issue.json().id
    if (/\/(pause|resume|read|stats)$/.test(route.path)) {
      await post(`/api/newsletters/issues/${id}/send`, self, undefined, 202)
    }
    return { params: { id } }
  }
  if (route.path.startsWith('/api/posts/{id}')) {
    const made = await post('/api/posts', self, {
      body: 'Hiring is up',
      audience: { allConnections: true },
    })
    const id: string = made.json().id
    if (route.path.endsWith('/unhide')) await post(`/api/posts/${id}/hide`, self, undefined, 204)
    if (route.path.includes('{commentId}')) {
      const comment = await post(`/api/posts/${id}/comments`, connection, {
        body: 'Congratulations',
      })
      return { params: { id, commentId: idIn(comment.json()) } }
    }
    return { params: { id }, fields: { body: 'Congratulations' } }
  }
  if (route.path.startsWith('/api/events/{id}')) {
    await putInCircle(env, self, 'mixer', [connection])
    const made = await post('/api/events', self, eventBody(env))
    const id: string = made.json().id
    return {
      params: { id, memberId: connection.id, reportId: UNKNOWN_ID },
      fields: { status: 'maybe', open: true },
      ...(route.method === 'PATCH' ? { body: { title: 'Summer mixer' } } : {}),
    }
  }
  if (key === 'POST /api/events') {
    await putInCircle(env, self, 'mixer', [connection])
    return { params: {}, body: eventBody(env) }
  }
  if (route.path === '/api/introductions/{id}/resume') {
    const target = await bystander(env, 'Tess Target')
    await connect(env, connection, target)
    const made = await env.app.inject({
      method: 'POST',
      url: '/api/introductions/referrals',
      ...withOrigin(form({ via: connection.id, target: target.id, ...VALUES }, PDF), self),
    })
    if (made.statusCode !== 201) throw new Error(`setup referral answered ${made.statusCode}`)
    return { params: { id: made.json().introduction.id } }
  }
  if (route.path.startsWith('/api/introductions/{id}')) {
    const target = await bystander(env, 'Tess Target')
    await connect(env, connection, target)
    const asked = await post('/api/introductions', self, {
      via: connection.id,
      target: target.id,
      ...VALUES,
    })
    return {
      params: { id: asked.json().introduction.id },
      fields: { note: 'I vouch for Sam', kind: 'meeting' },
    }
  }
  if (key === 'POST /api/introductions' || key === 'POST /api/introductions/referrals') {
    const target = await bystander(env, 'Tess Target')
    await connect(env, connection, target)
    const fields = { via: connection.id, target: target.id, ...VALUES }
    return key === 'POST /api/introductions'
      ? { params: {}, fields }
      : { params: {}, multipart: form(fields, PDF) }
  }
  if (key === 'POST /api/imports/linkedin') {
    return { params: {}, multipart: multipart(await zipOf(EXPORT_2024), 'export.zip') }
  }
  if (route.path === '/api/imports/{id}') {
    const started = await env.app.inject({
      method: 'POST',
      url: '/api/imports/linkedin',
      ...withOrigin(multipart(await zipOf(EXPORT_2024), 'export.zip'), self),
    })
    if (started.statusCode !== 202) throw new Error(`setup import answered ${started.statusCode}`)
    return { params: { id: started.json().importId } }
  }
  if (route.path.startsWith('/api/conversations/{id}')) {
    const sent = await post('/api/messages', self, { to: connection.id, body: 'Coffee next week?' })
    return { params: { id: sent.json().message.conversationId }, fields: { body: 'Yes!' } }
  }
  if (route.path === '/api/messages/{id}/accept') {
    const offer = await post('/api/messages/offers', connection, {
      to: self.id,
      kind: 'introduction',
      body: 'I can introduce you to our head of payments.',
    })
    return { params: { id: offer.json().message.id } }
  }
  if (route.path.startsWith('/api/message-requests/{id}')) {
    await post('/api/messages', await bystander(env, 'Ari Asker'), {
      to: self.id,
      body: 'A question',
      purpose: 'advice',
    })
    const list = await must(env, 200, 'GET', '/api/message-requests', { as: self })
    return { params: { id: list.json().items[0].id }, fields: { body: 'Happy to help' } }
  }
  if (route.path === '/api/me/export/{table}') return { params: { table: 'connections.csv' } }
  if (key === 'POST /api/messages' || key === 'POST /api/messages/offers') {
    return {
      params: {},
      fields: { to: connection.id, body: 'Coffee next week?', kind: 'introduction' },
    }
  }
  if (key === 'POST /api/circles') {
    return { params: {}, fields: { name: 'partners', contactIds: [await contactOfConnection()] } }
  }
  if (key === 'POST /api/posts') {
    return { params: {}, body: { body: 'Hiring is up', audience: { allConnections: true } } }
  }
  if (key === 'POST /api/feed/read') {
    const made = await post('/api/posts', connection, {
      body: 'News',
      audience: { allConnections: true },
    })
    return { params: {}, fields: { upTo: made.json().id } }
  }
  if (key === 'GET /api/paths') return { params: {}, query: { to: connection.id } }
  return defaults
}

function invitationTo(member: Member) {
  return {
    to: member.id,
    note: 'We worked together',
    howWeMet: { kind: 'other', detail: 'a project' },
  }
}

/** The id in a created thing's answer, whatever its envelope is called. */
function idIn(body: Record<string, unknown>): string {
  if (typeof body.id === 'string') return body.id
  for (const value of Object.values(body)) {
    if (
      value !== null &&
      typeof value === 'object' &&
      typeof (value as { id?: unknown }).id === 'string'
    ) {
      return (value as { id: string }).id
    }
  }
  throw new Error(`no id in ${JSON.stringify(body).slice(0, 200)}`)
}

/** A worked-together record both confirmed, which a recommendation needs. */
async function workedTogether(env: TestEnv, a: Member, b: Member) {
  const made = await must(env, 201, 'POST', '/api/worked-together', {
    as: a,
    body: { member: b.id, company: 'Acme', from: '2015', to: '2019' },
  })
  await must(env, 200, 'POST', `/api/worked-together/${idIn(made.json())}/confirm`, { as: b })
}

/** A recommendation the connection wrote for the subject, awaiting the subject's approval. */
async function recommendationFor(env: TestEnv, subject: Member, author: Member): Promise<string> {
  await workedTogether(env, author, subject)
  const made = await must(env, 201, 'POST', '/api/recommendations', {
    as: author,
    body: { for: subject.id, body: 'A careful engineer and a kind one.' },
  })
  return idIn(made.json())
}

/** A multipart request as the web UI sends it, as this member (or signed out). */
export function withOrigin(
  body: { payload: Buffer; headers: Record<string, string> },
  as: Member | undefined,
) {
  return {
    payload: body.payload,
    headers: {
      ...body.headers,
      origin: 'http://localhost:80',
      ...(as === undefined ? {} : { cookie: as.cookie }),
    },
  }
}
