import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, expect, it } from 'vitest'
import { allContactsOf } from '../../src/db/queries/contacts.js'
import { importsOf } from '../../src/db/queries/imports.js'
import type { MemberId } from '../../src/ids.js'
import { importContactsFile } from '../../src/services/imports/import-contacts.js'
import { importLinkedIn } from '../../src/services/imports/import-linkedin.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { upload, waitForImport, zipOf } from './import-helpers.js'
import { connect } from './relationship-helpers.js'

const fixtures = fileURLToPath(new URL('../fixtures/imports/', import.meta.url))
const export2024 = join(fixtures, 'linkedin', 'export-2024')
type Member = Awaited<ReturnType<typeof signUp>>
describeEachDatabase('imports', (env) => {
  let operator: Member
  beforeAll(async () => {
    operator = await signUp(env().app, { name: 'Operator' })
  })

  it('imports a LinkedIn export once: a second import adds nothing', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    const first = await importLinkedIn(ctx, owner.id, export2024)
    expect(first.imported.connections).toBeGreaterThan(0)
    expect(first.imported.messages).toBeGreaterThan(0)
    expect(first.imported.positions).toBeGreaterThan(0)
    // The member signed up with a name of their own: Profile.csv's row is merged, not taken.
    expect(first.unchanged).toBe(1)
    const second = await importLinkedIn(ctx, owner.id, export2024)
    expect(Object.values(second.imported).every((n) => n === 0)).toBe(true)
    // Every row read is found again, but for those skipped; contacts met only in messages are
    // not rows of their own.
    expect(second.files).toEqual(
      first.files.map((f) => ({ ...f, imported: 0, merged: f.imported + f.merged })),
    )
    expect(second.unchanged).toBe(first.files.reduce((n, f) => n + f.rows - f.skipped, 0))
    expect(second.skipped).toEqual(first.skipped)
    const contacts = (await call(app, 'GET', '/api/contacts?limit=200', { as: owner })).json()
    expect(contacts.items).toHaveLength(first.imported.connections + first.imported.contacts)
  })

  it('reports every skipped row with its file, physical line and reason', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    const result = await importLinkedIn(ctx, owner.id, export2024)
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ file: 'Connections.csv', line: 6, reason: 'empty-row' }),
    )
    expect(result.skipped).toContainEqual(
      expect.objectContaining({ file: 'messages.csv', line: 5, reason: 'draft' }),
    )
  })

  it('links an imported connection to the member with that e-mail', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    const chiara = await signUp(app, { name: 'Chiara R', email: `chiara@example.com` })
    await connect(env(), owner, chiara)
    await call(app, 'GET', '/api/contacts', { as: owner })
    const result = await importLinkedIn(ctx, owner.id, export2024)
    const contacts = await allContactsOf(ctx.db, owner.id)
    const linked = contacts.filter((c) => c.memberId === chiara.id)
    expect(linked).toHaveLength(1)
    expect(linked[0]?.importKey).toMatch(/^url:/)
    expect(contacts).toHaveLength(1 + result.imported.connections + result.imported.contacts)
  })

  it('leaves nothing behind when an import fails half-way', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    const controller = new AbortController()
    await expect(
      importLinkedIn(ctx, owner.id, export2024, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.file.endsWith('messages.csv')) controller.abort(new Error('the disk went away'))
        },
      }),
    ).rejects.toThrow('the disk went away')
    expect(await allContactsOf(ctx.db, owner.id)).toEqual([])
    const [run] = await importsOf(ctx.db, owner.id)
    expect(run).toMatchObject({ status: 'failed', error: 'the disk went away' })
  })

  it('imports vCards idempotently', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    const file = join(fixtures, 'vcard', 'mixed-2.1.vcf')
    const first = await importContactsFile(ctx, owner.id as MemberId, file, 'vcard')
    expect(first.imported.contacts).toBeGreaterThan(1)
    const second = await importContactsFile(ctx, owner.id as MemberId, file, 'vcard')
    expect(second.imported.contacts).toBe(0)
    expect(second.unchanged).toBe(first.imported.contacts)
  })

  it('takes an export zip over HTTP and reports progress, counts and skips to its owner only', async () => {
    const e = env()
    const [owner, other] = [await signUp(e.app), await signUp(e.app)]
    const started = await upload(e, owner, await zipOf(export2024))
    expect(started.statusCode).toBe(202)
    const id = started.json().importId
    const done = await waitForImport(e, owner, id)
    expect(done.status).toBe('done')
    expect(done.counts.connections).toBeGreaterThan(0)
    expect(done.skipped).toContainEqual(
      expect.objectContaining({ file: 'Export/Connections.csv', line: 6 }),
    )
    expect(done.files).toContainEqual({
      file: 'Export/Connections.csv',
      encoding: 'utf-8',
      rows: 7,
      imported: 5,
      merged: 0,
      skipped: 2,
    })
    for (const who of [other, operator]) {
      expect((await call(e.app, 'GET', `/api/imports/${id}`, { as: who })).statusCode).toBe(404)
    }
    expect((await call(e.app, 'GET', `/api/imports/${id}`)).statusCode).toBe(401)
    const list = (await call(e.app, 'GET', '/api/imports', { as: owner })).json().items
    expect(list.map((i: { id: string }) => i.id)).toEqual([id])
    // The report says circles are the next step until one contact is in one.
    expect(done.noCirclesYet).toBe(true)
    const contactId = (await call(e.app, 'GET', '/api/contacts', { as: owner })).json().items[0].id
    await call(e.app, 'POST', '/api/circles', {
      as: owner,
      body: { name: 'clients', contactIds: [contactId] },
    })
    const after = (await call(e.app, 'GET', `/api/imports/${id}`, { as: owner })).json()
    expect(after.noCirclesYet).toBe(false)
  })

  it('refuses an upload that is not a zip, or from a visitor', async () => {
    const e = env()
    const owner = await signUp(e.app)
    expect((await upload(e, owner, Buffer.from('not a zip at all'))).statusCode).toBe(400)
    expect((await upload(e, null, await zipOf(export2024))).statusCode).toBe(401)
  })

  it('describes the upload in the OpenAPI document as a multipart body with a binary file', async () => {
    const e = env()
    const doc = (await call(e.app, 'GET', '/api/openapi.json')).json()
    const body = doc.paths['/api/imports/linkedin'].post.requestBody
    expect(body.required).toBe(true)
    const schema = body.content['multipart/form-data'].schema
    expect(schema.properties.file).toMatchObject({ type: 'string', format: 'binary' })
    expect(schema.required).toEqual(['file'])
    expect(Object.keys(body.content)).toEqual(['multipart/form-data'])
  })
})
