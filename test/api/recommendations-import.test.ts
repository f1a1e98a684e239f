import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { importLinkedIn } from '../../src/services/imports/import-linkedin.js'
import { grantOperator } from '../../src/services/operator/index.js'
import { call, signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

const linkedin = fileURLToPath(new URL('../fixtures/imports/linkedin/', import.meta.url))

describeEachDatabase('imported recommendations', (env) => {
  it('keeps LinkedIn recommendations on the owner’s own record, once, and publishes none', async () => {
    const { app, ctx } = env()
    const [owner, other, operator] = [await signUp(app), await signUp(app), await signUp(app)]
    await grantOperator(ctx, operator.email)
    const first = await importLinkedIn(ctx, owner.id, join(linkedin, 'export-2024'))
    const given = first.files.find((f) => f.file.endsWith('Recommendations_Given.csv'))
    expect(given).toMatchObject({ rows: 1, imported: 1, skipped: 0 })
    await importLinkedIn(ctx, owner.id, join(linkedin, 'export-2026'))
    const again = await importLinkedIn(ctx, owner.id, join(linkedin, 'export-2024'))
    expect(again.files.find((f) => f.file.endsWith('Recommendations_Given.csv'))).toMatchObject({
      rows: 1,
      imported: 0,
    })

    const all = await call(app, 'GET', '/api/recommendations/imported', { as: owner })
    expect(all.statusCode).toBe(200)
    const items = all.json().items
    expect(items).toHaveLength(2)
    expect(items).toContainEqual(
      expect.objectContaining({
        direction: 'given',
        name: 'Chiara Rossi',
        company: 'Acme',
        text: 'Chiara är en fantastisk kollega, noggrann och varm.',
      }),
    )
    const received = items.find((i: { direction: string }) => i.direction === 'received')
    expect(received).toMatchObject({ name: 'Mia Berg', status: 'VISIBLE' })
    expect(received.text).toContain('\n')

    // On the contact's record: only what is about that contact.
    const contacts = (await call(app, 'GET', '/api/contacts?limit=200', { as: owner })).json().items
    const chiara = contacts.find((c: { name: string }) => c.name === 'Chiara Rossi')
    const aboutChiara = await call(
      app,
      'GET',
      `/api/recommendations/imported?contact=${chiara.id}`,
      {
        as: owner,
      },
    )
    expect(aboutChiara.json().items.map((i: { name: string }) => i.name)).toEqual(['Chiara Rossi'])

    // Nobody else sees them; the owner's profile shows none; the export carries them.
    for (const who of [other, operator]) {
      expect(
        (await call(app, 'GET', '/api/recommendations/imported', { as: who })).json().items,
      ).toEqual([])
      expect(
        (await call(app, 'GET', `/api/recommendations/imported?contact=${chiara.id}`, { as: who }))
          .statusCode,
      ).toBe(404)
    }
    expect((await call(app, 'GET', '/api/recommendations/imported')).statusCode).toBe(401)
    const profile = (await call(app, 'GET', `/api/members/${owner.id}`, { as: other })).json()
    expect(profile.recommendations).toEqual([])
    const exported = (await call(app, 'GET', '/api/me/export', { as: owner })).json()
    expect(
      exported.importedRecords.filter((r: { kind: string }) => r.kind === 'recommendation'),
    ).toHaveLength(2)
  })
})
