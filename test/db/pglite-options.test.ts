import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'

const root = mkdtempSync(join(tmpdir(), 'rapport-pglite-options-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function sharedBuffers(dataDir: string | null): Promise<unknown> {
  await using database = await openDatabase({ kind: 'pglite', dataDir })
  const result = await database.db.execute(sql`show shared_buffers`)
  return (result as unknown as { rows: { shared_buffers: unknown }[] }).rows[0]?.shared_buffers
}

// PostgreSQL's default, 128 MB, is allocated and zeroed in WebAssembly memory on every open.
it('opens the embedded database with 64 MB of shared buffers, in a folder, again, and in memory', async () => {
  const folder = join(root, 'data')
  expect(await sharedBuffers(folder)).toBe('64MB')
  expect(await sharedBuffers(folder)).toBe('64MB')
  expect(await sharedBuffers(null)).toBe('64MB')
}, 300_000)
