import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

const howWeMet = { kind: 'other', detail: 'We have never met' } as const

describeEachDatabase('open networkers', (env) => {
  it('labels invitations from likely open networkers, with reasons, and lists them for the operator only', async () => {
    const { app, ctx } = env()
    const operator = await signUp(app, { name: 'First Operator' })
    const lion = await signUp(app, { name: 'Leo Lion' })
    const ordinary = await signUp(app, { name: 'Olive Ordinary' })
    const invitee = await signUp(app)
    await call(app, 'PATCH', '/api/me', { as: lion, body: { flags: { openNetworker: true } } })
    for (const sender of [lion, ordinary]) {
      const r = await call(app, 'POST', '/api/invitations', {
        as: sender,
        body: { to: invitee.id, note: 'Connect with me', howWeMet },
      })
      expect(r.statusCode).toBe(201)
    }
    await ctx.network.refreshLions()
    const received = (
      await call(app, 'GET', '/api/invitations?box=received', { as: invitee })
    ).json().items
    const bySender = new Map(received.map((i: { from: string }) => [i.from, i]))
    const labelled = bySender.get(lion.id) as {
      senderOpenNetworker: { score: number; reasons: string[] }
    }
    expect(labelled.senderOpenNetworker.score).toBeGreaterThanOrEqual(0.5)
    expect(labelled.senderOpenNetworker.reasons.join(' ')).toMatch(/open networker/i)
    expect(
      (bySender.get(ordinary.id) as { senderOpenNetworker: unknown }).senderOpenNetworker,
    ).toBeNull()

    const list = await call(app, 'GET', '/api/operator/open-networkers', { as: operator })
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((i: { member: { id: string } }) => i.member.id)).toEqual([lion.id])
    expect(
      (await call(app, 'GET', '/api/operator/open-networkers', { as: invitee })).statusCode,
    ).toBe(403)
    expect((await call(app, 'GET', '/api/operator/open-networkers')).statusCode).toBe(401)
  })
})

describeEachDatabase('open networkers among prune suggestions', (env) => {
  it('suggests pruning a connection the community scan flags, saying why', async () => {
    const { app, ctx } = env()
    const member = await signUp(app)
    const lion = await signUp(app, { name: 'Lena Lion' })
    await call(app, 'PATCH', '/api/me', { as: lion, body: { flags: { openNetworker: true } } })
    const sent = await call(app, 'POST', '/api/invitations', {
      as: lion,
      body: { to: member.id, note: 'Connect with me', howWeMet },
    })
    await call(app, 'POST', `/api/invitations/${sent.json().invitation.id}/accept`, { as: member })
    const before = (await call(app, 'GET', '/api/insights/prune', { as: member })).json().items
    const reasonsBefore = before.flatMap((i: { reasons: string[] }) => i.reasons).join(' ')
    expect(reasonsBefore).not.toMatch(/open networker/i)
    await ctx.network.refreshLions()
    const after = (await call(app, 'GET', '/api/insights/prune', { as: member })).json().items
    const suggestion = after.find(
      (i: { contact: { name: string } }) => i.contact.name === 'Lena Lion',
    )
    expect(suggestion.reasons.join(' ')).toMatch(/open networker/i)
  })
})
