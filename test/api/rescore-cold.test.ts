import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('rescoring in a process that has not loaded the graph', (env) => {
  // On the embedded database the job's transaction holds the only connection; the graph it reads
  // must be loaded before the transaction opens, or the job waits on itself.
  it('scores a new connection on the first run of the jobs', async () => {
    const { app, ctx } = env()
    const [a, b] = [await signUp(app), await signUp(app)]
    const sent = await call(app, 'POST', '/api/invitations', {
      as: a,
      body: {
        to: b.id,
        note: 'Good to see you at the workshop.',
        howWeMet: { kind: 'met_in_person', place: 'Porto workshop', date: '2025-09' },
      },
    })
    const id = sent.json().invitation.id
    expect((await call(app, 'POST', `/api/invitations/${id}/accept`, { as: b })).statusCode).toBe(
      200,
    )
    expect(await ctx.jobs.runDue()).toBeGreaterThan(0)
    const contacts = (await call(app, 'GET', '/api/contacts', { as: a })).json().items
    expect(contacts.map((c: { memberId: string }) => c.memberId)).toEqual([b.id])
    expect(contacts[0].strength).toBeGreaterThan(0)
  })
})
