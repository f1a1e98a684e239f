import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { signUpOperator } from './operator-helpers.js'
import { connect } from './relationship-helpers.js'

describeEachDatabase('the operator’s health panel and jobs', (envOf) => {
  it('shows database size, members, ties, the graph build, jobs and the last backup to the operator only', async () => {
    const env = envOf()
    const { app } = env
    const operator = await signUpOperator(env)
    const a = await signUp(app)
    const b = await signUp(app)
    await connect(env, a, b)

    const health = await call(app, 'GET', '/api/operator/health', { as: operator })
    expect(health.statusCode).toBe(200)
    const body = health.json()
    expect(body.database.kind).toBe(env.variant)
    expect(body.database.bytes).toBeGreaterThan(0)
    expect(body.members).toBeGreaterThanOrEqual(3)
    expect(body.ties).toBeGreaterThanOrEqual(1)
    expect(body.graph.members).toBeGreaterThanOrEqual(3)
    expect(body.graph.buildMs).toBeGreaterThanOrEqual(0)
    expect(body.lastBackupAt).toBeNull()

    expect((await call(app, 'GET', '/api/operator/health')).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/operator/jobs')).statusCode).toBe(401)
    for (const who of [a, b]) {
      expect((await call(app, 'GET', '/api/operator/health', { as: who })).statusCode).toBe(403)
      expect((await call(app, 'GET', '/api/operator/jobs', { as: who })).statusCode).toBe(403)
    }
    const jobs = await call(app, 'GET', '/api/operator/jobs', { as: operator })
    expect(jobs.statusCode).toBe(200)
    expect(jobs.json().items.length).toBe(
      body.jobs.scheduled + body.jobs.running + body.jobs.failed,
    )
  })
})
