import { describe, expect, it } from 'vitest'
import { call, signInAgain, signUp } from '../setup/client.js'
import { TestClock } from '../setup/harness.js'
import { durableTarget, startProcess } from '../setup/restartable.js'
import { selectedVariants } from '../setup/variants.js'
import { connect, patchMe } from './relationship-helpers.js'

const DAY = 24 * 3600_000
const VALUES = {
  valueForTarget: 'Ana has shipped two payment platforms and can review your architecture.',
  valueForRequester: 'I would learn how your team runs its on-call rotation at scale.',
}

describe('introduction jobs across a restart', () => {
  for (const variant of selectedVariants()) {
    it(`expires a request and asks the outcome question exactly once, after a restart [${variant}]`, async () => {
      const target = await durableTarget(variant)
      const clock = new TestClock()
      const first = await startProcess(target, clock)
      const e1 = first.env
      let [a, b, c, d] = [
        await signUp(e1.app),
        await signUp(e1.app),
        await signUp(e1.app),
        await signUp(e1.app),
      ]
      await patchMe(e1, b, { visibility: 'connections' })
      await connect(e1, a, b)
      await connect(e1, b, c)
      await connect(e1, b, d)
      const ask = async (to: string) => {
        const r = await call(e1.app, 'POST', '/api/introductions', {
          as: a,
          body: { via: b.id, target: to, ...VALUES },
        })
        if (r.statusCode !== 201) throw new Error(r.body)
        return r.json().introduction.id as string
      }
      const made = await ask(c.id)
      const stale = await ask(d.id)
      await call(e1.app, 'POST', `/api/introductions/${made}/forward`, {
        as: b,
        body: { note: 'Worth meeting.' },
      })
      expect(
        (await call(e1.app, 'POST', `/api/introductions/${made}/accept`, { as: c })).statusCode,
      ).toBe(200)
      await first.stop()

      clock.advance(31 * DAY)
      const second = await startProcess(target, clock)
      const e2 = second.env
      try {
        ;[a, b, c, d] = [
          await signInAgain(e2.app, a),
          await signInAgain(e2.app, b),
          await signInAgain(e2.app, c),
          await signInAgain(e2.app, d),
        ]
        // @NOTE The graph is loaded before the jobs run: on the embedded database, a rescore job
        // that loads a cold graph inside its transaction waits on its own single connection.
        await e2.ctx.network.get()
        await e2.ctx.jobs.runDue()
        await e2.ctx.jobs.runDue()
        const questionsOf = async (m: typeof a) =>
          (await call(e2.app, 'GET', '/api/introductions/outcome-questions', { as: m })).json()
            .items as { introductionId: string }[]
        expect((await questionsOf(a)).map((q) => q.introductionId)).toEqual([made])
        expect((await questionsOf(c)).map((q) => q.introductionId)).toEqual([made])
        const staleView = await call(e2.app, 'GET', `/api/introductions/${stale}`, { as: a })
        expect(staleView.json().introduction.status).toBe('expired')
        // Nothing is left to run for either: running again changes nothing.
        expect(await e2.ctx.jobs.runDue()).toBe(0)
        expect((await questionsOf(a)).map((q) => q.introductionId)).toEqual([made])
        const record = await call(e2.app, 'GET', '/api/introductions/introducer-record', {
          as: b,
        })
        expect(record.json()).toMatchObject({ forwarded: 1, accepted: 1 })
      } finally {
        await second.stop()
      }
      // A database on disk, opened twice, on a machine that may be busy: generous, never asserted.
    }, 600_000)
  }
})
