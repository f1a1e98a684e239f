import { expect, it } from 'vitest'
import { recentMail } from '../../src/db/queries/instance.js'
import { scheduleJob } from '../../src/jobs/runner.js'
import { queueMail } from '../../src/services/mail/index.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { transactionalJob } from '../../src/services/transaction.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

describeEachDatabase('a transactional job', (env) => {
  it('commits its writes with its completion: a failure mid-way leaves nothing, and the retry writes once', async () => {
    const { ctx, clock } = env()
    let attempt = 0
    ctx.jobs.define(
      transactionalJob(ctx, {
        kind: 'test.write-then-fail',
        run: async (scoped) => {
          attempt++
          await queueMail(
            scoped.db,
            { to: 'once@example.org', subject: 'Once', text: 'x' },
            clock.now,
          )
          if (attempt === 1) throw new Error('the process died here')
        },
      }),
    )
    await scheduleJob(ctx.db, { kind: 'test.write-then-fail', runAt: clock.now }, clock.now)
    await ctx.jobs.runDue()
    expect((await recentMail(ctx.db, 10)).filter((m) => m.to === 'once@example.org')).toHaveLength(
      0,
    )
    clock.advance(30_000)
    await ctx.jobs.runDue()
    clock.advance(3_600_000)
    await ctx.jobs.runDue()
    expect(attempt).toBe(2)
    expect((await recentMail(ctx.db, 10)).filter((m) => m.to === 'once@example.org')).toHaveLength(
      1,
    )
  })
})

describeEachDatabase('the jobs, for the operator', (env) => {
  it('lists scheduled and failed jobs to the operator alone', async () => {
    const { app, ctx, clock } = env()
    const operator = await signUp(app, { name: 'Operator' })
    await grantOperator(ctx, operator.email)
    const member = await signUp(app, { name: 'Member' })
    await scheduleJob(ctx.db, { kind: 'test.later', runAt: clock.now }, clock.now)
    expect((await call(app, 'GET', '/api/operator/jobs')).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/operator/jobs', { as: member })).statusCode).toBe(403)
    const listed = await call(app, 'GET', '/api/operator/jobs?state=scheduled', { as: operator })
    expect(listed.statusCode).toBe(200)
    expect(listed.json().items.some((j: { kind: string }) => j.kind === 'test.later')).toBe(true)
    expect(JSON.stringify(listed.json())).not.toContain('payload')
    const bad = await call(app, 'GET', '/api/operator/jobs?state=lost', { as: operator })
    expect(bad.statusCode).toBe(400)
  })
})
