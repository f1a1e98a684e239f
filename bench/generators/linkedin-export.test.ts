import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLinkedInExport } from '../../src/imports/linkedin/read-export.js'
import type { ImportedMessage, LinkedInRecord } from '../../src/imports/types.js'
import { parseExportBaseline } from '../import-parse-baseline.js'
import { generateLinkedInExport } from './linkedin-export.js'

let root = ''
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'generated-export-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function digest(dir: string): Promise<string> {
  const hash = createHash('sha1')
  for (const name of (await readdir(dir)).sort())
    hash.update(name).update(await readFile(join(dir, name)))
  return hash.digest('hex')
}

async function readAll(dir: string): Promise<LinkedInRecord[]> {
  const out: LinkedInRecord[] = []
  for await (const record of readLinkedInExport(dir)) out.push(record)
  return out
}

describe('generateLinkedInExport', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const a = await generateLinkedInExport(join(root, 'a'), {
      connections: 300,
      messages: 3_000,
      seed: 7,
    })
    const b = await generateLinkedInExport(join(root, 'b'), {
      connections: 300,
      messages: 3_000,
      seed: 7,
    })
    await generateLinkedInExport(join(root, 'c'), {
      connections: 300,
      messages: 3_000,
      seed: 8,
    })
    expect(a.bytes).toBe(b.bytes)
    expect(await digest(join(root, 'a'))).toBe(await digest(join(root, 'b')))
    expect(await digest(join(root, 'c'))).not.toBe(await digest(join(root, 'a')))
  })

  it('writes an export that the reader and the bare parse both read in full', async () => {
    const dir = join(root, 'full')
    const generated = await generateLinkedInExport(dir, {
      connections: 500,
      messages: 5_000,
      seed: 3,
    })
    expect(generated.messages).toBe(5_000)
    const records = await readAll(dir)
    const count = (kind: string, reason?: string) =>
      records.filter(
        (r) => r.kind === kind && (reason === undefined || ('reason' in r && r.reason === reason)),
      ).length
    expect(records[2]).toMatchObject({ kind: 'owner', key: 'url:linkedin.com/in/morgan-vale' })
    expect(count('contact') + count('skipped', 'empty-row')).toBe(500)
    expect(count('message') + count('skipped', 'draft')).toBe(5_000)
    expect(count('skipped')).toBe(count('skipped', 'empty-row') + count('skipped', 'draft'))
    const baseline = await parseExportBaseline(dir)
    // The bare parse counts each file's header and the two non-blank preamble lines too; the
    // reader adds the owner record and a record per file, which come from no row.
    const files = baseline.files.length
    expect(count('file')).toBe(files)
    const rowRecords = records.length - 1 - files
    expect(baseline.rows).toBe(rowRecords + files + 2)
    const rows = Object.fromEntries(
      records.flatMap((r) => (r.kind === 'file' ? [[r.file, r.rows]] : [])),
    )
    expect(rows).toEqual(Object.fromEntries(generated.expected.map((f) => [f.file, f.rows])))
  })

  it("writes the quirks of real exports, each row's outcome known to it", async () => {
    const dir = join(root, 'quirks')
    const generated = await generateLinkedInExport(dir, {
      connections: 300,
      messages: 2_000,
      seed: 9,
      quirks: true,
    })
    const records = await readAll(dir)
    const files = records.filter((r) => r.kind === 'file')
    expect(files.map((f) => [f.file, f.encoding, f.rows]).sort()).toEqual(
      generated.expected.map((f) => [f.file, f.encoding, f.rows]).sort(),
    )
    // The reader's skips are those the generator wrote, but for rows only the import can judge.
    const skipped: Record<string, number> = {}
    for (const r of records) {
      if (r.kind === 'skipped')
        skipped[`${r.file} ${r.reason}`] = (skipped[`${r.file} ${r.reason}`] ?? 0) + 1
    }
    const expected: Record<string, number> = {}
    for (const f of generated.expected) {
      for (const [reason, n] of Object.entries(f.skipped)) {
        if (reason !== 'no-recipient') expected[`${f.file} ${reason}`] = n
      }
    }
    expect(skipped).toEqual(expected)
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        'Connections.csv malformed-csv',
        'messages.csv placeholder-sender',
        'messages.csv placeholder-recipient',
        'messages.csv system-sender',
        'messages.csv sponsored',
      ]),
    )
  })

  it('makes contacts who never answer and contacts who only ask', async () => {
    const dir = join(root, 'behaviour')
    await generateLinkedInExport(dir, { connections: 400, messages: 8_000, seed: 11 })
    const messages = (await readAll(dir)).filter((r): r is ImportedMessage => r.kind === 'message')
    const byContact = new Map<string, { in: number; out: number; asks: number }>()
    for (const m of messages) {
      const key = m.direction === 'incoming' ? m.senderKey : (m.recipientKeys[0] ?? '')
      const tally = byContact.get(key) ?? { in: 0, out: 0, asks: 0 }
      if (m.direction === 'incoming') tally.in++
      else tally.out++
      if (m.direction === 'incoming' && m.intent.intent === 'ask') tally.asks++
      byContact.set(key, tally)
    }
    const tallies = [...byContact.values()]
    expect(tallies.filter((t) => t.out >= 2 && t.in === 0).length).toBeGreaterThan(5)
    expect(tallies.filter((t) => t.in >= 2 && t.asks === t.in).length).toBeGreaterThan(5)
    expect(tallies.filter((t) => t.in >= 2 && t.out >= 2).length).toBeGreaterThan(5)
  })

  it('lets the owner be found from messages alone when Profile.csv is missing', async () => {
    const dir = join(root, 'no-profile')
    await generateLinkedInExport(dir, { connections: 200, messages: 2_000, seed: 5 })
    await unlink(join(dir, 'Profile.csv'))
    const [owner] = await readAll(dir)
    expect(owner).toMatchObject({
      kind: 'owner',
      method: 'most-frequent-sender',
      key: 'url:linkedin.com/in/morgan-vale',
    })
  })
})
