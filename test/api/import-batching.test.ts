import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { generateLinkedInExport } from '../../bench/generators/linkedin-export.js'
import { rowsOf } from '../../src/db/queries/contacts.js'
import { importLinkedIn } from '../../src/services/imports/import-linkedin.js'
import { signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'

const root = mkdtempSync(join(tmpdir(), 'rapport-import-batching-'))
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describeEachDatabase('import batching', (env) => {
  it('writes imported messages in statements of up to 10,000 rows, never one a row', async () => {
    const { app, ctx, database } = env()
    const owner = await signUp(app)
    const generated = await generateLinkedInExport(mkdtempSync(join(root, 'export-')), {
      connections: 300,
      messages: 25_000,
      seed: 3,
    })
    const result = await importLinkedIn(ctx, owner.id, generated.dir)
    // @NOTE A row's cmin is the number of the statement that wrote it within its transaction,
    // so the owner's interactions grouped by it are the import's statements, as the database saw.
    const [written] = rowsOf<{ rows: number; statements: number; largest: number }>(
      await database.db.execute(sql`
        select sum(n)::int as rows, count(*)::int as statements, max(n)::int as largest
        from (select count(*) as n from interactions where owner_id = ${owner.id} group by cmin) s`),
    )
    expect(written?.rows).toBeGreaterThanOrEqual(result.imported.messages)
    expect(written?.largest).toBe(10_000)
    expect(written?.statements).toBeLessThan(result.imported.messages / 100)
  })
})
