import { expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

const metAt = { kind: 'met_in_person', place: 'Lisbon meetup', date: '2025-05' } as const

describeEachDatabase('blocks', (env) => {
  it('silences a blocked member’s invitations without telling them, and is undone by unblocking', async () => {
    const { app } = env()
    const [me, pest] = [await signUp(app), await signUp(app)]
    expect(
      (await call(app, 'POST', '/api/blocks', { as: me, body: { member: pest.id } })).statusCode,
    ).toBe(204)
    // Blocking twice is harmless.
    expect(
      (await call(app, 'POST', '/api/blocks', { as: me, body: { member: pest.id } })).statusCode,
    ).toBe(204)

    const sent = await call(app, 'POST', '/api/invitations', {
      as: pest,
      body: { to: me.id, note: 'We met in Lisbon.', howWeMet: metAt },
    })
    expect(sent.statusCode).toBe(201)
    expect(sent.json().invitation.status).toBe('pending')
    const received = await call(app, 'GET', '/api/invitations?box=received', { as: me })
    expect(received.json().items).toEqual([])

    const list = await call(app, 'GET', '/api/blocks', { as: me })
    expect(list.json().items.map((b: { member: { id: string } }) => b.member.id)).toEqual([pest.id])
    expect((await call(app, 'GET', '/api/blocks', { as: pest })).json().items).toEqual([])

    expect((await call(app, 'DELETE', `/api/blocks/${pest.id}`, { as: me })).statusCode).toBe(204)
    expect((await call(app, 'DELETE', `/api/blocks/${pest.id}`, { as: me })).statusCode).toBe(404)
    expect((await call(app, 'GET', '/api/blocks', { as: me })).json().items).toEqual([])
  })

  it('refuses bad targets and the signed-out, and is nobody else’s to see — not even the operator’s', async () => {
    const { app, ctx } = env()
    const [me, other, operator] = [await signUp(app), await signUp(app), await signUp(app)]
    await grantOperator(ctx, operator.email)
    expect(
      (await call(app, 'POST', '/api/blocks', { as: me, body: { member: me.id } })).statusCode,
    ).toBe(422)
    expect(
      (await call(app, 'POST', '/api/blocks', { as: me, body: { member: 'no-such-member' } }))
        .statusCode,
    ).toBe(404)
    expect((await call(app, 'POST', '/api/blocks', { as: me, body: {} })).statusCode).toBe(400)
    expect(
      (await call(app, 'POST', '/api/blocks', { body: { member: other.id } })).statusCode,
    ).toBe(401)
    expect((await call(app, 'GET', '/api/blocks')).statusCode).toBe(401)
    await call(app, 'POST', '/api/blocks', { as: me, body: { member: other.id } })
    expect((await call(app, 'GET', '/api/blocks', { as: operator })).json().items).toEqual([])
    const exported = (await call(app, 'GET', '/api/me/export', { as: me })).json()
    expect(exported.blocks.map((b: { memberId: string }) => b.memberId)).toEqual([other.id])
  })
})
