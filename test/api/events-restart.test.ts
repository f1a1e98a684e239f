import { describe, expect, it } from 'vitest'
import { signInAgain, signUp } from '../setup/client.js'
import { TestClock } from '../setup/harness.js'
import { durableTarget, startProcess } from '../setup/restartable.js'
import { selectedVariants } from '../setup/variants.js'
import { HOUR, hostEvent, invite, noticesOf, rsvp, viewEvent } from './event-helpers.js'

describe('the waitlist across a restart', () => {
  for (const variant of selectedVariants()) {
    it(`passes a lapsed offer on exactly once, after a restart [${variant}]`, async () => {
      const target = await durableTarget(variant)
      const clock = new TestClock()
      const first = await startProcess(target, clock)
      const e1 = first.env
      let [host, a, b, c] = [
        await signUp(e1.app, { name: 'Host' }),
        await signUp(e1.app),
        await signUp(e1.app),
        await signUp(e1.app),
      ]
      await invite(e1, host, 'mixer', [a, b, c])
      const id = await hostEvent(e1, host, { capacity: 1 })
      await rsvp(e1, a, id, 'yes')
      await rsvp(e1, b, id, 'yes')
      clock.advance(60_000)
      await rsvp(e1, c, id, 'yes')
      await rsvp(e1, a, id, 'no')
      expect((await viewEvent(e1, b, id)).json().myRsvp.status).toBe('offered')
      await first.stop()

      clock.advance(49 * HOUR)
      const second = await startProcess(target, clock)
      const e2 = second.env
      try {
        ;[host, a, b, c] = [
          await signInAgain(e2.app, host),
          await signInAgain(e2.app, a),
          await signInAgain(e2.app, b),
          await signInAgain(e2.app, c),
        ]
        await e2.ctx.network.get()
        await e2.ctx.jobs.runDue()
        await e2.ctx.jobs.runDue()
        expect((await viewEvent(e2, b, id)).json().myRsvp.status).toBe('no')
        expect((await viewEvent(e2, c, id)).json().myRsvp.status).toBe('offered')
        const lapsed = (await noticesOf(e2, b)).filter((n) => n.kind === 'offer_lapsed')
        expect(lapsed).toHaveLength(1)
        const offers = (await noticesOf(e2, c)).filter((n) => n.kind === 'offered')
        expect(offers).toHaveLength(1)
        // Running again changes nothing: the lapsed offer passed on once.
        await e2.ctx.jobs.runDue()
        expect((await noticesOf(e2, c)).filter((n) => n.kind === 'offered')).toHaveLength(1)
        expect((await viewEvent(e2, c, id)).json().myRsvp.status).toBe('offered')
      } finally {
        await second.stop()
      }
    }, 600_000)
  }
})
