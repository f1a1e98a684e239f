import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, expect, it } from 'vitest'
import { pgliteDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'
import { templateFor, writePgliteTemplate } from '../../src/db/pglite-template.js'
import { projectPath } from '../../src/paths.js'

const root = mkdtempSync(join(tmpdir(), 'rapport-template-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const migrations = (): number =>
  JSON.parse(readFileSync(projectPath('src', 'db', 'migrations', 'meta', '_journal.json'), 'utf8'))
    .entries.length

it('starts a new data folder from the migrated template, and leaves a folder with a database alone', async () => {
  const file = join(root, 'template.tar.gz')
  await writePgliteTemplate(async (client) => {
    await migrateDatabase(await pgliteDatabase(client))
  }, file)

  const fresh = join(root, 'fresh')
  const template = templateFor(fresh, file)
  expect(template).toBeInstanceOf(Blob)
  const client = new PGlite(fresh, { loadDataDir: template })
  await client.waitReady
  // Every migration is there before any runs, and the tables are empty.
  const applied = await client.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  )
  expect(applied.rows[0]?.n).toBe(migrations())
  const members = await client.query<{ n: number }>('select count(*)::int as n from members')
  expect(members.rows[0]?.n).toBe(0)
  await client.close()

  // Opened again, the folder is a database: the template is not laid over it.
  expect(templateFor(fresh, file)).toBeUndefined()
  // Without a template the folder is made by initdb, as before.
  expect(templateFor(join(root, 'other'), join(root, 'missing.tar.gz'))).toBeUndefined()
}, 300_000)
