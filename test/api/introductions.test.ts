import { expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signInAgain, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { connect, ownScores, patchMe } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>
const DAY = 24 * 3600_000
const VALUES = {
  valueForTarget: 'Ana has shipped two payment platforms and can review your architecture.',
  valueForRequester: 'I would learn how your team runs its on-call rotation at scale.',
}

/**
 * A requester connected to an introducer, who is connected to the target and lets connections see
 * whom they know (their new, unscored ties are not strong ties).
 */
async function trio(env: TestEnv) {
  const { app } = env
  const a = await signUp(app, { name: 'Ana Requester' })
  const b = await signUp(app, { name: 'Bruno Introducer' })
  const c = await signUp(app, { name: 'Chloe Target' })
  await patchMe(env, b, { visibility: 'connections' })
  await connect(env, a, b)
  await connect(env, b, c)
  return { a, b, c }
}

async function ask(env: TestEnv, a: Member, b: Member, c: Member, values = VALUES) {
  return await call(env.app, 'POST', '/api/introductions', {
    as: a,
    body: { via: b.id, target: c.id, ...values },
  })
}

async function asked(env: TestEnv, a: Member, b: Member, c: Member): Promise<string> {
  const r = await ask(env, a, b, c)
  if (r.statusCode !== 201) throw new Error(r.body)
  return r.json().introduction.id
}

async function view(env: TestEnv, member: Member, id: string) {
  return await call(env.app, 'GET', `/api/introductions/${id}`, { as: member })
}

async function listed(env: TestEnv, member: Member, role: string) {
  const r = await call(env.app, 'GET', `/api/introductions?role=${role}`, { as: member })
  expect(r.statusCode).toBe(200)
  return r.json().items as { id: string; status: string }[]
}

async function act(
  env: TestEnv,
  member: Member | undefined,
  id: string,
  action: string,
  body = {},
) {
  return await call(env.app, 'POST', `/api/introductions/${id}/${action}`, {
    ...(member === undefined ? {} : { as: member }),
    body,
  })
}

async function timelineKinds(env: TestEnv, owner: Member, other: Member): Promise<string[]> {
  const contacts = (await call(env.app, 'GET', '/api/contacts?limit=200', { as: owner })).json()
    .items as { id: string; memberId: string | null }[]
  const contact = contacts.find((c) => c.memberId === other.id)
  if (contact === undefined) return []
  const detail = await call(env.app, 'GET', `/api/contacts/${contact.id}`, { as: owner })
  return detail.json().timeline.map((i: { kind: string }) => i.kind)
}

describeEachDatabase('introductions', (env) => {
  it('runs the double opt-in: the introducer forwards, the target accepts, three timelines record it', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    const created = await ask(e, a, b, c)
    expect(created.statusCode).toBe(201)
    const id = created.json().introduction.id
    expect(created.json().introduction).toMatchObject({
      status: 'requested',
      role: 'requester',
      kind: 'introduction',
      ...VALUES,
      requesterProfile: null,
      targetProfile: null,
      requesterRelationship: null,
    })

    // The target knows nothing until the introducer forwards.
    expect(await listed(e, c, 'target')).toEqual([])
    expect((await view(e, c, id)).statusCode).toBe(404)
    expect((await act(e, c, id, 'accept')).statusCode).toBe(404)
    expect((await act(e, c, id, 'decline')).statusCode).toBe(404)

    const queue = await listed(e, b, 'introducer')
    expect(queue.map((i) => i.id)).toEqual([id])
    const forB = (await view(e, b, id)).json().introduction
    expect(forB).toMatchObject({ status: 'requested', role: 'introducer', ...VALUES })
    expect(forB.requesterRelationship.howWeMet).toMatchObject({
      kind: 'worked_together',
      company: 'Acme',
    })
    expect(forB.requesterRelationship).toHaveProperty('strength')
    expect(forB.requesterRelationship).toHaveProperty('lastContactAt')
    expect(forB.targetProfile).toMatchObject({ id: c.id, name: 'Chloe Target' })
    expect(forB.requesterProfile).toMatchObject({ id: a.id })

    const note = 'Ana and I built the ledger at Acme; she is the real thing.'
    const forwarded = await act(e, b, id, 'forward', { note })
    expect(forwarded.statusCode).toBe(200)
    expect(forwarded.json().introduction.status).toBe('forwarded')
    // Forwarding twice is a conflict, not a second delivery.
    expect((await act(e, b, id, 'forward', { note })).statusCode).toBe(409)

    const forC = (await view(e, c, id)).json().introduction
    expect(forC).toMatchObject({
      status: 'forwarded',
      role: 'target',
      ...VALUES,
      introducerNote: note,
      targetProfile: null,
      requesterRelationship: null,
    })
    expect(forC.requesterProfile).toMatchObject({ id: a.id, name: 'Ana Requester' })
    expect((await listed(e, c, 'target')).map((i) => i.id)).toEqual([id])
    const forA = (await view(e, a, id)).json().introduction
    expect(forA.status).toBe('forwarded')
    expect(forA.introducerNote).toBeNull()

    // Nobody but the target accepts.
    expect((await act(e, a, id, 'accept')).statusCode).toBe(403)
    expect((await act(e, b, id, 'accept')).statusCode).toBe(403)
    const accepted = await act(e, c, id, 'accept')
    expect(accepted.statusCode).toBe(200)
    const conversationId: string = accepted.json().conversationId
    expect(conversationId).toEqual(expect.any(String))
    // The three are in one conversation that the introducer's note opens.
    for (const member of [a, b, c]) {
      const thread = await call(e.app, 'GET', `/api/conversations/${conversationId}/messages`, {
        as: member,
      })
      expect(thread.statusCode).toBe(200)
      expect(thread.json().items.map((m: { body: string }) => m.body)).toEqual([note])
      expect(thread.json().items[0].sender.id).toBe(b.id)
    }
    const reply = await call(e.app, 'POST', `/api/conversations/${conversationId}/messages`, {
      as: c,
      body: { body: 'Happy to meet, Ana. Thursday?' },
    })
    expect(reply.statusCode).toBe(201)
    const outsider = await signUp(e.app)
    expect(
      (await call(e.app, 'GET', `/api/conversations/${conversationId}/messages`, { as: outsider }))
        .statusCode,
    ).toBe(404)
    expect((await act(e, c, id, 'accept')).statusCode).toBe(409)
    expect((await act(e, c, id, 'decline')).statusCode).toBe(409)

    const afterA = (await view(e, a, id)).json().introduction
    expect(afterA.status).toBe('accepted')
    expect(afterA.conversationId).toBe(conversationId)
    expect(afterA.introducerNote).toBe(note)
    expect(await timelineKinds(e, b, a)).toContain('intro_made')
    expect(await timelineKinds(e, b, c)).toContain('intro_made')
    expect(await timelineKinds(e, a, b)).toContain('intro_received')
    expect(await timelineKinds(e, c, b)).toContain('intro_received')
  })

  it('lets the introducer decline: the requester sees “not this time”, the target never learns of it', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    const id = await asked(e, a, b, c)
    const declined = await act(e, b, id, 'decline', { reason: 'Chloe is swamped this quarter' })
    expect(declined.statusCode).toBe(200)
    expect(declined.json().introduction).toMatchObject({
      status: 'declined_by_introducer',
      declineReason: 'Chloe is swamped this quarter',
    })
    const forA = (await view(e, a, id)).json().introduction
    expect(forA.status).toBe('not_this_time')
    expect(forA.declineReason).toBeNull()
    expect(JSON.stringify(forA)).not.toContain('swamped')
    expect((await view(e, c, id)).statusCode).toBe(404)
    expect(await listed(e, c, 'target')).toEqual([])
    expect((await act(e, b, id, 'forward', { note: 'Changed my mind' })).statusCode).toBe(409)
    expect((await act(e, c, id, 'accept')).statusCode).toBe(404)
  })

  it('lets the target decline: the reason stays the target’s, the others see “not this time”', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    const id = await asked(e, a, b, c)
    await act(e, b, id, 'forward', { note: 'Worth your half hour.' })
    const declined = await act(e, c, id, 'decline', { reason: 'Not hiring for this' })
    expect(declined.statusCode).toBe(200)
    expect(declined.json().introduction).toMatchObject({
      status: 'declined_by_target',
      declineReason: 'Not hiring for this',
    })
    for (const member of [a, b]) {
      const seen = (await view(e, member, id)).json().introduction
      expect(seen.status).toBe('not_this_time')
      expect(seen.declineReason).toBeNull()
    }
    expect((await act(e, c, id, 'accept')).statusCode).toBe(409)
    expect((await act(e, b, id, 'decline')).statusCode).toBe(409)
  })

  it('answers 422 unless both ties exist and the introducer lets the requester know of the second', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    const stranger = await signUp(e.app)
    // Not connected to the introducer.
    expect((await ask(e, stranger, b, c)).statusCode).toBe(422)
    // The introducer does not know that person.
    expect((await ask(e, a, b, stranger)).statusCode).toBe(422)
    // No such member, and the requester themself.
    expect((await ask(e, a, b, { ...c, id: 'nobody' })).statusCode).toBe(422)
    expect((await ask(e, a, b, a)).statusCode).toBe(422)
    expect((await ask(e, a, a, c)).statusCode).toBe(422)
    // The introducer keeps their network to themself.
    await patchMe(e, b, { visibility: 'only_me' })
    const hidden = await ask(e, a, b, c)
    expect(hidden.statusCode).toBe(422)
    expect(hidden.headers['content-type']).toContain('application/problem+json')
    await patchMe(e, b, { visibility: 'connections' })
    expect((await ask(e, a, b, c)).statusCode).toBe(201)
    // The same introduction twice while the first is open.
    expect((await ask(e, a, b, c)).statusCode).toBe(409)
  })

  it('refuses values shorter than 20 or longer than 1,000 characters, and unknown fields', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    expect((await ask(e, a, b, c, { ...VALUES, valueForTarget: 'too short' })).statusCode).toBe(400)
    expect(
      (await ask(e, a, b, c, { ...VALUES, valueForRequester: 'x'.repeat(1001) })).statusCode,
    ).toBe(400)
    const extra = await call(e.app, 'POST', '/api/introductions', {
      as: a,
      body: { via: b.id, target: c.id, ...VALUES, status: 'accepted' },
    })
    expect(extra.statusCode).toBe(400)
    const id = await asked(e, a, b, c)
    expect((await act(e, b, id, 'forward', {})).statusCode).toBe(400)
  })

  it('keeps every route to the three parties: outsiders, the operator and the signed-out get nothing', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    const [outsider, operator] = [await signUp(e.app), await signUp(e.app)]
    await grantOperator(e.ctx, operator.email)
    const id = await asked(e, a, b, c)
    for (const who of [outsider, operator]) {
      expect((await view(e, who, id)).statusCode).toBe(404)
      expect((await act(e, who, id, 'forward', { note: 'Hijack' })).statusCode).toBe(404)
      expect((await act(e, who, id, 'decline')).statusCode).toBe(404)
      expect((await act(e, who, id, 'accept')).statusCode).toBe(404)
      expect((await act(e, who, id, 'outcome', { kind: 'job' })).statusCode).toBe(404)
      for (const role of ['requester', 'introducer', 'target']) {
        expect(await listed(e, who, role)).toEqual([])
      }
    }
    expect((await call(e.app, 'GET', '/api/introductions')).statusCode).toBe(401)
    expect((await call(e.app, 'GET', `/api/introductions/${id}`)).statusCode).toBe(401)
    expect(
      (
        await call(e.app, 'POST', '/api/introductions', {
          body: { via: b.id, target: c.id, ...VALUES },
        })
      ).statusCode,
    ).toBe(401)
    const bodies = { forward: { note: 'x' }, decline: {}, accept: {}, outcome: { kind: 'job' } }
    for (const [action, body] of Object.entries(bodies)) {
      expect((await act(e, undefined, id, action, body)).statusCode).toBe(401)
    }
    // The requester cannot decide on their own request.
    expect((await act(e, a, id, 'forward', { note: 'Myself, vouching' })).statusCode).toBe(403)
    expect((await act(e, a, id, 'decline')).statusCode).toBe(403)
    expect((await view(e, b, id)).json().introduction.status).toBe('requested')
  })

  it('silently keeps a request from someone the introducer blocked', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    await call(e.app, 'POST', '/api/blocks', { as: b, body: { member: a.id } })
    const id = await asked(e, a, b, c)
    expect((await view(e, a, id)).json().introduction.status).toBe('requested')
    expect(await listed(e, b, 'introducer')).toEqual([])
    expect((await view(e, b, id)).statusCode).toBe(404)
    expect((await act(e, b, id, 'forward', { note: 'Sure' })).statusCode).toBe(404)
  })

  it('holds the introducer’s bar without revealing the score, with a wider door for people in transition', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    // Scored, the tie is weak: only a network open to all connections still lets A ask.
    await patchMe(e, b, { visibility: 'connections' })
    const scoreOfA = (await ownScores(e, b)).get(a.id)
    expect(scoreOfA).toBeDefined()
    const bar = Math.min(1, (scoreOfA ?? 0) + 0.05)
    const set = await call(e.app, 'PUT', '/api/me/introducer-settings', {
      as: b,
      body: { minTieStrength: bar, openToStudentsAndTransition: false },
    })
    expect(set.statusCode).toBe(200)
    expect((await call(e.app, 'GET', '/api/me/introducer-settings', { as: b })).json()).toEqual({
      minTieStrength: bar,
      openToStudentsAndTransition: false,
    })
    const seen = await call(e.app, 'GET', `/api/members/${b.id}/introducer-bar`, { as: a })
    expect(seen.json()).toEqual({
      takesRequestsFrom: 'close_ties',
      openToStudentsAndTransition: false,
    })
    expect(JSON.stringify(seen.json())).not.toContain(String(bar))
    const stranger = await signUp(e.app)
    expect(
      (await call(e.app, 'GET', `/api/members/${b.id}/introducer-bar`, { as: stranger }))
        .statusCode,
    ).toBe(404)

    const refused = await ask(e, a, b, c)
    expect(refused.statusCode).toBe(422)
    expect(refused.json().detail).toContain('close ties')
    expect(refused.body).not.toContain(String(bar))
    expect(refused.body).not.toContain(String(scoreOfA))

    await call(e.app, 'PUT', '/api/me/introducer-settings', {
      as: b,
      body: { minTieStrength: bar, openToStudentsAndTransition: true },
    })
    expect((await ask(e, a, b, c)).statusCode).toBe(422)
    await patchMe(e, a, { flags: { inTransition: true } })
    expect((await ask(e, a, b, c)).statusCode).toBe(201)

    expect(
      (
        await call(e.app, 'PUT', '/api/me/introducer-settings', {
          as: b,
          body: { minTieStrength: 2, openToStudentsAndTransition: true },
        })
      ).statusCode,
    ).toBe(400)
    expect(
      (
        await call(e.app, 'PUT', '/api/me/introducer-settings', {
          body: { minTieStrength: null, openToStudentsAndTransition: false },
        })
      ).statusCode,
    ).toBe(401)
  })

  it('expires silently after 14 days without a decision; forwarding gives the target its own 14 days', async () => {
    const e = env()
    const { a, b, c } = await trio(e)
    const stale = await asked(e, a, b, c)
    const other = await signUp(e.app)
    await connect(e, b, other)
    const moving = await asked(e, a, b, other)
    e.clock.advance(10 * DAY)
    await act(e, b, moving, 'forward', { note: 'Good match.' })
    e.clock.advance(5 * DAY)
    await e.ctx.jobs.runDue()
    expect((await view(e, a, stale)).json().introduction.status).toBe('expired')
    expect((await view(e, b, stale)).json().introduction.status).toBe('expired')
    expect((await act(e, b, stale, 'forward', { note: 'Too late' })).statusCode).toBe(409)
    expect((await view(e, other, moving)).json().introduction.status).toBe('forwarded')
    e.clock.advance(10 * DAY)
    await e.ctx.jobs.runDue()
    expect((await view(e, other, moving)).json().introduction.status).toBe('expired')
    expect((await act(e, other, moving, 'accept')).statusCode).toBe(409)
  })

  it('asks the two introduced once, thirty days on, and their answers reach health, the export and the introducer’s record', async () => {
    const e = env()
    let { a, b, c } = await trio(e)
    const id = await asked(e, a, b, c)
    // Before it is made there is nothing to say.
    expect((await act(e, a, id, 'outcome', { kind: 'job' })).statusCode).toBe(409)
    await act(e, b, id, 'forward', { note: 'You two should talk.' })
    await act(e, c, id, 'accept')
    const questions = async (m: Member) => {
      const r = await call(e.app, 'GET', '/api/introductions/outcome-questions', { as: m })
      expect(r.statusCode, r.body).toBe(200)
      return r.json().items
    }
    await e.ctx.jobs.runDue()
    expect(await questions(a)).toEqual([])
    e.clock.advance(31 * DAY)
    await e.ctx.jobs.runDue()
    await e.ctx.jobs.runDue()
    // Sessions lapse over a month; the members sign in again.
    ;[a, b, c] = [
      await signInAgain(e.app, a),
      await signInAgain(e.app, b),
      await signInAgain(e.app, c),
    ]
    expect((await questions(a)).map((q: { with: { id: string } }) => q.with.id)).toEqual([c.id])
    expect((await questions(c)).map((q: { with: { id: string } }) => q.with.id)).toEqual([a.id])
    expect(await questions(b)).toEqual([])

    expect((await act(e, b, id, 'outcome', { kind: 'deal' })).statusCode).toBe(403)
    expect((await act(e, a, id, 'outcome', { kind: 'promotion' })).statusCode).toBe(400)
    const answered = await act(e, a, id, 'outcome', { kind: 'job', note: 'Started in March' })
    expect(answered.statusCode).toBe(201)
    expect(answered.json()).toMatchObject({ introductionId: id, kind: 'job' })
    expect((await act(e, a, id, 'outcome', { kind: 'deal' })).statusCode).toBe(409)
    expect((await act(e, c, id, 'outcome', { kind: 'meeting' })).statusCode).toBe(201)
    expect(await questions(a)).toEqual([])

    const produced = (await call(e.app, 'GET', '/api/introductions/produced', { as: a })).json()
    expect(produced.counts).toMatchObject({ job: 1, meeting: 0 })
    expect(produced.items[0]).toMatchObject({ kind: 'job', note: 'Started in March' })
    expect(produced.items[0].introducer.id).toBe(b.id)
    const record = (
      await call(e.app, 'GET', '/api/introductions/introducer-record', { as: b })
    ).json()
    expect(record).toMatchObject({ forwarded: 1, accepted: 1, declined: 0, expired: 0 })
    expect(record.outcomes).toMatchObject({ job: 1, meeting: 1, deal: 0 })
    expect(JSON.stringify(record)).not.toContain('March')
    const theirs = (
      await call(e.app, 'GET', '/api/introductions/introducer-record', { as: a })
    ).json()
    expect(theirs.forwarded).toBe(0)

    const health = (await call(e.app, 'GET', '/api/insights/health', { as: a })).json()
    expect(health.outcomesThisYear.job).toBe(1)
    const exported = (await call(e.app, 'GET', '/api/me/export', { as: a })).json()
    expect(exported.outcomes.map((o: { kind: string }) => o.kind)).toContain('job')
  })
})

