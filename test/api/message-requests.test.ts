import { expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signInAgain, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { inbox } from './message-helpers.js'
import { befriend, connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>
const DAY_MS = 86_400_000

interface TrayItem {
  id: string
  from: { id: string }
  purpose: string
  body: string
  score: number
  reasons: { code: string; words: string; weight: number }[]
}

async function request(e: TestEnv, from: Member, to: Member, body: string, purpose = 'advice') {
  return await call(e.app, 'POST', '/api/messages', {
    as: from,
    body: { to: to.id, body, purpose },
  })
}

async function tray(e: TestEnv, member: Member): Promise<TrayItem[]> {
  const r = await call(e.app, 'GET', '/api/message-requests', { as: member })
  expect(r.statusCode).toBe(200)
  return r.json().items
}

async function sentStatuses(e: TestEnv, member: Member): Promise<string[]> {
  const r = await call(e.app, 'GET', '/api/message-requests/sent', { as: member })
  expect(r.statusCode).toBe(200)
  return r.json().items.map((i: { status: string }) => i.status)
}

describeEachDatabase('message requests', (env) => {
  it('lands a non-connection’s message in the tray, never the inbox, and a reply opens the conversation', async () => {
    const e = env()
    const [student, me] = [await signUp(e.app), await signUp(e.app)]
    const sent = await request(e, student, me, 'Could I ask you about your thesis on graph search?')
    expect(sent.statusCode).toBe(201)
    expect(sent.json().request).toMatchObject({
      to: { id: me.id },
      status: 'delivered',
      purpose: 'advice',
    })
    expect((await inbox(e, me)).items).toEqual([])

    const [item] = await tray(e, me)
    expect(item).toMatchObject({ from: { id: student.id }, score: 0, reasons: [] })
    expect((await call(e.app, 'GET', '/api/message-requests/count', { as: me })).json()).toEqual({
      open: 1,
    })
    // The sender's own tray holds nothing: the request is the recipient's.
    expect(await tray(e, student)).toEqual([])
    expect(await sentStatuses(e, student)).toEqual(['delivered'])

    const reply = await call(e.app, 'POST', `/api/message-requests/${item?.id}/reply`, {
      as: me,
      body: { body: 'Happy to — what is the question?' },
    })
    expect(reply.statusCode).toBe(201)
    const conversationId = reply.json().conversationId
    for (const member of [me, student]) {
      expect((await inbox(e, member)).items.map((c) => c.id)).toEqual([conversationId])
      const messages = await call(e.app, 'GET', `/api/conversations/${conversationId}/messages`, {
        as: member,
      })
      expect(
        messages
          .json()
          .items.map((m: { body: string }) => m.body)
          .sort(),
      ).toEqual([
        'Could I ask you about your thesis on graph search?',
        'Happy to — what is the question?',
      ])
    }
    expect(await sentStatuses(e, student)).toEqual(['answered'])
    expect(await tray(e, me)).toEqual([])
    // Answered once: a second reply finds nothing.
    const again = await call(e.app, 'POST', `/api/message-requests/${item?.id}/reply`, {
      as: me,
      body: { body: 'twice' },
    })
    expect(again.statusCode).toBe(404)
  })

  it('needs a purpose, a real recipient other than oneself, and a valid body', async () => {
    const e = env()
    const [me, other] = [await signUp(e.app), await signUp(e.app)]
    const bare = await call(e.app, 'POST', '/api/messages', {
      as: me,
      body: { to: other.id, body: 'hello' },
    })
    expect(bare.statusCode).toBe(400)
    expect(bare.json().errors[0].path).toBe('purpose')
    expect((await request(e, me, other, 'hi', 'gossip')).statusCode).toBe(400)
    expect((await request(e, me, me, 'hi')).statusCode).toBe(422)
    expect(
      (
        await call(e.app, 'POST', '/api/messages', {
          as: me,
          body: { to: 'no-such-member', body: 'hi', purpose: 'job' },
        })
      ).statusCode,
    ).toBe(404)
    expect((await request(e, me, other, '   ')).statusCode).toBe(400)
    expect(await tray(e, other)).toEqual([])
  })

  it('allows one request per recipient per 30 days, with Retry-After', async () => {
    const e = env()
    const [me, other] = [await signUp(e.app), await signUp(e.app)]
    expect((await request(e, me, other, 'First')).statusCode).toBe(201)
    e.clock.advance(DAY_MS)
    const second = await request(e, me, other, 'Second')
    expect(second.statusCode).toBe(429)
    expect(Number(second.headers['retry-after'])).toBe(29 * 86_400)
    e.clock.advance(29 * DAY_MS)
    const back = await signInAgain(e.app, me)
    expect((await request(e, back, other, 'A month later')).statusCode).toBe(201)
  })

  it('orders the tray by the triage score and says every reason in words', async () => {
    const e = env()
    const me = await signUp(e.app)
    const [vendor, student, opener] = [
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    await call(e.app, 'PATCH', '/api/me', { as: student, body: { flags: { student: true } } })
    await request(
      e,
      vendor,
      me,
      'Our platform saves teams 30%. Can we book a demo next week?',
      'sales',
    )
    await request(e, opener, me, "Let's connect and explore synergies!", 'other')
    await request(
      e,
      student,
      me,
      'I am writing my thesis on tie strength. Could I ask two questions?',
    )
    const items = await tray(e, me)
    expect(items.map((i) => i.from.id)).toEqual([student.id, opener.id, vendor.id])
    expect(items[0]?.reasons).toEqual([{ code: 'student', words: 'They are a student', weight: 3 }])
    expect(items[1]?.reasons.map((r) => r.code)).toEqual(['opener'])
    const pitch = items[2]?.reasons.find((r) => r.code === 'pitch')
    expect(pitch?.words).toMatch(/^Reads like a sales or investment pitch \("/)
    for (const item of items) {
      expect(item.score).toBe(item.reasons.reduce((s, r) => s + r.weight, 0))
    }
    const page = await call(e.app, 'GET', '/api/message-requests?limit=2', { as: me })
    expect(page.json().items).toHaveLength(2)
    expect(page.json().total).toBe(3)
    const rest = await call(
      e.app,
      'GET',
      `/api/message-requests?limit=2&cursor=${page.json().next}`,
      {
        as: me,
      },
    )
    expect(rest.json().items.map((i: TrayItem) => i.from.id)).toEqual([vendor.id])
  })

  it('counts mutual strong ties and offers warm paths instead of a reply', async () => {
    const e = env()
    const [me, friend, sender, loner] = [
      await signUp(e.app, { name: 'Me' }),
      await signUp(e.app, { name: 'Fatima Friend' }),
      await signUp(e.app),
      await signUp(e.app),
    ]
    await befriend(e, me, friend)
    await befriend(e, friend, sender)
    await request(e, sender, me, 'Fatima suggested I write to you about the Lisbon meetup.')
    await request(e, loner, me, 'Hello there')
    const items = await tray(e, me)
    const warm = items.find((i) => i.from.id === sender.id)
    expect(warm?.reasons[0]).toMatchObject({ code: 'mutual_strong_ties', weight: 3 })
    expect(warm?.reasons[0]?.words).toContain('Fatima Friend')
    expect(items[0]?.from.id).toBe(sender.id)

    const paths = await call(e.app, 'GET', `/api/message-requests/${warm?.id}/warm-paths`, {
      as: me,
    })
    expect(paths.statusCode).toBe(200)
    expect(paths.json().paths[0].via).toEqual([friend.id])
    // The request stays open for the introductions flow or a reply.
    expect((await tray(e, me)).map((i) => i.id)).toContain(warm?.id)
    const cold = items.find((i) => i.from.id === loner.id)
    const none = await call(e.app, 'GET', `/api/message-requests/${cold?.id}/warm-paths`, {
      as: me,
    })
    expect(none.statusCode).toBe(422)
  })

  it('never tells the sender of a dismissal or a block, and delivers nothing from a blocked sender', async () => {
    const e = env()
    const [me, pest, pitcher] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await request(e, pitcher, me, 'Book a demo?', 'sales')
    await request(e, pest, me, 'Hello?')
    const items = await tray(e, me)
    const fromPitcher = items.find((i) => i.from.id === pitcher.id)
    const fromPest = items.find((i) => i.from.id === pest.id)
    const dismissed = await call(
      e.app,
      'POST',
      `/api/message-requests/${fromPitcher?.id}/dismiss`,
      {
        as: me,
      },
    )
    expect(dismissed.statusCode).toBe(204)
    const blocked = await call(e.app, 'POST', `/api/message-requests/${fromPest?.id}/block`, {
      as: me,
    })
    expect(blocked.statusCode).toBe(204)
    expect(await tray(e, me)).toEqual([])
    expect(await sentStatuses(e, pitcher)).toEqual(['delivered'])
    expect(await sentStatuses(e, pest)).toEqual(['delivered'])
    const blocks = await call(e.app, 'GET', '/api/blocks', { as: me })
    expect(blocks.json().items.map((b: { member: { id: string } }) => b.member.id)).toEqual([
      pest.id,
    ])

    // A month later the blocked sender gets the same answer as anyone, and nothing arrives.
    e.clock.advance(31 * DAY_MS)
    const [pestAgain, meAgain] = [await signInAgain(e.app, pest), await signInAgain(e.app, me)]
    const later = await request(e, pestAgain, meAgain, 'Me again')
    expect(later.statusCode).toBe(201)
    expect(later.json().request.status).toBe('delivered')
    expect(await tray(e, meAgain)).toEqual([])
    expect(await sentStatuses(e, pestAgain)).toEqual(['delivered', 'delivered'])
    const ids = (await call(e.app, 'GET', '/api/message-requests/sent', { as: pestAgain })).json()
      .items
    const hidden = await call(e.app, 'POST', `/api/message-requests/${ids[0].id}/reply`, {
      as: meAgain,
      body: { body: 'no' },
    })
    expect(hidden.statusCode).toBe(404)
  })

  it('expires unanswered requests silently after 30 days', async () => {
    const e = env()
    const [me, other] = [await signUp(e.app), await signUp(e.app)]
    await request(e, other, me, 'Are you hiring?', 'job')
    const [item] = await tray(e, me)
    e.clock.advance(29 * DAY_MS)
    expect((await tray(e, me)).map((i) => i.id)).toEqual([item?.id])
    expect(await sentStatuses(e, other)).toEqual(['delivered'])
    e.clock.advance(DAY_MS + 1000)
    // Sessions last 30 days too: sign in again, as a member would.
    const [meAgain, otherAgain] = [await signInAgain(e.app, me), await signInAgain(e.app, other)]
    expect(await tray(e, meAgain)).toEqual([])
    const count = await call(e.app, 'GET', '/api/message-requests/count', { as: meAgain })
    expect(count.json().open).toBe(0)
    const late = await call(e.app, 'POST', `/api/message-requests/${item?.id}/reply`, {
      as: meAgain,
      body: { body: 'Sorry, late' },
    })
    expect(late.statusCode).toBe(404)
    expect(await sentStatuses(e, otherAgain)).toEqual(['delivered'])
  })

  it('lets only the recipient act on a request: 404 to the sender, a stranger and the operator; 401 signed out', async () => {
    const e = env()
    const [me, sender, stranger, operator] = [
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    await grantOperator(e.ctx, operator.email)
    await request(e, sender, me, 'Could you look at my CV?', 'job')
    const [item] = await tray(e, me)
    const actions = [
      ['POST', 'reply', { body: 'hi' }],
      ['POST', 'dismiss', undefined],
      ['POST', 'block', undefined],
      ['GET', 'warm-paths', undefined],
    ] as const
    for (const outsider of [sender, stranger, operator]) {
      for (const [method, action, body] of actions) {
        const r = await call(e.app, method, `/api/message-requests/${item?.id}/${action}`, {
          as: outsider,
          ...(body === undefined ? {} : { body }),
        })
        expect(r.statusCode).toBe(404)
      }
      expect(await tray(e, outsider)).toEqual([])
    }
    for (const [method, action, body] of actions) {
      const r = await call(e.app, method, `/api/message-requests/${item?.id}/${action}`, {
        ...(body === undefined ? {} : { body }),
      })
      expect(r.statusCode).toBe(401)
    }
    for (const path of [
      '/api/message-requests',
      '/api/message-requests/sent',
      '/api/message-requests/count',
    ]) {
      expect((await call(e.app, 'GET', path)).statusCode).toBe(401)
    }
    expect(
      (
        await call(e.app, 'POST', '/api/messages', {
          body: { to: me.id, body: 'x', purpose: 'job' },
        })
      ).statusCode,
    ).toBe(401)
    expect(await sentStatuses(e, stranger)).toEqual([])
    // Nothing changed for the recipient.
    expect((await tray(e, me)).map((i) => i.id)).toEqual([item?.id])
  })

  it('still sends a message to a connection into the conversation, with no purpose needed', async () => {
    const e = env()
    const [a, b] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, a, b)
    const r = await call(e.app, 'POST', '/api/messages', { as: a, body: { to: b.id, body: 'hi' } })
    expect(r.statusCode).toBe(201)
    expect(r.json().message.body).toBe('hi')
    expect(await tray(e, b)).toEqual([])
  })
  it('keeps a conversation opened by a reply open to both, until either blocks the other', async () => {
    const e = env()
    const [student, me, stranger] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await request(e, student, me, 'Could I ask about your thesis?')
    const [item] = await tray(e, me)
    const reply = await call(e.app, 'POST', `/api/message-requests/${item?.id}/reply`, {
      as: me,
      body: { body: 'Sure, ask away.' },
    })
    const conversationId = reply.json().conversationId
    const path = `/api/conversations/${conversationId}/messages`
    expect((await inbox(e, me)).items[0]).toMatchObject({ id: conversationId, origin: 'request' })

    // Both keep writing in it, though they are not connected, and no new request is opened.
    const more = await call(e.app, 'POST', path, { as: student, body: { body: 'Which chapter?' } })
    expect(more.statusCode).toBe(201)
    const back = await call(e.app, 'POST', path, { as: me, body: { body: 'The third.' } })
    expect(back.statusCode).toBe(201)
    const direct = await call(e.app, 'POST', '/api/messages', {
      as: student,
      body: { to: me.id, body: 'Thank you!' },
    })
    expect(direct.statusCode).toBe(201)
    expect(direct.json().message.conversationId).toBe(conversationId)
    expect(await tray(e, me)).toEqual([])
    const bodies = (await call(e.app, 'GET', path, { as: student }))
      .json()
      .items.map((m: { body: string }) => m.body)
    expect(bodies).toEqual([
      'Thank you!',
      'The third.',
      'Which chapter?',
      'Sure, ask away.',
      'Could I ask about your thesis?',
    ])

    // A stranger, the signed-out and the operator cannot write in it.
    expect(
      (await call(e.app, 'POST', path, { as: stranger, body: { body: 'hi' } })).statusCode,
    ).toBe(404)
    expect((await call(e.app, 'POST', path, { body: { body: 'hi' } })).statusCode).toBe(401)
    const operator = await signUp(e.app)
    await grantOperator(e.ctx, operator.email)
    expect(
      (await call(e.app, 'POST', path, { as: operator, body: { body: 'hi' } })).statusCode,
    ).toBe(404)

    // Once the recipient blocks the sender, neither can write in it any more.
    const blocked = await call(e.app, 'POST', '/api/blocks', {
      as: me,
      body: { member: student.id },
    })
    expect(blocked.statusCode).toBeLessThan(300)
    for (const member of [student, me]) {
      const refused = await call(e.app, 'POST', path, { as: member, body: { body: 'still?' } })
      expect(refused.statusCode).toBe(422)
    }
    // A message through /api/messages becomes a request again, which a block silences.
    const silenced = await call(e.app, 'POST', '/api/messages', {
      as: student,
      body: { to: me.id, body: 'Hello?', purpose: 'advice' },
    })
    expect(silenced.json().message).toBeUndefined()
    expect(await tray(e, me)).toEqual([])
  })
})

describeEachDatabase(
  'message requests per day',
  (env) => {
    it('limits a sender to RAPPORT_MESSAGE_REQUESTS_PER_DAY requests overall, with Retry-After', async () => {
      const e = env()
      const me = await signUp(e.app)
      const others = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
      expect((await request(e, me, others[0] as Member, 'one')).statusCode).toBe(201)
      e.clock.advance(3600_000)
      expect((await request(e, me, others[1] as Member, 'two')).statusCode).toBe(201)
      const third = await request(e, me, others[2] as Member, 'three')
      expect(third.statusCode).toBe(429)
      expect(Number(third.headers['retry-after'])).toBe(23 * 3600)
      e.clock.advance(23 * 3600_000 + 1000)
      expect((await request(e, me, others[2] as Member, 'three')).statusCode).toBe(201)
    })
  },
  { messageRequestsPerDay: 2 },
)
