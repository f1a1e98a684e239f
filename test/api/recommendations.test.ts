import { expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

const GLOBEX = { company: 'Globex', from: '2018', to: '2021' }

describeEachDatabase('recommendations', (env) => {
  async function propose(from: Member, to: Member, engagement: object = GLOBEX) {
    const r = await call(env().app, 'POST', '/api/worked-together', {
      as: from,
      body: { member: to.id, ...engagement },
    })
    expect(r.statusCode).toBe(201)
    return r.json().workedTogether as { id: string; status: string }
  }

  async function confirmed(a: Member, b: Member, engagement: object = GLOBEX) {
    const proposal = await propose(a, b, engagement)
    const r = await call(env().app, 'POST', `/api/worked-together/${proposal.id}/confirm`, {
      as: b,
    })
    expect(r.statusCode).toBe(200)
    return proposal.id
  }

  async function recommend(author: Member, subject: Member, extra: object = {}) {
    return await call(env().app, 'POST', '/api/recommendations', {
      as: author,
      body: { for: subject.id, body: 'Ana ran the migration calmly and well.', ...extra },
    })
  }

  async function received(member: Member, query = '') {
    const r = await call(env().app, 'GET', `/api/recommendations?box=received${query}`, {
      as: member,
    })
    expect(r.statusCode).toBe(200)
    return r.json().items as { id: string; status: string }[]
  }

  async function onProfile(viewer: Member, subject: Member) {
    const r = await call(env().app, 'GET', `/api/members/${subject.id}`, { as: viewer })
    expect(r.statusCode).toBe(200)
    return r.json().recommendations as { id: string; engagement: { line: string } }[]
  }

  it('goes from proposal to confirmation to an approved recommendation on the profile', async () => {
    const { app } = env()
    const [a, b, stranger] = [await signUp(app), await signUp(app), await signUp(app)]
    const proposal = await propose(a, b)
    expect(proposal.status).toBe('proposed')
    const theirs = (await call(app, 'GET', '/api/worked-together', { as: b })).json().items
    expect(theirs).toMatchObject([
      { id: proposal.id, direction: 'to_me', member: { id: a.id }, status: 'proposed' },
    ])
    expect((await call(app, 'GET', '/api/worked-together', { as: stranger })).json().items).toEqual(
      [],
    )
    // Only the member it was proposed to may confirm it.
    for (const who of [a, stranger]) {
      expect(
        (await call(app, 'POST', `/api/worked-together/${proposal.id}/confirm`, { as: who }))
          .statusCode,
      ).toBe(404)
    }
    const confirmedNow = await call(app, 'POST', `/api/worked-together/${proposal.id}/confirm`, {
      as: b,
    })
    expect(confirmedNow.json().workedTogether.engagement).toMatchObject({
      confirmed: true,
      line: 'Worked together at Globex, 2018–2021, confirmed by both',
    })

    const written = await recommend(a, b)
    expect(written.statusCode).toBe(201)
    const rec = written.json().recommendation
    expect(rec).toMatchObject({
      author: { id: a.id },
      subject: { id: b.id },
      status: 'pending',
      engagement: {
        id: proposal.id,
        line: 'Worked together at Globex, 2018–2021, confirmed by both',
      },
    })
    // Pending: the two alone see it; the profile does not show it yet.
    expect((await received(b)).map((r) => r.id)).toEqual([rec.id])
    expect((await received(stranger)).map((r) => r.id)).toEqual([])
    expect(await onProfile(stranger, b)).toEqual([])
    expect(await onProfile(b, b)).toEqual([])

    // Nobody but the subject decides on it.
    for (const who of [a, stranger]) {
      expect(
        (await call(app, 'POST', `/api/recommendations/${rec.id}/approve`, { as: who })).statusCode,
      ).toBe(404)
    }
    const approved = await call(app, 'POST', `/api/recommendations/${rec.id}/approve`, { as: b })
    expect(approved.statusCode).toBe(200)
    expect(approved.json().recommendation.status).toBe('approved')
    const shown = await onProfile(stranger, b)
    expect(shown).toMatchObject([
      { id: rec.id, author: { id: a.id }, body: 'Ana ran the migration calmly and well.' },
    ])
    expect(shown[0]?.engagement.line).toBe(
      'Worked together at Globex, 2018–2021, confirmed by both',
    )

    // Hidden later, the author is not told; shown again, it is back.
    await call(app, 'POST', `/api/recommendations/${rec.id}/hide`, { as: b })
    expect(await onProfile(stranger, b)).toEqual([])
    const mine = (await call(app, 'GET', '/api/recommendations?box=written', { as: a })).json()
      .items
    expect(mine).toMatchObject([{ id: rec.id, status: 'approved' }])
    expect(await received(b, '&status=hidden')).toMatchObject([{ id: rec.id }])
    await call(app, 'POST', `/api/recommendations/${rec.id}/unhide`, { as: b })
    expect((await onProfile(stranger, b)).map((r) => r.id)).toEqual([rec.id])
  })

  it('refuses a recommendation without a confirmed engagement, naming what is missing', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const none = await recommend(a, b)
    expect(none.statusCode).toBe(422)
    expect(none.json().type).toBe('/problems/rule_violation')
    expect(none.json().errors).toEqual([
      { path: 'for', message: 'no confirmed worked-together record with this member' },
    ])
    const proposal = await propose(a, b)
    expect((await recommend(a, b)).statusCode).toBe(422)
    expect((await recommend(b, a)).statusCode).toBe(422)
    // A declined proposal allows nothing, and its proposer still sees it as proposed.
    await call(app, 'POST', `/api/worked-together/${proposal.id}/decline`, { as: b })
    expect((await recommend(a, b)).statusCode).toBe(422)
    const asProposer = (await call(app, 'GET', '/api/worked-together', { as: a })).json().items
    expect(asProposer).toMatchObject([{ id: proposal.id, status: 'proposed' }])
    const asOther = (await call(app, 'GET', '/api/worked-together', { as: b })).json().items
    expect(asOther).toMatchObject([{ id: proposal.id, status: 'declined' }])
    expect(
      (await call(app, 'POST', `/api/worked-together/${proposal.id}/confirm`, { as: b }))
        .statusCode,
    ).toBe(409)
  })

  it('allows one recommendation per pair and engagement, and asks which when there are several', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const globex = await confirmed(a, b)
    expect((await recommend(a, b)).statusCode).toBe(201)
    expect((await recommend(a, b)).statusCode).toBe(409)
    // The other way round is a recommendation of its own.
    expect((await recommend(b, a)).statusCode).toBe(201)
    const initech = await confirmed(b, a, { company: 'Initech', from: '2022-01', to: null })
    const ambiguous = await recommend(a, b)
    expect(ambiguous.statusCode).toBe(422)
    expect(ambiguous.json().errors[0].path).toBe('engagement')
    const second = await recommend(a, b, { engagement: initech })
    expect(second.statusCode).toBe(201)
    expect(second.json().recommendation.engagement.line).toBe(
      'Worked together at Initech, since 2022, confirmed by both',
    )
    expect((await recommend(a, b, { engagement: globex })).statusCode).toBe(409)
    expect((await recommend(a, b, { engagement: 'no-such-engagement' })).statusCode).toBe(422)
    expect(
      (
        await call(app, 'POST', '/api/worked-together', {
          as: a,
          body: { member: b.id, ...GLOBEX },
        })
      ).statusCode,
    ).toBe(409)
  })

  it('records writing one as a give in the reciprocity ledger of both', async () => {
    const { app } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    await connect(env(), a, b)
    await confirmed(a, b)
    expect((await recommend(a, b)).statusCode).toBe(201)
    const ledger = async (owner: Member, other: Member) => {
      const contacts = (await call(app, 'GET', '/api/contacts', { as: owner })).json().items
      const contact = contacts.find((c: { memberId: string }) => c.memberId === other.id)
      return (await call(app, 'GET', `/api/contacts/${contact.id}`, { as: owner })).json()
        .reciprocity
    }
    expect(await ledger(a, b)).toMatchObject({ memberGave: 1, contactGave: 0 })
    expect(await ledger(b, a)).toMatchObject({ memberGave: 0, contactGave: 1 })
  })

  it('is refused by a block either way, silently for the blocked side', async () => {
    const e = env() as TestEnv
    const { app } = e
    const [a, b] = [await signUp(app), await signUp(app)]
    await confirmed(a, b)
    await call(app, 'POST', '/api/blocks', { as: b, body: { member: a.id } })
    // The blocked author is not told: the recommendation looks pending to them, forever.
    const written = await recommend(a, b)
    expect(written.statusCode).toBe(201)
    const id = written.json().recommendation.id
    expect(await received(b)).toEqual([])
    expect(
      (await call(app, 'POST', `/api/recommendations/${id}/approve`, { as: b })).statusCode,
    ).toBe(404)
    // The blocked member's proposals are never delivered either.
    const proposal = await propose(a, b, { company: 'Umbrella', from: '2010', to: '2012' })
    const toB = (await call(app, 'GET', '/api/worked-together', { as: b })).json().items
    expect(toB.map((w: { id: string }) => w.id)).not.toContain(proposal.id)
    // The blocker knows whom they blocked, and is simply refused.
    expect((await recommend(b, a)).statusCode).toBe(422)
    expect(
      (
        await call(app, 'POST', '/api/worked-together', {
          as: b,
          body: { member: a.id, company: 'Hooli', from: '2015' },
        })
      ).statusCode,
    ).toBe(422)
  })

  it('takes an approved recommendation off the profile when either blocks the other', async () => {
    const { app } = env()
    const [a, b, viewer] = [await signUp(app), await signUp(app), await signUp(app)]
    await confirmed(a, b)
    const id = (await recommend(a, b)).json().recommendation.id
    await call(app, 'POST', `/api/recommendations/${id}/approve`, { as: b })
    expect((await onProfile(viewer, b)).map((r) => r.id)).toEqual([id])
    await call(app, 'POST', '/api/blocks', { as: a, body: { member: b.id } })
    expect(await onProfile(viewer, b)).toEqual([])
  })

  it('answers the signed-out with 401, bad input with 400, and gives the operator nothing extra', async () => {
    const { app, ctx } = env()
    const [a, b, operator] = [await signUp(app), await signUp(app), await signUp(app)]
    await grantOperator(ctx, operator.email)
    const proposal = await propose(a, b)
    expect((await call(app, 'GET', '/api/worked-together')).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/recommendations')).statusCode).toBe(401)
    expect(
      (await call(app, 'POST', '/api/worked-together', { body: { member: b.id, ...GLOBEX } }))
        .statusCode,
    ).toBe(401)
    expect(
      (await call(app, 'POST', '/api/recommendations', { body: { for: b.id, body: 'x' } }))
        .statusCode,
    ).toBe(401)
    expect(
      (await call(app, 'POST', `/api/worked-together/${proposal.id}/confirm`)).statusCode,
    ).toBe(401)
    for (const body of [
      { member: b.id, company: 'Globex', from: '2021', to: '2018' },
      { member: b.id, company: 'Globex', from: '2021-02-30' },
      { member: b.id, company: '', from: '2018' },
      { member: b.id, company: 'Globex', from: '2018', extra: true },
    ]) {
      expect((await call(app, 'POST', '/api/worked-together', { as: a, body })).statusCode).toBe(
        400,
      )
    }
    expect(
      (
        await call(app, 'POST', '/api/worked-together', {
          as: a,
          body: { member: a.id, ...GLOBEX },
        })
      ).statusCode,
    ).toBe(422)
    expect(
      (
        await call(app, 'POST', '/api/worked-together', {
          as: a,
          body: { member: 'no-such-member', ...GLOBEX },
        })
      ).statusCode,
    ).toBe(404)
    expect((await recommend(a, a)).statusCode).toBe(422)
    expect(
      (await call(app, 'POST', '/api/recommendations', { as: a, body: { for: b.id, body: ' ' } }))
        .statusCode,
    ).toBe(400)
    expect(
      (await call(app, 'GET', '/api/recommendations?box=everything', { as: a })).statusCode,
    ).toBe(400)
    // The operator runs the instance; pending records are still the two members' alone.
    expect((await call(app, 'GET', '/api/worked-together', { as: operator })).json().items).toEqual(
      [],
    )
    expect(
      (await call(app, 'POST', `/api/worked-together/${proposal.id}/confirm`, { as: operator }))
        .statusCode,
    ).toBe(404)
  })

  it('carries records and recommendations in the export, and erasure takes the erased member’s away', async () => {
    const { app } = env()
    const [a, b, viewer] = [await signUp(app), await signUp(app), await signUp(app)]
    const engagement = await confirmed(a, b)
    const byA = (await recommend(a, b)).json().recommendation.id
    const byB = (await recommend(b, a)).json().recommendation.id
    await call(app, 'POST', `/api/recommendations/${byA}/approve`, { as: b })
    await call(app, 'POST', `/api/recommendations/${byB}/approve`, { as: a })

    const exported = (await call(app, 'GET', '/api/me/export', { as: b })).json()
    expect(exported.workedTogether).toMatchObject([
      { id: engagement, direction: 'to_me', status: 'confirmed' },
    ])
    expect(exported.recommendations.received).toMatchObject([{ id: byA, status: 'approved' }])
    expect(exported.recommendations.written).toMatchObject([{ id: byB }])

    // The erased member's words go with them, from the other's profile too.
    expect((await call(app, 'DELETE', '/api/me', { as: a })).statusCode).toBe(204)
    expect(await onProfile(viewer, b)).toEqual([])
    expect(await received(b)).toEqual([])
    const after = (await call(app, 'GET', '/api/me/export', { as: b })).json()
    expect(after.workedTogether).toEqual([])
    expect(after.recommendations).toEqual({ received: [], written: [] })
  })
})