describeEachDatabase(
  'introduction limits',
  (env) => {
    it('answers 429 with Retry-After past 3 open through one introducer and past the per-requester limit', async () => {
      const e = env()
      const a = await signUp(e.app)
      const [b1, b2] = [await signUp(e.app), await signUp(e.app)]
      for (const introducer of [b1, b2]) {
        await patchMe(e, introducer, { visibility: 'connections' })
        await connect(e, a, introducer)
      }
      const targets: Member[] = []
      for (let i = 0; i < 6; i++) {
        const t = await signUp(e.app)
        await connect(e, i < 4 ? b1 : b2, t)
        targets.push(t)
      }
      const [t1, t2, t3, t4, t5, t6] = targets as [Member, Member, Member, Member, Member, Member]
      const first = await asked(e, a, b1, t1)
      await asked(e, a, b1, t2)
      await asked(e, a, b1, t3)
      const fourth = await ask(e, a, b1, t4)
      expect(fourth.statusCode).toBe(429)
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0)
      await asked(e, a, b2, t5)
      const pastLimit = await ask(e, a, b2, t6)
      expect(pastLimit.statusCode).toBe(429)
      expect(Number(pastLimit.headers['retry-after'])).toBeGreaterThan(0)
      // A decided request no longer counts.
      await act(e, b1, first, 'decline')
      expect((await ask(e, a, b2, t6)).statusCode).toBe(201)
    })
  },
  { openIntroRequests: 4 },
)
