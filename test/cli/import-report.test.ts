import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { importCommand } from '../../src/cli/commands/import.js'
import { reportCommand } from '../../src/cli/commands/report.js'
import { openDatabase } from '../../src/db/client.js'
import { findMemberByEmail } from '../../src/db/queries/members.js'
import { isAppError } from '../../src/errors.js'
import { deflatedRepeat, makeZip } from '../fixtures/imports/zip-writer.js'
import { runCommand } from '../setup/cli.js'
import { freshPostgresDatabaseUrl } from '../setup/databases.js'
import { selectedVariants } from '../setup/variants.js'

const fixtures = fileURLToPath(new URL('../fixtures/imports/', import.meta.url))

const run = runCommand

afterEach(() => {
  process.exitCode = 0
})

for (const variant of selectedVariants()) {
  describe(`rapport import and report [${variant}]`, () => {
    async function databaseArgs(): Promise<string[]> {
      if (variant === 'postgres') return ['--database-url', await freshPostgresDatabaseUrl()]
      return ['--data', mkdtempSync(join(tmpdir(), 'rapport-cli-'))]
    }

    it('imports a LinkedIn export for a new member, once, and reports on it', async () => {
      const db = await databaseArgs()
      const path = join(fixtures, 'linkedin', 'export-2024')
      const args = ['linkedin', path, '--member', 'New.Person@Example.org', '--json', ...db]
      const first = JSON.parse((await run(importCommand(), args)).out)
      expect(Object.keys(first).sort()).toEqual([
        'files',
        'importId',
        'imported',
        'ok',
        'skipped',
        'unchanged',
      ])
      expect(first.ok).toBe(true)
      expect(first.imported.connections).toBeGreaterThan(0)
      expect(first.files).toContainEqual({
        file: 'Connections.csv',
        encoding: 'utf-8',
        rows: 7,
        imported: 5,
        merged: 0,
        skipped: 2,
      })
      expect(first.skipped).toContainEqual(
        expect.objectContaining({ file: 'Connections.csv', line: 6, reason: 'empty-row' }),
      )
      const [flag, where] = db as [string, string]
      const database = await openDatabase(
        flag === '--data' ? { kind: 'pglite', dataDir: where } : { kind: 'postgres', url: where },
      )
      try {
        const member = await findMemberByEmail(database.db, 'new.person@example.org')
        // A member the import created is named after the export's Profile.csv.
        expect(member).toMatchObject({ passwordHash: null, name: 'Ada Lindqvist' })
      } finally {
        await database.close()
      }
      const second = JSON.parse((await run(importCommand(), args)).out)
      expect(Object.values(second.imported).every((n) => n === 0)).toBe(true)
      expect(second.unchanged).toBeGreaterThan(0)

      const member = ['--member', 'new.person@example.org', '--json', ...db]
      const prune = JSON.parse((await run(reportCommand(), ['prune', ...member])).out)
      expect(prune.items.length).toBeGreaterThan(0)
      for (const item of prune.items) {
        expect(Object.keys(item.contact).sort()).toEqual(['company', 'id', 'name', 'title'])
        expect(item.reasons.length).toBeGreaterThan(0)
        expect(item.score).toBeGreaterThan(0)
      }
      const health = JSON.parse((await run(reportCommand(), ['health', ...member])).out)
      expect(health.size).toBe(first.imported.connections + first.imported.contacts)
      const due = JSON.parse((await run(reportCommand(), ['stay-in-touch', ...member])).out)
      expect(due.items).toEqual([])
      // @NOTE Six openings of the embedded database (the first one creates it) take most of this.
    }, 90_000)

    it('prints one JSON document for a refused export, exits with 1 and writes nothing', async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'rapport-cli-bomb-'))
      const bomb = join(scratch, 'export.zip')
      const zeros = deflatedRepeat(Buffer.alloc(1024 * 1024), 600)
      writeFileSync(
        bomb,
        makeZip([{ name: 'Export/messages.csv', deflated: zeros, declaredSize: 600 }]),
      )
      const db =
        variant === 'postgres'
          ? ['--database-url', await freshPostgresDatabaseUrl()]
          : ['--data', join(scratch, 'db')]
      const args = ['linkedin', bomb, '--member', 'bomb@example.org', '--json', ...db]
      const { out } = await run(importCommand(), args)
      const failure = JSON.parse(out)
      expect(failure).toEqual({
        ok: false,
        error: {
          code: 'too_large',
          message: expect.stringContaining('Export/messages.csv'),
          errors: [{ path: 'Export/messages.csv', message: expect.stringContaining('1 MiB') }],
        },
      })
      expect(process.exitCode).toBe(1)
      // Nothing is written: the check runs before the database is opened.
      if (variant === 'pglite') expect(existsSync(join(scratch, 'db'))).toBe(false)
      else {
        const [, url] = db as [string, string]
        const database = await openDatabase({ kind: 'postgres', url })
        try {
          // The database was never even opened: it has no tables (42P01: undefined table).
          await expect(findMemberByEmail(database.db, 'bomb@example.org')).rejects.toMatchObject({
            cause: { code: '42P01' },
          })
        } finally {
          await database.close()
        }
      }

      const empty = mkdtempSync(join(tmpdir(), 'rapport-cli-empty-'))
      const plain = await run(importCommand(), [
        'linkedin',
        empty,
        '--member',
        'e@example.org',
        ...db,
      ])
        .then(() => null)
        .catch((e: unknown) => e)
      expect(isAppError(plain) && plain.code).toBe('bad_request')
      expect(isAppError(plain) && plain.message).toContain('Connections.csv')
    })

    it('imports a vCard file and prints the skipped cards readably without --json', async () => {
      const db = await databaseArgs()
      const file = join(fixtures, 'vcard', 'mixed-2.1.vcf')
      const { out } = await run(importCommand(), [
        'vcard',
        file,
        '--member',
        'v@example.org',
        ...db,
      ])
      expect(out).toMatch(/^Imported \d+ contacts; 0 already there; \d+ skipped\./)
    })
  })
}
