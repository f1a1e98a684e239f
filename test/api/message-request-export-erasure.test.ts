import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'

type Member = Awaited<ReturnType<typeof signUp>>

async function request(e: TestEnv, from: Member, to: Member, body: string, purpose = 'advice') {
  const r = await call(e.app, 'POST', '/api/messages', {
    as: from,
    body: { to: to.id, body, purpose },
  })
  expect(r.statusCode).toBe(201)
  return r.json().request as { id: string }
}

async function exported(e: TestEnv, member: Member) {
  const r = await call(e.app, 'GET', '/api/me/export', { as: member })
  expect(r.statusCode).toBe(200)
  return r.json()
}

async function trayIds(e: TestEnv, member: Member): Promise<string[]> {
  const r = await call(e.app, 'GET', '/api/message-requests', { as: member })
  return r.json().items.map((i: { id: string }) => i.id)
}

async function requestRows(e: TestEnv): Promise<number> {
  const r = await e.ctx.db.execute(sql`select count(*)::int as n from message_requests`)
  return (r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1
}

describeEachDatabase('message requests in the personal export and after erasure', (env) => {
  it('exports what the member sent as they see it and what they received with its triage', async () => {
    const e = env()
    const [me, student, pitcher, pest, other] = [
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    const asked = await request(e, student, me, 'Could I ask about your thesis?')
    const pitched = await request(e, pitcher, me, 'Our platform will 10x your sales', 'sales')
    await request(e, other, student, 'Something only for the student')
    const dismissed = await call(e.app, 'POST', `/api/message-requests/${pitched.id}/dismiss`, {
      as: me,
    })
    expect(dismissed.statusCode).toBe(204)
    const blocked = await call(e.app, 'POST', '/api/blocks', { as: me, body: { member: pest.id } })
    expect(blocked.statusCode).toBeLessThan(300)
    // Sent after the block: kept for the sender's own view, never delivered.
    const silent = await request(e, pest, me, 'Are you ignoring me?')

    const mine = await exported(e, me)
    expect(mine.messageRequests.sent).toEqual([])
    expect(
      mine.messageRequests.received.map((r: { id: string; from: string; dismissedAt: unknown }) => [
        r.id,
        r.from,
        r.dismissedAt !== null,
      ]),
    ).toEqual([
      [asked.id, student.id, false],
      [pitched.id, pitcher.id, true],
    ])
    expect(mine.messageRequests.received[1]).toMatchObject({ purpose: 'sales', answeredAt: null })
    expect(JSON.stringify(mine)).not.toContain('Are you ignoring me?')

    // The sender learns nothing from their export that the app would not tell them.
    const theirs = await exported(e, pitcher)
    expect(theirs.messageRequests).toEqual({
      sent: [
        {
          id: pitched.id,
          to: me.id,
          purpose: 'sales',
          body: 'Our platform will 10x your sales',
          status: 'delivered',
          createdAt: expect.any(String),
        },
      ],
      received: [],
    })
    const pests = await exported(e, pest)
    expect(pests.messageRequests.sent).toEqual([
      expect.objectContaining({ id: silent.id, status: 'delivered' }),
    ])
    expect(JSON.stringify(pests)).not.toMatch(/dismiss|silent|score/i)

    const students = await exported(e, student)
    expect(students.messageRequests.sent).toEqual([
      expect.objectContaining({ id: asked.id, status: 'delivered' }),
    ])
    expect(students.messageRequests.received.map((r: { body: string }) => r.body)).toEqual([
      'Something only for the student',
    ])
    expect(JSON.stringify(students)).not.toContain('10x your sales')
  })

  it('says "answered" once replied to, and the request lives on as the conversation', async () => {
    const e = env()
    const [me, student] = [await signUp(e.app), await signUp(e.app)]
    const asked = await request(e, student, me, 'May I ask one question?')
    const reply = await call(e.app, 'POST', `/api/message-requests/${asked.id}/reply`, {
      as: me,
      body: { body: 'Of course' },
    })
    expect(reply.statusCode).toBe(201)
    const conversationId = reply.json().conversationId
    expect((await exported(e, student)).messageRequests.sent).toEqual([
      expect.objectContaining({ id: asked.id, status: 'answered' }),
    ])
    expect((await exported(e, me)).messageRequests.received).toEqual([
      expect.objectContaining({ id: asked.id, conversationId, answeredAt: expect.any(String) }),
    ])

    // Erasing the sender removes the request; its text stays in the conversation, attributed.
    expect((await call(e.app, 'DELETE', '/api/me', { as: student })).statusCode).toBe(204)
    expect((await exported(e, me)).messageRequests.received).toEqual([])
    const list = await call(e.app, 'GET', `/api/conversations/${conversationId}/messages`, {
      as: me,
    })
    expect(
      list
        .json()
        .items.map((m: { sender: { name: string }; body: string }) => [m.sender.name, m.body]),
    ).toEqual([
      [expect.stringMatching(/^Member/), 'Of course'],
      ['a former member', 'May I ask one question?'],
    ])
    expect(JSON.stringify(list.json())).not.toContain(student.id)
  })

  it('removes open requests with either side’s erasure, from the tray and the sender’s list', async () => {
    const e = env()
    const [me, sender, recipient] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    const before = await requestRows(e)
    const toMe = await request(e, sender, me, 'Would love your advice')
    await request(e, me, recipient, 'A question for you')
    expect(await trayIds(e, me)).toEqual([toMe.id])
    expect((await call(e.app, 'GET', '/api/message-requests/count', { as: me })).json()).toEqual({
      open: 1,
    })

    expect((await call(e.app, 'DELETE', '/api/me', { as: sender })).statusCode).toBe(204)
    expect(await trayIds(e, me)).toEqual([])
    expect((await call(e.app, 'GET', '/api/message-requests/count', { as: me })).json()).toEqual({
      open: 0,
    })

    expect((await call(e.app, 'DELETE', '/api/me', { as: recipient })).statusCode).toBe(204)
    const sent = await call(e.app, 'GET', '/api/message-requests/sent', { as: me })
    expect(sent.json().items).toEqual([])
    expect((await exported(e, me)).messageRequests).toEqual({ sent: [], received: [] })
    expect(await requestRows(e)).toBe(before)
  })

  it('is the member’s own: signed out the export is refused', async () => {
    const e = env()
    expect((await call(e.app, 'GET', '/api/me/export')).statusCode).toBe(401)
  })
})
