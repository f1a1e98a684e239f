import { beforeAll, expect, it } from 'vitest'
import { createMailTransport } from '../../src/mail/transport.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { parseMail, startSmtpSink } from '../setup/smtp-sink.js'
import { putInCircle, sendIssue, setTitle } from './newsletter-helpers.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

async function read(env: TestEnv, who: Member | undefined, id: string) {
  return await call(env.app, 'GET', `/api/newsletters/issues/${id}`, who ? { as: who } : {})
}

describeEachDatabase('newsletters', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  /** An author with two clients in a circle, a friend who is a connection outside it, a stranger. */
  async function audience() {
    const e = env()
    const [author, c1, c2, friend, stranger] = [
      await signUp(e.app, { name: 'Author' }),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
      await signUp(e.app),
    ]
    for (const m of [c1, c2, friend]) await connect(e, author, m)
    await putInCircle(e, author, 'clients', [c1, c2])
    return { e, author, c1, c2, friend, stranger }
  }

  it('reaches only its circle: everyone else gets 404, even after the send job runs again', async () => {
    const { e, author, c1, c2, friend, stranger } = await audience()
    const id = await sendIssue(e, author, { circle: 'clients' })
    expect(await e.ctx.jobs.runDue()).toBeGreaterThan(0)
    for (const member of [author, c1, c2]) {
      const r = await read(e, member, id)
      expect(r.statusCode).toBe(200)
      expect(r.json().html).toContain('<strong>up</strong>')
    }
    expect((await read(e, author, id)).json().audience).toEqual({ circle: 'clients' })
    expect((await read(e, c1, id)).json().audience).toBeNull()
    for (const outsider of [friend, stranger, operator]) {
      expect((await read(e, outsider, id)).statusCode).toBe(404)
      const marked = await call(e.app, 'POST', `/api/newsletters/issues/${id}/read`, {
        as: outsider,
      })
      expect(marked.statusCode).toBe(404)
      expect(
        (await call(e.app, 'GET', `/api/newsletters/issues/${id}/stats`, { as: outsider }))
          .statusCode,
      ).toBe(404)
      const received = (
        await call(e.app, 'GET', '/api/newsletters/received', { as: outsider })
      ).json()
      expect(received.items).toEqual([])
    }
    expect((await read(e, undefined, id)).statusCode).toBe(401)
    // A second send, a retry of the job and a member joining the circle later widen nothing.
    expect(
      (await call(e.app, 'POST', `/api/newsletters/issues/${id}/send`, { as: author })).statusCode,
    ).toBe(409)
    await putInCircle(e, author, 'clients', [friend])
    await e.ctx.jobs.runDue()
    expect((await read(e, friend, id)).statusCode).toBe(404)
    const received = (await call(e.app, 'GET', '/api/newsletters/received', { as: c1 })).json()
    expect(received.items).toEqual([
      expect.objectContaining({ id, subject: 'Monthly client notes', read: false }),
    ])
    // The outbox holds one mail per recipient, and none for anyone else.
    const stats = (
      await call(e.app, 'GET', `/api/newsletters/issues/${id}/stats`, { as: author })
    ).json()
    expect(stats).toMatchObject({ recipients: 2, mailed: 2, mailOwed: 0 })
  })

  it('sends to all connections, and refuses an audience with nobody in it', async () => {
    const { e, author, c1, friend, stranger } = await audience()
    const id = await sendIssue(e, author, { allConnections: true })
    expect((await read(e, friend, id)).statusCode).toBe(200)
    expect((await read(e, c1, id)).statusCode).toBe(200)
    expect((await read(e, stranger, id)).statusCode).toBe(404)
    const empty = await call(e.app, 'POST', '/api/newsletters/issues', {
      as: author,
      body: { subject: 'x', markdown: 'y', audience: { circle: 'nobody' } },
    })
    const sent = await call(e.app, 'POST', `/api/newsletters/issues/${empty.json().id}/send`, {
      as: author,
    })
    expect(sent.statusCode).toBe(422)
  })

  it('counts in-app reads by recipients only, and e-mail link visits apart', async () => {
    const { e, author, c1, c2 } = await audience()
    const id = await sendIssue(e, author, { circle: 'clients' })
    for (let i = 0; i < 2; i++) {
      expect(
        (await call(e.app, 'POST', `/api/newsletters/issues/${id}/read`, { as: c1 })).statusCode,
      ).toBe(204)
    }
    await call(e.app, 'POST', `/api/newsletters/issues/${id}/read`, { as: author })
    const stats = (
      await call(e.app, 'GET', `/api/newsletters/issues/${id}/stats`, { as: author })
    ).json()
    expect(stats).toMatchObject({ recipients: 2, reads: 1, readRate: 0.5, emailLinkVisits: 0 })
    // Two recipients are too few to tell anything by band or circle.
    expect(stats.byCircle.clients).toEqual({
      recipients: 2,
      reads: 0,
      readRate: null,
      note: 'too few to tell',
    })
    expect(Object.keys(stats.bySeniority).sort()).toEqual([
      'c_level',
      'director',
      'individual_contributor',
      'manager',
      'student',
      'unknown',
      'vp',
    ])
    const forged = await call(e.app, 'POST', '/api/newsletters/email-visits', {
      body: { token: `${id}.${c2.id}.visit.forged` },
    })
    expect(forged.statusCode).toBe(204)
    const after = (
      await call(e.app, 'GET', `/api/newsletters/issues/${id}/stats`, { as: author })
    ).json()
    expect(after.emailLinkVisits).toBe(0)
  })

  it('gives read rates by seniority band where five or more received it', async () => {
    const e = env()
    const author = await signUp(e.app, { name: 'Connector' })
    const chiefs: Member[] = []
    const directors: Member[] = []
    for (let i = 0; i < 5; i++) {
      const chief = await signUp(e.app)
      await setTitle(e, chief, 'Chief Executive Officer')
      chiefs.push(chief)
      const director = await signUp(e.app)
      await setTitle(e, director, 'Director of Sales')
      directors.push(director)
    }
    const vp = await signUp(e.app)
    await setTitle(e, vp, 'VP Finance')
    for (const m of [...chiefs, ...directors, vp]) await connect(e, author, m)
    await putInCircle(e, author, 'clients', [...chiefs, ...directors, vp])
    const id = await sendIssue(e, author, { circle: 'clients' })
    for (const m of [...chiefs.slice(0, 4), ...directors.slice(0, 2), vp]) {
      await call(e.app, 'POST', `/api/newsletters/issues/${id}/read`, { as: m })
    }
    const stats = (
      await call(e.app, 'GET', `/api/newsletters/issues/${id}/stats`, { as: author })
    ).json()
    expect(stats.bySeniority.c_level).toEqual({
      recipients: 5,
      reads: 4,
      readRate: 0.8,
      note: null,
    })
    expect(stats.bySeniority.director).toEqual({
      recipients: 5,
      reads: 2,
      readRate: 0.4,
      note: null,
    })
    expect(stats.bySeniority.vp).toMatchObject({
      recipients: 1,
      readRate: null,
      note: 'too few to tell',
    })
    expect(stats.byCircle.clients).toMatchObject({ recipients: 11, reads: 7 })
  })

  it('renders safely: no raw HTML, no javascript links, in the preview and the issue', async () => {
    const { e, author, c1 } = await audience()
    const markdown =
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) [ok](https://example.org)'
    const preview = await call(e.app, 'POST', '/api/newsletters/preview', {
      as: author,
      body: { markdown },
    })
    expect(preview.statusCode).toBe(200)
    const id = await sendIssue(e, author, { circle: 'clients' }, markdown)
    for (const html of [preview.json().html, (await read(e, c1, id)).json().html]) {
      expect(html).not.toContain('<script')
      expect(html).not.toContain('href="javascript:')
      expect(html).toContain('href="https://example.org/"')
    }
    expect(
      (await call(e.app, 'POST', '/api/newsletters/preview', { body: { markdown } })).statusCode,
    ).toBe(401)
    const bad = await call(e.app, 'POST', '/api/newsletters/issues', {
      as: author,
      body: { subject: '', markdown: 'x', audience: { circle: 'clients', allConnections: true } },
    })
    expect(bad.statusCode).toBe(400)
  })

  it('mails valid messages over SMTP whose one-click unsubscribe works without a session, and a GET does not', async () => {
    const { e, author, c1, c2 } = await audience()
    await e.ctx.jobs.runDue()
    const sink = await startSmtpSink()
    const previous = e.ctx.mail
    e.ctx.mail = createMailTransport(sink.url, 'Rapport <rapport@localhost>')
    try {
      const id = await sendIssue(e, author, { circle: 'clients' })
      await e.ctx.jobs.runDue()
      expect(sink.received.flatMap((m) => m.to).sort()).toEqual([c1.email, c2.email].sort())
      const mail = await parseMail(sink.received.find((m) => m.to.includes(c1.email))!)
      expect(mail.subject).toBe('Monthly client notes')
      expect(mail.text).toContain('Hiring is **up** this quarter.')
      expect(mail.html).toContain('<strong>up</strong>')
      expect(mail.html).not.toContain('<img')
      expect(mail.messageId).toBe(`<newsletter.${id}.${c1.id}@127.0.0.1>`)
      const headerOf = (key: string) =>
        mail.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, '')
      expect(headerOf('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      const header = headerOf('list-unsubscribe') ?? ''
      expect(header).toMatch(/^<http.*>$/)
      const url = new URL(header.replace(/^<|>$/g, ''))
      // A link scanner's GET shows a button and unsubscribes nobody.
      const link = `${url.pathname}${url.search}`
      const page = await call(e.app, 'GET', link)
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('<form method="post">')
      const tampered = await e.app.inject({
        method: 'POST',
        url: `${link.slice(0, -3)}abc`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      })
      expect(tampered.statusCode).toBe(404)
      const second = await sendIssue(e, author, { circle: 'clients' })
      const beforeUnsubscribe = (
        await call(e.app, 'GET', `/api/newsletters/issues/${second}/stats`, { as: author })
      ).json()
      expect(beforeUnsubscribe.unsubscribed).toBe(0)
      await call(e.app, 'POST', `/api/newsletters/issues/${second}/pause`, { as: author })
      // The mail client's one-click POST: no cookie, no Origin of ours.
      const posted = await e.app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      })
      expect(posted.statusCode).toBe(200)
      await call(e.app, 'POST', `/api/newsletters/issues/${second}/resume`, { as: author })
      await e.ctx.jobs.runDue()
      const toC1 = sink.received.filter((m) => m.to.includes(c1.email))
      const toC2 = sink.received.filter((m) => m.to.includes(c2.email))
      expect(toC1).toHaveLength(1)
      expect(toC2).toHaveLength(2)
      // Still delivered in the app.
      expect((await read(e, c1, second)).statusCode).toBe(200)
      const stats = (
        await call(e.app, 'GET', `/api/newsletters/issues/${second}/stats`, { as: author })
      ).json()
      expect(stats).toMatchObject({ recipients: 2, mailed: 1, unsubscribed: 1, mailOwed: 0 })
    } finally {
      e.ctx.mail?.close()
      e.ctx.mail = previous
      await sink.close()
    }
  })

  it('pauses and resumes without skipping or repeating anyone', async () => {
    const e = env()
    const author = await signUp(e.app)
    const people: Member[] = []
    for (let i = 0; i < 6; i++) people.push(await signUp(e.app))
    for (const m of people) await connect(e, author, m)
    await putInCircle(e, author, 'partners', people)
    await e.ctx.jobs.runDue()
    const sink = await startSmtpSink()
    const previous = e.ctx.mail
    const transport = createMailTransport(sink.url, 'Rapport <rapport@localhost>')
    if (transport === null) throw new Error('no transport')
    let sentBeforePause = 0
    // Pauses from inside the send, after the third mail, as an author's click would land mid-send.
    e.ctx.mail = {
      send: async (mail) => {
        await transport.send(mail)
        sentBeforePause++
        if (sentBeforePause === 3) {
          await call(e.app, 'POST', `/api/newsletters/issues/${id}/pause`, { as: author })
        }
      },
      close: () => transport.close(),
    }
    let id = ''
    try {
      const created = await call(e.app, 'POST', '/api/newsletters/issues', {
        as: author,
        body: { subject: 'Partners', markdown: 'Hello', audience: { circle: 'partners' } },
      })
      id = created.json().id
      await call(e.app, 'POST', `/api/newsletters/issues/${id}/send`, { as: author })
      await e.ctx.jobs.runDue()
      expect(sink.received).toHaveLength(3)
      const paused = (
        await call(e.app, 'GET', `/api/newsletters/issues/${id}`, { as: author })
      ).json()
      expect(paused.status).toBe('paused')
      const resumed = await call(e.app, 'POST', `/api/newsletters/issues/${id}/resume`, {
        as: author,
      })
      expect(resumed.json()).toEqual({ status: 'sending', recipients: 3 })
      await e.ctx.jobs.runDue()
      const to = sink.received.flatMap((m) => m.to).sort()
      expect(to).toEqual(people.map((p) => p.email).sort())
      const done = (
        await call(e.app, 'GET', `/api/newsletters/issues/${id}`, { as: author })
      ).json()
      expect(done.status).toBe('sent')
    } finally {
      e.ctx.mail = previous
      transport.close()
      await sink.close()
    }
  })
})
