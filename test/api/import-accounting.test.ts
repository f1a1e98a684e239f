import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  type GeneratedLinkedInExport,
  generateLinkedInExport,
} from '../../bench/generators/linkedin-export.js'
import type { ImportFileReport } from '../../src/contracts/imports.js'
import { allContactsOf } from '../../src/db/queries/contacts.js'
import { allInteractionsOf } from '../../src/db/queries/interactions.js'
import { findMemberById } from '../../src/db/queries/members.js'
import { importLinkedIn } from '../../src/services/imports/import-linkedin.js'
import { memberForImport } from '../../src/services/imports/import-owner.js'
import { signUp } from '../setup/client.js'
import { describeEachDatabase } from '../setup/harness.js'
import { upload, waitForImport, zipOf } from './import-helpers.js'

let root = ''
let generated: GeneratedLinkedInExport
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'import-accounting-'))
  generated = await generateLinkedInExport(join(root, 'export'), {
    connections: 300,
    messages: 2_000,
    seed: 9,
    quirks: true,
  })
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** The report the generator's own account of its rows predicts, file by file. */
function predicted(prefix = '', profile: 'imported' | 'merged' = 'merged'): ImportFileReport[] {
  return generated.expected
    .map((f) => {
      const skipped = Object.values(f.skipped).reduce((a, b) => a + b, 0)
      const named = f.file === 'Profile.csv' && profile === 'merged'
      return {
        file: `${prefix}${f.file}`,
        encoding: f.encoding,
        rows: f.rows,
        imported: named ? 0 : f.imported,
        merged: named ? f.imported + f.merged : f.merged,
        skipped,
      }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}

function sorted(files: readonly ImportFileReport[]): ImportFileReport[] {
  return [...files].sort((a, b) => a.file.localeCompare(b.file))
}

function skipsByReason(skipped: readonly { file: string; reason: string }[], prefix = '') {
  const counts: Record<string, number> = {}
  for (const s of skipped) {
    const key = `${s.file.slice(prefix.length)} ${s.reason}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

describeEachDatabase('import accounting', (env) => {
  it('accounts for every row of every file of an export with the quirks of real ones', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    const first = await importLinkedIn(ctx, owner.id, generated.dir)
    expect(sorted(first.files)).toEqual(predicted())
    for (const f of first.files) expect(f.rows).toBe(f.imported + f.merged + f.skipped)
    const reasons: Record<string, number> = {}
    for (const f of generated.expected) {
      for (const [reason, n] of Object.entries(f.skipped)) reasons[`${f.file} ${reason}`] = n
    }
    expect(skipsByReason(first.skipped)).toEqual(reasons)
    const broken = first.skipped.find((s) => s.reason === 'malformed-csv')
    expect(broken).toMatchObject({ file: 'Connections.csv', line: expect.any(Number) })

    const second = await importLinkedIn(ctx, owner.id, generated.dir)
    expect(sorted(second.files)).toEqual(
      predicted().map((f) => ({ ...f, imported: 0, merged: f.imported + f.merged })),
    )
  })

  it('reports the same over HTTP, file by file with its encoding', async () => {
    const e = env()
    const owner = await signUp(e.app)
    const started = await upload(e, owner, await zipOf(generated.dir))
    expect(started.statusCode).toBe(202)
    const done = await waitForImport(e, owner, started.json().importId)
    expect(done.status).toBe('done')
    expect(sorted(done.files)).toEqual(predicted('Export/'))
    expect(done.files.map((f: ImportFileReport) => f.encoding)).toEqual(
      expect.arrayContaining(['utf-8', 'utf-16le', 'windows-1252']),
    )
  })

  it('makes no contact of placeholders, LinkedIn mailers or sponsors, and attributes replies through their conversation', async () => {
    const { app, ctx } = env()
    const owner = await signUp(app)
    await importLinkedIn(ctx, owner.id, generated.dir)
    const contacts = await allContactsOf(ctx.db, owner.id)
    const names = new Set(contacts.map((c) => c.name))
    for (const nobody of [
      'LinkedIn Member',
      '%FIRSTNAME% %LASTNAME%',
      'Lisa Nolan at LinkedIn Jobs',
      'Sarah Walz från LinkedIn',
      'Acme Growth',
      'Tom Seller',
    ]) {
      expect(names.has(nobody)).toBe(false)
    }
    // Everyone real in the export has a profile URL; nobody is known by name alone.
    expect(contacts.filter((c) => !c.importKey?.startsWith('url:'))).toEqual([])
    const interactions = await allInteractionsOf(ctx.db, owner.id)
    expect(generated.attributed.length).toBeGreaterThan(0)
    for (const { profileUrl, date } of generated.attributed) {
      const contact = contacts.find((c) => c.profileUrl === profileUrl)
      const at = new Date(date.replace(' UTC', 'Z').replace(' ', 'T')).getTime()
      expect(
        interactions.filter(
          (i) => i.contactId === contact?.id && i.kind === 'message_sent' && i.at.getTime() === at,
        ),
      ).toHaveLength(1)
    }
  })

  it('names a member the import created after Profile.csv, and leaves a chosen name alone', async () => {
    const { app, ctx } = env()
    const created = await memberForImport(ctx, 'morgan.v@example.org')
    const result = await importLinkedIn(ctx, created, generated.dir)
    expect(await findMemberById(ctx.db, created)).toMatchObject({ name: 'Morgan Vale' })
    expect(result.files.find((f) => f.file === 'Profile.csv')).toMatchObject({
      rows: 1,
      imported: 1,
      merged: 0,
    })
    const chosen = await signUp(app, { name: 'Morgan V.' })
    await importLinkedIn(ctx, chosen.id, generated.dir)
    expect(await findMemberById(ctx.db, chosen.id)).toMatchObject({ name: 'Morgan V.' })
  })
})
