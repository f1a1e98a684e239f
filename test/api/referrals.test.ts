import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { PDF, refer, resume, VALUES } from './referral-helpers.js'
import { connect, patchMe } from './relationship-helpers.js'

describeEachDatabase(
  'referrals',
  (env) => {
    it('carries a PDF résumé to the three parties only, as an attachment, and the seeker is in the thread', async () => {
      const e = env()
      const [a, b, c] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
      const [outsider, operator] = [await signUp(e.app), await signUp(e.app)]
      await grantOperator(e.ctx, operator.email)
      await patchMe(e, b, { visibility: 'connections' })
      await connect(e, a, b)
      await connect(e, b, c)
      const fields = { via: b.id, target: c.id, ...VALUES }
      const created = await refer(e, a, fields, PDF)
      expect(created.statusCode, created.body).toBe(201)
      const introduction = created.json().introduction
      expect(introduction).toMatchObject({ kind: 'referral', status: 'requested' })
      expect(introduction.resume).toEqual({ name: 'Ana CV.pdf', bytes: PDF.length })
      const id: string = introduction.id

      const forB = await resume(e, b, id)
      expect(forB.statusCode).toBe(200)
      expect(forB.headers['content-type']).toBe('application/pdf')
      expect(forB.headers['content-disposition']).toBe('attachment; filename="Ana CV.pdf"')
      expect(forB.headers['x-content-type-options']).toBe('nosniff')
      expect(forB.rawPayload.equals(PDF)).toBe(true)
      expect((await resume(e, a, id)).statusCode).toBe(200)
      // The target sees nothing before the introducer forwards; nobody else ever does.
      for (const who of [c, outsider, operator])
        expect((await resume(e, who, id)).statusCode).toBe(404)
      expect((await call(e.app, 'GET', `/api/introductions/${id}/resume`)).statusCode).toBe(401)

      await call(e.app, 'POST', `/api/introductions/${id}/forward`, {
        as: b,
        body: { note: 'Ana is the best reliability engineer I have worked with.' },
      })
      expect((await resume(e, c, id)).statusCode).toBe(200)
      const accepted = await call(e.app, 'POST', `/api/introductions/${id}/accept`, { as: c })
      const conversationId = accepted.json().conversationId
      const thread = await call(e.app, 'GET', `/api/conversations/${conversationId}/messages`, {
        as: a,
      })
      expect(thread.statusCode).toBe(200)
      expect(thread.json().items[0].sender.id).toBe(b.id)
      for (const who of [outsider, operator])
        expect((await resume(e, who, id)).statusCode).toBe(404)
    })

    it('refuses what is not a PDF by its content, a résumé over 5 MB, a missing one and a bad request', async () => {
      const e = env()
      const [a, b, c] = [await signUp(e.app), await signUp(e.app), await signUp(e.app)]
      await patchMe(e, b, { visibility: 'connections' })
      await connect(e, a, b)
      await connect(e, b, c)
      const fields = { via: b.id, target: c.id, ...VALUES }
      const html = Buffer.from('<html><script>alert(1)</script></html>')
      expect((await refer(e, a, fields, html)).statusCode).toBe(400)
      const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)])
      expect((await refer(e, a, fields, big)).statusCode).toBe(413)
      expect((await refer(e, a, fields, null)).statusCode).toBe(400)
      expect((await refer(e, a, { ...fields, valueForTarget: 'short' }, PDF)).statusCode).toBe(400)
      const stranger = await signUp(e.app)
      expect((await refer(e, a, { ...fields, target: stranger.id }, PDF)).statusCode).toBe(422)
      expect((await refer(e, null, fields, PDF)).statusCode).toBe(401)
      const requested = await call(e.app, 'GET', '/api/introductions?role=requester', { as: a })
      expect(requested.json().items).toEqual([])
    })
  },
  { dataDir: mkdtempSync(join(tmpdir(), 'rapport-referrals-')) },
)
