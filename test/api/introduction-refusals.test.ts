import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { type Member, PDF, refer, resume, VALUES } from './referral-helpers.js'
import { connect, patchMe } from './relationship-helpers.js'

const DAY = 24 * 3600_000
const NOTE = { note: 'I worked with Ana for years and vouch for her.' }
const dataDir = mkdtempSync(join(tmpdir(), 'rapport-intro-refusals-'))

/** A requester, an introducer who lets connections see whom they know, and the target. */
async function trio(e: TestEnv) {
  const [a, b, c] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
  await patchMe(e, b, { visibility: 'connections' })
  await connect(e, a, b)
  await connect(e, b, c)
  return { a, b, c }
}

async function asked(e: TestEnv, a: Member, b: Member, c: Member): Promise<string> {
  const r = await call(e.app, 'POST', '/api/introductions', {
    as: a,
    body: { via: b.id, target: c.id, ...VALUES },
  })
  expect(r.statusCode, r.body).toBe(201)
  return r.json().introduction.id
}

async function referred(e: TestEnv, a: Member, b: Member, c: Member): Promise<string> {
  const r = await refer(e, a, { via: b.id, target: c.id, ...VALUES }, PDF)
  expect(r.statusCode, r.body).toBe(201)
  return r.json().introduction.id
}

async function act(e: TestEnv, m: Member, id: string, action: string, body = {}) {
  return await call(e.app, 'POST', `/api/introductions/${id}/${action}`, { as: m, body })
}

async function statusFor(e: TestEnv, m: Member, id: string) {
  const r = await call(e.app, 'GET', `/api/introductions/${id}`, { as: m })
  return r.statusCode === 200 ? r.json().introduction.status : r.statusCode
}

async function block(e: TestEnv, who: Member, whom: Member) {
  const r = await call(e.app, 'POST', '/api/blocks', { as: who, body: { member: whom.id } })
  expect(r.statusCode, r.body).toBeLessThan(300)
}

function resumeFiles(): string[] {
  const folder = join(dataDir, 'resumes')
  return existsSync(folder) ? readdirSync(folder) : []
}

