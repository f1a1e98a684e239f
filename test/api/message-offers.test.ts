import { beforeAll, expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { contactOf } from './message-helpers.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

describeEachDatabase('offers of help', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
    await grantOperator(env().ctx, operator.email)
  })

  async function offer(from: Member, to: Member, kind = 'introduction') {
    return await call(env().app, 'POST', '/api/messages/offers', {
      as: from,
      body: { to: to.id, kind, body: 'I know the CTO at Globex; shall I introduce you?' },
    })
  }

  it('records an accepted offer as a give in the ledgers of both, once', async () => {
    const e = env()
    const [ana, bo] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    const made = await offer(ana, bo)
    expect(made.statusCode).toBe(201)
    const message = made.json().message
    expect(message).toMatchObject({
      kind: 'offer',
      offer: { kind: 'introduction', acceptedAt: null },
    })
    // Nothing is a give until it is accepted.
    expect((await contactOf(e, ana, bo)).reciprocity.given).toBe(0)

    expect(
      (await call(e.app, 'POST', `/api/messages/${message.id}/accept`, { as: ana })).statusCode,
    ).toBe(422)
    const accepted = await call(e.app, 'POST', `/api/messages/${message.id}/accept`, { as: bo })
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().message.offer.acceptedAt).toBe(e.clock.now.toISOString())
    expect(
      (await call(e.app, 'POST', `/api/messages/${message.id}/accept`, { as: bo })).statusCode,
    ).toBe(409)

    const anaSide = (await contactOf(e, ana, bo)).reciprocity
    expect(anaSide).toMatchObject({ given: 1, received: 0 })
    const boSide = (await contactOf(e, bo, ana)).reciprocity
    expect(boSide).toMatchObject({ given: 0, received: 1 })
  })

  it('is for connections only, accepted by the one it was made to, and hidden from anyone else', async () => {
    const e = env()
    const [ana, bo, stranger] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    expect((await offer(ana, stranger)).statusCode).toBe(422)
    expect((await offer(ana, ana)).statusCode).toBe(422)
    const bad = await call(e.app, 'POST', '/api/messages/offers', {
      as: ana,
      body: { to: bo.id, kind: 'money', body: 'hi' },
    })
    expect(bad.statusCode).toBe(400)
    const id = (await offer(ana, bo, 'advice')).json().message.id
    for (const outsider of [stranger, operator]) {
      expect(
        (await call(e.app, 'POST', `/api/messages/${id}/accept`, { as: outsider })).statusCode,
      ).toBe(404)
    }
    expect((await call(e.app, 'POST', `/api/messages/${id}/accept`)).statusCode).toBe(401)
    expect(
      (
        await call(e.app, 'POST', '/api/messages/offers', {
          body: { to: bo.id, kind: 'advice', body: 'x' },
        })
      ).statusCode,
    ).toBe(401)
    // A plain message is no offer.
    const plain = await call(e.app, 'POST', '/api/messages', {
      as: ana,
      body: { to: bo.id, body: 'hi' },
    })
    const plainId = plain.json().message.id
    expect(
      (await call(e.app, 'POST', `/api/messages/${plainId}/accept`, { as: bo })).statusCode,
    ).toBe(422)
  })
})
