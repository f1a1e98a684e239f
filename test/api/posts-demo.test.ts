import { expect, it } from 'vitest'
import { DEMO_LOGIN_EMAIL, DEMO_PASSWORD } from '../../src/demo/community.js'
import { loadDemoCommunity } from '../../src/services/demo/index.js'
import { call, sessionCookieOf } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

interface Group {
  recipients: number
  reads: number
}

describeEachDatabase('the demo’s newsletter and posts', (env) => {
  it('reads the client newsletter by seniority as the seeds say, and fills the feed with a year of posts', async () => {
    const { app, ctx } = env()
    await loadDemoCommunity(ctx, { members: 300, seed: 5 })
    const login = await call(app, 'POST', '/api/auth/login', {
      body: { email: DEMO_LOGIN_EMAIL, password: DEMO_PASSWORD },
    })
    const as = { cookie: sessionCookieOf(login) }
    const issues = (await call(app, 'GET', '/api/newsletters/issues', { as })).json().items
    expect(issues).toHaveLength(12)
    expect(issues.every((i: { status: string }) => i.status === 'sent')).toBe(true)
    expect(issues[0].audience).toEqual({ circle: 'clients' })
    // Over the year, C-level clients read nearly every issue and directors about half.
    const total: Record<string, Group> = {}
    for (const issue of issues) {
      const stats = (
        await call(app, 'GET', `/api/newsletters/issues/${issue.id}/stats`, { as })
      ).json()
      expect(stats.mailOwed).toBe(0)
      for (const [band, group] of Object.entries(stats.bySeniority as Record<string, Group>)) {
        const sum = total[band] ?? { recipients: 0, reads: 0 }
        total[band] = {
          recipients: sum.recipients + group.recipients,
          reads: sum.reads + group.reads,
        }
      }
    }
    const rate = (band: string) => {
      const g = total[band] ?? { recipients: 0, reads: 0 }
      expect(g.recipients).toBeGreaterThanOrEqual(5 * 12)
      return g.reads / g.recipients
    }
    expect(rate('c_level')).toBeGreaterThan(0.75)
    expect(rate('c_level')).toBeLessThan(0.95)
    expect(rate('director')).toBeGreaterThan(0.38)
    expect(rate('director')).toBeLessThan(0.62)
    // The latest issue alone tells the bands apart too, each with five or more recipients.
    const latest = (
      await call(app, 'GET', `/api/newsletters/issues/${issues[0].id}/stats`, { as })
    ).json()
    expect(latest.bySeniority.c_level.readRate).toBeGreaterThan(
      latest.bySeniority.director.readRate,
    )

    // The feed: connections' posts, newest first, some with comments, back a year.
    const feed = (await call(app, 'GET', '/api/feed?limit=100', { as })).json()
    expect(feed.items.length).toBeGreaterThan(20)
    const times = feed.items.map((p: { createdAt: string }) => Date.parse(p.createdAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(feed.items.some((p: { mine: boolean }) => !p.mine)).toBe(true)
    expect(feed.items.some((p: { comments: unknown[] }) => p.comments.length > 0)).toBe(true)
    expect(feed.newCount).toBeGreaterThan(0)
  })
})
