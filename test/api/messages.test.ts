import { beforeAll, expect, it } from 'vitest'
import { openConversation } from '../../src/services/messages/index.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { contactOf, inbox, send } from './message-helpers.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>
const HOUR = 3600_000

describeEachDatabase('messages between connections', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
    await grantOperator(env().ctx, operator.email)
  })

  it('lists each conversation with its own newest message and unread count, newest first', async () => {
    const e = env()
    const [ana, bo, cy] = [
      await signUp(e.app, { name: 'Ana' }),
      await signUp(e.app, { name: 'Bo' }),
      await signUp(e.app, { name: 'Cy' }),
    ]
    await connect(e, ana, bo)
    await connect(e, ana, cy)
    for (const body of ['Bo, one', 'Bo, two', 'Bo, three']) {
      await send(e, bo, ana, body)
      e.clock.advance(HOUR)
    }
    await send(e, cy, ana, 'Cy, only')
    e.clock.advance(HOUR)
    await send(e, ana, bo, 'Ana to Bo, last')

    const box = await inbox(e, ana)
    expect(
      box.items.map((c) => ({
        with: c.with[0]?.name,
        last: c.lastMessage?.body,
        unread: c.unread,
      })),
    ).toEqual([
      // Writing into a conversation reads it.
      { with: 'Bo', last: 'Ana to Bo, last', unread: 0 },
      { with: 'Cy', last: 'Cy, only', unread: 1 },
    ])
    expect(box.unreadTotal).toBe(1)
    // The second page names the older conversation's newest message too.
    const page = await inbox(e, ana, '?limit=1')
    const older = await inbox(e, ana, `?limit=1&cursor=${page.next}`)
    expect(older.items.map((c) => c.lastMessage?.body)).toEqual(['Cy, only'])
    expect(older.unreadTotal).toBe(1)
  })

  it('delivers to a connection in one conversation, with unread counts until read', async () => {
    const e = env()
    const [ana, bo] = [await signUp(e.app, { name: 'Ana' }), await signUp(e.app, { name: 'Bo' })]
    await connect(e, ana, bo)
    const first = await send(e, ana, bo, 'Hello Bo')
    e.clock.advance(HOUR)
    const second = await send(e, ana, bo, 'Are you free on Friday?')
    expect(second.conversationId).toBe(first.conversationId)

    const box = await inbox(e, bo)
    expect(box.unreadTotal).toBe(2)
    expect(box.items).toHaveLength(1)
    expect(box.items[0]).toMatchObject({ id: first.conversationId, unread: 2 })
    expect(box.items[0]?.with).toEqual([expect.objectContaining({ id: ana.id, name: 'Ana' })])
    expect((await inbox(e, ana)).unreadTotal).toBe(0)
    const unread = await call(e.app, 'GET', '/api/conversations/unread', { as: bo })
    expect(unread.json()).toEqual({ unreadTotal: 2 })

    const list = await call(e.app, 'GET', `/api/conversations/${first.conversationId}/messages`, {
      as: bo,
    })
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((m: { body: string }) => m.body)).toEqual([
      'Are you free on Friday?',
      'Hello Bo',
    ])
    expect(list.json().items[0]).toMatchObject({ mine: false, sender: { id: ana.id } })

    const read = await call(e.app, 'POST', `/api/conversations/${first.conversationId}/read`, {
      as: bo,
    })
    expect(read.statusCode).toBe(204)
    expect((await inbox(e, bo)).unreadTotal).toBe(0)

    // A reply goes into the same conversation and is unread for Ana only.
    e.clock.advance(HOUR)
    const reply = await call(e.app, 'POST', `/api/conversations/${first.conversationId}/messages`, {
      as: bo,
      body: { body: 'Friday works' },
    })
    expect(reply.statusCode).toBe(201)
    expect(reply.json().message).toMatchObject({ mine: true, body: 'Friday works' })
    expect((await inbox(e, ana)).items[0]?.unread).toBe(1)
    expect((await inbox(e, bo)).unreadTotal).toBe(0)
  })

  it('feeds both relationship records at once: the log, responsiveness and the 48-hour rate', async () => {
    const e = env()
    const [ana, bo] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    await send(e, ana, bo, 'A question for you')
    e.clock.advance(3 * HOUR)
    await send(e, bo, ana, 'An answer for you')
    const anaSide = await contactOf(e, ana, bo)
    expect(anaSide.timeline.map((i: { kind: string }) => i.kind)).toEqual(
      expect.arrayContaining(['message_sent', 'message_received']),
    )
    expect(anaSide.responsiveness).toMatchObject({ sent: 1, answered: 1, answeredWithin48h: 1 })
    expect(anaSide.responsiveness.medianReplyHours).toBe(3)
    const boSide = await contactOf(e, bo, ana)
    expect(boSide.timeline.map((i: { kind: string }) => i.kind)).toEqual(
      expect.arrayContaining(['message_sent', 'message_received']),
    )
    // Bo's message is not answered yet: pending, not counted against Ana.
    expect(boSide.responsiveness).toMatchObject({ sent: 0, pending: 1 })
  })

  it('stores bodies exactly as written, up to 10,000 characters', async () => {
    const e = env()
    const [ana, bo] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    const markup = '  <script>alert(1)</script>\n<b>bold</b> & more  '
    expect((await send(e, ana, bo, markup)).body).toBe(markup)
    expect((await send(e, ana, bo, 'x'.repeat(10_000))).body).toHaveLength(10_000)
    // Characters, not UTF-16 units: 10,000 emoji fit.
    expect((await send(e, ana, bo, '🙂'.repeat(10_000))).body).toBe('🙂'.repeat(10_000))
    for (const body of ['x'.repeat(10_001), '', '   \n\t', 42]) {
      const r = await call(e.app, 'POST', '/api/messages', { as: ana, body: { to: bo.id, body } })
      expect(r.statusCode).toBe(400)
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/)
    }
    const extra = await call(e.app, 'POST', '/api/messages', {
      as: ana,
      body: { to: bo.id, body: 'hi', html: '<b>' },
    })
    expect(extra.statusCode).toBe(400)
  })

  it('refuses oneself and removed connections, sends strangers to requests, and hides conversations with 404', async () => {
    const e = env()
    const [ana, bo, stranger] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    const message = await send(e, ana, bo, 'Only for Bo')
    const id = message.conversationId
    // To anyone but a connection a message is a request (test/api/message-requests.test.ts):
    // it needs a purpose, a member who exists, and someone other than oneself.
    const expected = [
      [stranger.id, 400],
      [ana.id, 422],
      ['no-such-member', 404],
    ] as const
    for (const [to, status] of expected) {
      const r = await call(e.app, 'POST', '/api/messages', { as: ana, body: { to, body: 'hi' } })
      expect(r.statusCode).toBe(status)
    }
    for (const outsider of [stranger, operator]) {
      const paths = [`/api/conversations/${id}`, `/api/conversations/${id}/messages`]
      for (const path of paths) {
        expect((await call(e.app, 'GET', path, { as: outsider })).statusCode).toBe(404)
      }
      const post = await call(e.app, 'POST', `/api/conversations/${id}/messages`, {
        as: outsider,
        body: { body: 'let me in' },
      })
      expect(post.statusCode).toBe(404)
      const read = await call(e.app, 'POST', `/api/conversations/${id}/read`, { as: outsider })
      expect(read.statusCode).toBe(404)
      expect((await inbox(e, outsider)).items).toEqual([])
    }
    const unknown = await call(e.app, 'GET', '/api/conversations/nope/messages', { as: ana })
    expect(unknown.statusCode).toBe(404)

    await call(e.app, 'DELETE', `/api/connections/${bo.id}`, { as: ana })
    const after = await call(e.app, 'POST', `/api/conversations/${id}/messages`, {
      as: bo,
      body: { body: 'still there?' },
    })
    expect(after.statusCode).toBe(422)
    // The history stays readable to both.
    const kept = await call(e.app, 'GET', `/api/conversations/${id}/messages`, { as: bo })
    expect(kept.json().items).toHaveLength(1)
  })

  it('answers 401 to a visitor on every route', async () => {
    const { app } = env()
    const requests: ['GET' | 'POST', string, object?][] = [
      ['POST', '/api/messages', { to: 'x', body: 'hi' }],
      ['GET', '/api/conversations'],
      ['GET', '/api/conversations/unread'],
      ['GET', '/api/conversations/x'],
      ['GET', '/api/conversations/x/messages'],
      ['POST', '/api/conversations/x/messages', { body: 'hi' }],
      ['POST', '/api/conversations/x/read'],
    ]
    for (const [method, url, body] of requests) {
      expect((await call(app, method, url, body === undefined ? {} : { body })).statusCode).toBe(
        401,
      )
    }
  })

  it('pages conversations by their newest message and messages newest first', async () => {
    const e = env()
    const me = await signUp(e.app)
    const others = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    for (const other of others) {
      await connect(e, me, other)
      e.clock.advance(HOUR)
      await send(e, other, me, 'hello')
    }
    // The first one writes again, so their conversation comes first.
    e.clock.advance(HOUR)
    const latest = await send(e, others[0] as Member, me, 'me again')
    const page1 = await inbox(e, me, '?limit=2')
    expect(page1.items).toHaveLength(2)
    expect(page1.items[0]?.id).toBe(latest.conversationId)
    expect(page1.unreadTotal).toBe(4)
    expect(page1.next).toBeDefined()
    const page2 = await inbox(e, me, `?limit=2&cursor=${page1.next}`)
    expect(page2.items).toHaveLength(1)
    expect(page2.next).toBeUndefined()
    const ids = [...page1.items, ...page2.items].map((c) => c.id)
    expect(new Set(ids).size).toBe(3)

    const path = `/api/conversations/${latest.conversationId}/messages`
    const m1 = (await call(e.app, 'GET', `${path}?limit=1`, { as: me })).json()
    expect(m1.items.map((m: { body: string }) => m.body)).toEqual(['me again'])
    const m2 = (await call(e.app, 'GET', `${path}?limit=1&cursor=${m1.next}`, { as: me })).json()
    expect(m2.items.map((m: { body: string }) => m.body)).toEqual(['hello'])
    expect(m2.next).toBeUndefined()

    for (const bad of ['nonsense', Buffer.from('{"at":1}').toString('base64url')]) {
      expect(
        (await call(e.app, 'GET', `/api/conversations?cursor=${bad}`, { as: me })).statusCode,
      ).toBe(400)
      expect((await call(e.app, 'GET', `${path}?cursor=${bad}`, { as: me })).statusCode).toBe(400)
    }
    expect((await call(e.app, 'GET', '/api/conversations?limit=0', { as: me })).statusCode).toBe(
      400,
    )
  })

  it('opens one conversation per pair and a new one for each introduction of three', async () => {
    const e = env()
    const [a, b, c] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    const at = e.clock.read()
    const [pair1, pair2, trio1, trio2] = await e.ctx.db.transaction(async (tx) => [
      await openConversation(tx, [a.id, b.id], 'direct', at),
      await openConversation(tx, [b.id, a.id], 'direct', at),
      await openConversation(tx, [a.id, b.id, c.id], 'introduction', at),
      await openConversation(tx, [a.id, b.id, c.id], 'introduction', at),
    ])
    expect(pair2.id).toBe(pair1.id)
    expect(trio2.id).not.toBe(trio1.id)
    expect(trio1.size).toBe(3)
    // Members of an introduction may write although not all are connected.
    const r = await call(e.app, 'POST', `/api/conversations/${trio1.id}/messages`, {
      as: c,
      body: { body: 'Thanks for the introduction' },
    })
    expect(r.statusCode).toBe(201)
    const boxA = await inbox(e, a)
    const trio = boxA.items.find((i) => i.id === trio1.id)
    expect(trio?.unread).toBe(1)
    expect(trio?.with.map((p) => p.id).sort()).toEqual([b.id, c.id].sort())
  })
})
