import { beforeAll, expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase, type TestEnv } from '../setup/harness.js'
import { putInCircle } from './newsletter-helpers.js'
import { feedIds, sharePost } from './post-helpers.js'
import { connect } from './relationship-helpers.js'

type Member = Awaited<ReturnType<typeof signUp>>

async function read(env: TestEnv, who: Member | undefined, id: string) {
  return await call(env.app, 'GET', `/api/posts/${id}`, who ? { as: who } : {})
}

describeEachDatabase('posts', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  /** An author with a client in a circle, a friend who is a connection outside it, a stranger. */
  async function people() {
    const e = env()
    const [author, client, friend, stranger] = [
      await signUp(e.app, { name: 'Author' }),
      await signUp(e.app, { name: 'Client' }),
      await signUp(e.app, { name: 'Friend' }),
      await signUp(e.app, { name: 'Stranger' }),
    ]
    for (const m of [client, friend]) await connect(e, author, m)
    await putInCircle(e, author, 'clients', [client])
    return { e, author, client, friend, stranger }
  }

  it("puts the posts and comments a member wrote in their export, and nobody else's", async () => {
    const { e, author, client } = await people()
    const post = await sharePost(e, author, { circle: 'clients' }, 'Quarterly notes for clients')
    const hidden = await sharePost(e, author, { allConnections: true }, 'A draft thought')
    await call(e.app, 'POST', `/api/posts/${hidden}/hide`, { as: author })
    const commented = await call(e.app, 'POST', `/api/posts/${post}/comments`, {
      as: client,
      body: { body: 'Thanks, very useful' },
    })
    expect(commented.statusCode).toBe(201)
    const exportOf = async (who: Member) =>
      (await call(e.app, 'GET', '/api/me/export', { as: who })).json().posts
    const mine = await exportOf(author)
    expect(mine.written.map((p: { id: string }) => p.id)).toEqual([post, hidden])
    expect(mine.written[0]).toMatchObject({ audience: 'circle: clients', hiddenAt: null })
    expect(mine.written[1].hiddenAt).not.toBeNull()
    expect(mine.comments).toEqual([])
    const theirs = await exportOf(client)
    expect(theirs.written).toEqual([])
    expect(theirs.comments).toEqual([
      expect.objectContaining({ postId: post, body: 'Thanks, very useful' }),
    ])
  })

  it('shows a circle post to its author and the circle only: 404 for everyone else', async () => {
    const { e, author, client, friend, stranger } = await people()
    const id = await sharePost(e, author, { circle: 'clients' }, 'For clients', {
      title: 'Market notes',
      link: 'https://example.org/report',
    })
    const own = await read(e, author, id)
    expect(own.statusCode).toBe(200)
    expect(own.json()).toMatchObject({
      title: 'Market notes',
      body: 'For clients',
      link: 'https://example.org/report',
      audience: { circle: 'clients' },
      mine: true,
    })
    const seen = await read(e, client, id)
    expect(seen.statusCode).toBe(200)
    expect(seen.json()).toMatchObject({ audience: null, mine: false, author: { name: 'Author' } })
    for (const outsider of [friend, stranger, operator]) {
      expect((await read(e, outsider, id)).statusCode).toBe(404)
      expect(await feedIds(e, outsider)).not.toContain(id)
      const commented = await call(e.app, 'POST', `/api/posts/${id}/comments`, {
        as: outsider,
        body: { body: 'Let me in' },
      })
      expect(commented.statusCode).toBe(404)
      const marked = await call(e.app, 'POST', '/api/feed/read', {
        as: outsider,
        body: { upTo: id },
      })
      expect(marked.statusCode).toBe(404)
    }
    expect((await read(e, undefined, id)).statusCode).toBe(401)
    expect((await call(e.app, 'GET', '/api/feed')).statusCode).toBe(401)
    expect(await feedIds(e, client)).toEqual([id])
    expect(await feedIds(e, author)).toEqual([id])
    // The audience is read as it is now: joining the circle lets the friend in.
    await putInCircle(e, author, 'clients', [friend])
    expect((await read(e, friend, id)).statusCode).toBe(200)
  })

  it('shares with all connections, never with strangers or the operator', async () => {
    const { e, author, client, friend, stranger } = await people()
    const id = await sharePost(e, author, { allConnections: true })
    expect(await feedIds(e, client)).toEqual([id])
    expect(await feedIds(e, friend)).toEqual([id])
    expect(await feedIds(e, stranger)).toEqual([])
    expect(await feedIds(e, operator)).toEqual([])
    // A connection of the friend's sees nothing of the author's: no amplification through them.
    const friendOfFriend = await signUp(e.app)
    await connect(e, friend, friendOfFriend)
    expect(await feedIds(e, friendOfFriend)).toEqual([])
  })

  it('refuses bad input with problems', async () => {
    const { e, author } = await people()
    for (const body of [
      { body: 'x', audience: { allConnections: true }, link: 'javascript:alert(1)' },
      { body: 'x', audience: { allConnections: true }, link: 'ftp://example.org/f' },
      { body: '   ', audience: { allConnections: true } },
      { body: 'x', audience: { circle: '' } },
      { body: 'x', audience: { allConnections: false } },
      { body: 'x', audience: { allConnections: true }, repost: 'abc' },
      { body: 'x'.repeat(10_001), audience: { allConnections: true } },
    ]) {
      const r = await call(e.app, 'POST', '/api/posts', { as: author, body })
      expect(r.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(r.headers['content-type']).toContain('application/problem+json')
    }
    const badCursor = await call(e.app, 'GET', '/api/feed?cursor=nonsense', { as: author })
    expect(badCursor.statusCode).toBe(400)
    expect((await call(e.app, 'GET', '/api/feed?limit=0', { as: author })).statusCode).toBe(400)
  })

  it('drops a connection’s posts from the feed when the connection is removed or a block made', async () => {
    const { e, author, client, friend } = await people()
    const id = await sharePost(e, author, { allConnections: true })
    expect(await feedIds(e, friend)).toEqual([id])
    const removed = await call(e.app, 'DELETE', `/api/connections/${author.id}`, { as: friend })
    expect(removed.statusCode).toBe(200)
    expect(await feedIds(e, friend)).toEqual([])
    expect((await read(e, friend, id)).statusCode).toBe(404)
    // A block either way ends it too, and nothing in the author's view says so.
    expect(await feedIds(e, client)).toEqual([id])
    const blocked = await call(e.app, 'POST', '/api/blocks', {
      as: author,
      body: { member: client.id },
    })
    expect(blocked.statusCode).toBeLessThan(300)
    expect(await feedIds(e, client)).toEqual([])
    expect((await read(e, client, id)).statusCode).toBe(404)
    expect(await feedIds(e, author)).toEqual([id])
  })

  it('pages newest first and ends with caught up; a reposting field does not exist', async () => {
    const { e, author, client } = await people()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push(await sharePost(e, author, { allConnections: true }, `Note ${i}`))
      e.clock.advance(60_000)
    }
    const first = (await call(e.app, 'GET', '/api/feed?limit=2', { as: client })).json()
    expect(first.items.map((p: { id: string }) => p.id)).toEqual([ids[4], ids[3]])
    expect(first.caughtUp).toBe(false)
    const second = (
      await call(e.app, 'GET', `/api/feed?limit=2&cursor=${first.nextCursor}`, { as: client })
    ).json()
    expect(second.items.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1]])
    const third = (
      await call(e.app, 'GET', `/api/feed?limit=2&cursor=${second.nextCursor}`, { as: client })
    ).json()
    expect(third.items.map((p: { id: string }) => p.id)).toEqual([ids[0]])
    expect(third).toMatchObject({ caughtUp: true, nextCursor: null })
  })

  it('remembers where the reader left off, only when told, and only forward', async () => {
    const { e, author, client } = await people()
    const older = await sharePost(e, author, { allConnections: true }, 'Older')
    e.clock.advance(60_000)
    const newer = await sharePost(e, author, { allConnections: true }, 'Newer')
    const feed = async () => (await call(e.app, 'GET', '/api/feed', { as: client })).json()
    expect(await feed()).toMatchObject({ newCount: 2, readUpTo: null })
    // Reading the feed twice marks nothing.
    expect((await feed()).newCount).toBe(2)
    const mark = async (upTo: string) =>
      (await call(e.app, 'POST', '/api/feed/read', { as: client, body: { upTo } })).statusCode
    expect(await mark(newer)).toBe(204)
    const after = await feed()
    expect(after.newCount).toBe(0)
    expect(after.readUpTo).not.toBeNull()
    expect(after.items.map((p: { isNew: boolean }) => p.isNew)).toEqual([false, false])
    // Marking an older post (another window, say) does not move the marker back.
    expect(await mark(older)).toBe(204)
    expect((await feed()).newCount).toBe(0)
    e.clock.advance(60_000)
    const latest = await sharePost(e, author, { allConnections: true }, 'Latest')
    const now = await feed()
    expect(now.newCount).toBe(1)
    expect(now.items.map((p: { id: string; isNew: boolean }) => [p.id, p.isNew])).toEqual([
      [latest, true],
      [newer, false],
      [older, false],
    ])
    // One's own posts are never "new" to oneself.
    expect((await call(e.app, 'GET', '/api/feed', { as: author })).json().newCount).toBe(0)
    expect(await mark('no-such-post')).toBe(404)
  })

  it('lets readers comment, shows comments between connections, and lets the author hide', async () => {
    const { e, author, client, friend } = await people()
    const other = await signUp(e.app, { name: 'Other client' })
    await connect(e, author, other)
    const id = await sharePost(e, author, { allConnections: true })
    const comment = async (who: Member, body: string) =>
      await call(e.app, 'POST', `/api/posts/${id}/comments`, { as: who, body: { body } })
    expect((await comment(client, 'From the client')).statusCode).toBe(201)
    const fromOther = await comment(other, 'From someone the client does not know')
    expect(fromOther.statusCode).toBe(201)
    expect((await comment(author, 'Thanks')).statusCode).toBe(201)
    expect((await comment(client, '')).statusCode).toBe(400)
    const bodies = async (who: Member) =>
      (await read(e, who, id)).json().comments.map((c: { body: string }) => c.body)
    // The author sees all; the client sees the author's and their own, not a stranger's to them.
    expect(await bodies(author)).toEqual([
      'From the client',
      'From someone the client does not know',
      'Thanks',
    ])
    expect(await bodies(client)).toEqual(['From the client', 'Thanks'])
    await connect(e, client, other)
    expect(await bodies(client)).toEqual([
      'From the client',
      'From someone the client does not know',
      'Thanks',
    ])
    // A reader cannot delete someone else's comment; the post's author can.
    const otherComment = fromOther.json().id
    const del = async (who: Member, commentId: string) =>
      (await call(e.app, 'DELETE', `/api/posts/${id}/comments/${commentId}`, { as: who }))
        .statusCode
    expect(await del(client, otherComment)).toBe(404)
    expect(await del(friend, otherComment)).toBe(404)
    expect(await del(author, otherComment)).toBe(204)
    expect(await bodies(author)).toEqual(['From the client', 'Thanks'])
    // Hiding: only the author may, and then only the author can still open it.
    const hide = async (who: Member) =>
      (await call(e.app, 'POST', `/api/posts/${id}/hide`, { as: who })).statusCode
    expect(await hide(client)).toBe(404)
    expect(await hide(operator)).toBe(404)
    expect(await hide(author)).toBe(204)
    expect((await read(e, client, id)).statusCode).toBe(404)
    expect((await comment(client, 'Still there?')).statusCode).toBe(404)
    expect(await feedIds(e, client)).toEqual([])
    expect(await feedIds(e, author)).toEqual([])
    expect((await read(e, author, id)).json().hidden).toBe(true)
    expect((await call(e.app, 'POST', `/api/posts/${id}/unhide`, { as: author })).statusCode).toBe(
      204,
    )
    expect(await feedIds(e, client)).toEqual([id])
  })
})
