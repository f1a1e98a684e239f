import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { closeTestEnv, createTestEnv, describeEachDatabase } from '../setup/harness.js'
import { selectedVariants } from '../setup/variants.js'
import { send } from './message-helpers.js'
import { connect } from './relationship-helpers.js'
import { openStream } from './stream-reader.js'

describeEachDatabase('the live stream of messages', (env) => {
  it('tells the recipient of a new message and of their unread total, and no one else', async () => {
    const e = env()
    const [ana, bo, stranger] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    const boStream = await openStream(e.app, bo.cookie)
    const strangerStream = await openStream(e.app, stranger.cookie)
    try {
      expect(boStream.status).toBe(200)
      expect(boStream.contentType).toMatch(/^text\/event-stream/)
      expect(await boStream.next()).toEqual({ event: 'unread', data: { unreadTotal: 0 } })
      expect(await strangerStream.next()).toEqual({ event: 'unread', data: { unreadTotal: 0 } })
      const sent = await send(e, ana, bo, '<script>alert(1)</script> hello')
      const arrived = await boStream.next((x) => x.event === 'message')
      expect(arrived.data).toMatchObject({
        unreadTotal: 1,
        message: { id: sent.id, body: '<script>alert(1)</script> hello', mine: false },
      })
      // Reading in another window brings the total down in this one.
      await call(e.app, 'POST', `/api/conversations/${sent.conversationId}/read`, { as: bo })
      expect(await boStream.next()).toEqual({ event: 'unread', data: { unreadTotal: 0 } })
      // The stranger's stream got nothing of it: the next thing it hears is its own message.
      const [other] = [await signUp(e.app)]
      await connect(e, other, stranger)
      await send(e, other, stranger, 'for the stranger')
      const own = await strangerStream.next()
      expect(own.event).toBe('message')
      expect(own.data).toMatchObject({ message: { body: 'for the stranger' } })
    } finally {
      boStream.close()
      strangerStream.close()
    }
  })

  it('answers a visitor 401 and a plain request with the unread total as JSON', async () => {
    const e = env()
    const visitor = await call(e.app, 'GET', '/api/stream', {
      headers: { accept: 'text/event-stream' },
    })
    expect(visitor.statusCode).toBe(401)
    const [ana, bo] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    await send(e, ana, bo, 'hi')
    const plain = await call(e.app, 'GET', '/api/stream', { as: bo })
    expect(plain.statusCode).toBe(200)
    expect(plain.json()).toEqual({ unreadTotal: 1 })
  })
})

for (const variant of selectedVariants()) {
  it(`ends open streams when the server closes, so they never hold a shutdown open [${variant}]`, async () => {
    const e = await createTestEnv(variant)
    try {
      const member = await signUp(e.app)
      const stream = await openStream(e.app, member.cookie)
      await stream.next()
      await e.app.close()
      await stream.ended
      expect(await stream.next().catch((error: Error) => error.message)).toMatch(/ended/)
    } finally {
      await closeTestEnv(e)
    }
  })
}

for (const variant of selectedVariants().filter((v) => v === 'postgres')) {
  it('carries a message posted through one app process to a stream open on another', async () => {
    const first = await createTestEnv(variant)
    const url = first.database.url
    if (url === undefined) throw new Error('no database URL')
    const second = await createTestEnv(variant, {}, url)
    try {
      const [ana, bo] = [await signUp(first.app), await signUp(first.app)]
      await connect(first, ana, bo)
      const stream = await openStream(second.app, bo.cookie)
      try {
        expect(await stream.next()).toEqual({ event: 'unread', data: { unreadTotal: 0 } })
        const started = Date.now()
        const sent = await send(first, ana, bo, 'through the first process')
        const arrived = await stream.next((x) => x.event === 'message')
        expect(arrived.data).toMatchObject({ unreadTotal: 1, message: { id: sent.id } })
        // For the record (not asserted: timing depends on the machine's load).
        process.stderr.write(
          `a message reached the other process's stream in ${Date.now() - started} ms\n`,
        )
      } finally {
        stream.close()
      }
    } finally {
      await closeTestEnv(second)
      await closeTestEnv(first)
    }
  })
}
