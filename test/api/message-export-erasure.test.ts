import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { inbox, send } from './message-helpers.js'
import { connect } from './relationship-helpers.js'

describeEachDatabase('messages in the personal export and after erasure', (env) => {
  it('exports the conversations and their text, and nobody else’s', async () => {
    const e = env()
    const [ana, bo, cy] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    await connect(e, bo, cy)
    const sent = await send(e, ana, bo, 'Our plans for June')
    await send(e, bo, ana, 'Sounds good')
    await send(e, bo, cy, 'Something only for Cy')
    const data = (await call(e.app, 'GET', '/api/me/export', { as: ana })).json()
    expect(data.conversations).toEqual([
      expect.objectContaining({ id: sent.conversationId, with: [bo.id], formerMembers: 0 }),
    ])
    expect(data.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([
      ['me', 'Our plans for June'],
      [bo.id, 'Sounds good'],
    ])
    expect(JSON.stringify(data)).not.toContain('Something only for Cy')
  })

  it('keeps the other side’s copy after erasure, attributed to "a former member"', async () => {
    const e = env()
    const [ana, bo] = [await signUp(e.app), await signUp(e.app)]
    await connect(e, ana, bo)
    const sent = await send(e, ana, bo, 'Before I leave')
    await send(e, bo, ana, 'Safe travels')
    expect((await call(e.app, 'DELETE', '/api/me', { as: ana })).statusCode).toBe(204)

    const box = await inbox(e, bo)
    expect(box.items).toHaveLength(1)
    expect(box.items[0]?.with).toEqual([{ id: null, name: 'a former member', headline: '' }])
    const list = await call(e.app, 'GET', `/api/conversations/${sent.conversationId}/messages`, {
      as: bo,
    })
    const items = list.json().items as {
      body: string
      sender: { id: string | null; name: string }
    }[]
    expect(items.map((m) => [m.sender.name, m.body])).toEqual([
      [expect.stringMatching(/^Member/), 'Safe travels'],
      ['a former member', 'Before I leave'],
    ])
    expect(items[1]?.sender.id).toBeNull()
    expect(JSON.stringify(list.json())).not.toContain(ana.id)
    // Nobody is left to write to.
    const reply = await call(e.app, 'POST', `/api/conversations/${sent.conversationId}/messages`, {
      as: bo,
      body: { body: 'Hello?' },
    })
    expect(reply.statusCode).toBe(422)

    // Once both are gone, nothing of the conversation remains.
    expect((await call(e.app, 'DELETE', '/api/me', { as: bo })).statusCode).toBe(204)
    const left = await e.ctx.db.execute(
      sql`select count(*)::int as n from conversations where id = ${sent.conversationId}`,
    )
    expect((left as unknown as { rows: { n: number }[] }).rows).toEqual([{ n: 0 }])
  })
})