describeEachDatabase(
  'introductions after a refusal, and résumés that end with their request',
  (env) => {
    it('withholds a forward from a target who blocked the requester after the request was asked', async () => {
      const e = env()
      const { a, b, c } = await trio(e)
      const id = await asked(e, a, b, c)
      await block(e, c, a)
      const forwarded = await act(e, b, id, 'forward', NOTE)
      expect(forwarded.statusCode, forwarded.body).toBe(200)
      expect(forwarded.json().introduction.status).toBe('forwarded')
      expect(await statusFor(e, a, id)).toBe('forwarded')
      // The target never receives it, and it ends as one nobody answered.
      expect(await statusFor(e, c, id)).toBe(404)
      const offered = await call(e.app, 'GET', '/api/introductions?role=target', { as: c })
      expect(offered.json().items).toEqual([])
      expect((await act(e, c, id, 'accept')).statusCode).toBe(404)
      e.clock.advance(15 * DAY)
      await e.ctx.jobs.runDue()
      expect(await statusFor(e, a, id)).toBe('expired')
    })

    it('stops an acceptance when the requester blocked the target after the forward: no conversation, it reads expired', async () => {
      const e = env()
      const { a, b, c } = await trio(e)
      const id = await asked(e, a, b, c)
      expect((await act(e, b, id, 'forward', NOTE)).statusCode).toBe(200)
      await block(e, a, c)
      expect((await act(e, c, id, 'accept')).statusCode).toBe(409)
      for (const m of [a, b, c]) expect(await statusFor(e, m, id)).toBe('expired')
      const conversations = await call(e.app, 'GET', '/api/conversations', { as: a })
      expect(conversations.json().items).toEqual([])
    })

    it('stops an acceptance when the introducer and the target fell out after the forward', async () => {
      const e = env()
      const { a, b, c } = await trio(e)
      const id = await asked(e, a, b, c)
      await act(e, b, id, 'forward', NOTE)
      await block(e, b, c)
      expect((await act(e, c, id, 'accept')).statusCode).toBe(409)
      expect(await statusFor(e, a, id)).toBe('expired')
    })

    it('removes a referral’s résumé when it is declined by the introducer or the target, or expires', async () => {
      const e = env()
      const { a, b, c } = await trio(e)
      const before = resumeFiles().length
      const byIntroducer = await referred(e, a, b, c)
      expect(resumeFiles().length).toBe(before + 1)
      expect((await act(e, b, byIntroducer, 'decline')).statusCode).toBe(200)
      expect(resumeFiles().length).toBe(before)
      expect((await resume(e, a, byIntroducer)).statusCode).toBe(404)
      const view = await call(e.app, 'GET', `/api/introductions/${byIntroducer}`, { as: a })
      expect(view.json().introduction.resume).toBeNull()

      const byTarget = await referred(e, a, b, c)
      await act(e, b, byTarget, 'forward', NOTE)
      expect((await resume(e, c, byTarget)).statusCode).toBe(200)
      expect((await act(e, c, byTarget, 'decline', { reason: 'Not hiring now' })).statusCode).toBe(
        200,
      )
      expect((await resume(e, c, byTarget)).statusCode).toBe(404)
      expect(resumeFiles().length).toBe(before)

      const unanswered = await referred(e, a, b, c)
      expect(resumeFiles().length).toBe(before + 1)
      e.clock.advance(15 * DAY)
      await e.ctx.jobs.runDue()
      expect(await statusFor(e, a, unanswered)).toBe('expired')
      expect(resumeFiles().length).toBe(before)
    })

    it('keeps an accepted referral’s résumé, and removes it when a party erases their account', async () => {
      const e = env()
      const { a, b, c } = await trio(e)
      const before = resumeFiles().length
      const id = await referred(e, a, b, c)
      await act(e, b, id, 'forward', NOTE)
      expect((await act(e, c, id, 'accept')).statusCode).toBe(200)
      expect((await resume(e, c, id)).statusCode).toBe(200)
      expect(resumeFiles().length).toBe(before + 1)
      // The one hiring leaves: the request goes with them, and the seeker's file too.
      expect((await call(e.app, 'DELETE', '/api/me', { as: c })).statusCode).toBe(204)
      expect(resumeFiles().length).toBe(before)
      expect((await resume(e, a, id)).statusCode).toBe(404)

      const other = await signUp(e.app)
      await connect(e, b, other)
      await referred(e, a, b, other)
      expect(resumeFiles().length).toBe(before + 1)
      expect((await call(e.app, 'DELETE', '/api/me', { as: a })).statusCode).toBe(204)
      expect(resumeFiles().length).toBe(before)
    })

    it('lists the member’s introductions and what they led to in the export, as their part lets them see it', async () => {
      const e = env()
      const { a, b, c } = await trio(e)
      const made = await asked(e, a, b, c)
      await act(e, b, made, 'forward', NOTE)
      await act(e, c, made, 'accept')
      const other = await signUp(e.app)
      await connect(e, b, other)
      const declined = await asked(e, a, b, other)
      await act(e, b, declined, 'decline', { reason: 'Private reason of mine' })
      await e.ctx.jobs.runDue()
      expect((await act(e, a, made, 'outcome', { kind: 'meeting' })).statusCode).toBe(201)

      const mine = (await call(e.app, 'GET', '/api/me/export', { as: a })).json()
      const byId = new Map(mine.introductions.map((i: { id: string }) => [i.id, i]))
      expect(byId.get(made)).toMatchObject({
        role: 'requester',
        status: 'accepted',
        introducerNote: NOTE.note,
        outcome: { kind: 'meeting' },
      })
      expect(byId.get(declined)).toMatchObject({ status: 'not_this_time', declineReason: null })
      expect(JSON.stringify(mine)).not.toContain('Private reason of mine')

      const theirs = (await call(e.app, 'GET', '/api/me/export', { as: b })).json()
      const declinedForB = theirs.introductions.find((i: { id: string }) => i.id === declined)
      expect(declinedForB).toMatchObject({
        role: 'introducer',
        status: 'declined_by_introducer',
        declineReason: 'Private reason of mine',
      })
      const target = (await call(e.app, 'GET', '/api/me/export', { as: other })).json()
      expect(target.introductions).toEqual([])
    })
  },
  { dataDir },
)
