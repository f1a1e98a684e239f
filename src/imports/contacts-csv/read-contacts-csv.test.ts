import { createReadStream, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ImportedContact, SkippedRow } from '../types.js'
import { detectContactsCsvFlavour, readContactsCsv } from './read-contacts-csv.js'

const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../test/fixtures/imports/contacts-csv',
)

async function read(input: Readable, name: string) {
  const out: (ImportedContact | SkippedRow)[] = []
  for await (const record of readContactsCsv(input, name)) out.push(record)
  return out
}

function readFixture(name: string) {
  return read(createReadStream(join(FIXTURES, name), { highWaterMark: 100 }), name)
}

describe('readContactsCsv', () => {
  it('reads a Google Contacts export with a BOM, multi-value cells and a quoted multi-line note', async () => {
    const records = await readFixture('google.csv')
    expect(
      records.map((r) => [r.kind, r.line, r.kind === 'skipped' ? r.reason : r.fullName]),
    ).toEqual([
      ['contact', 2, 'Amara Nwosu'],
      ['skipped', 4, 'empty-row'],
      ['contact', 5, 'Bo Lindgren'],
      ['skipped', 6, 'malformed-csv'],
    ])
    expect(records[0]).toMatchObject({
      source: 'google-csv',
      company: 'Nwosu, Partners',
      title: 'Managing Partner',
      emails: ['amara@nwosu.example', 'amara.n@mail.example'],
      phones: ['+44 20 7946 0000'],
      note: 'Met at the Lisbon summit,\nintroduced by Ravi',
      externalKey: 'url:linkedin.com/in/amara-nwosu',
    })
    expect(records[2]).toMatchObject({
      emails: ['bo@example.se', 'bo.lindgren@example.se'],
      externalKey: 'email:bo@example.se',
    })
  })

  it('reads the older Google CSV header', async () => {
    const [dee] = await readFixture('google-legacy.csv')
    expect(dee).toMatchObject({
      kind: 'contact',
      fullName: 'Dee Okoro',
      company: 'Okoro Labs',
      title: 'CTO',
      emails: ['dee@okoro.example'],
    })
  })

  it('reads an Outlook export in Windows-1252 with CRLF, ignoring Exchange addresses', async () => {
    const records = await readFixture('outlook.csv')
    expect(records.map((r) => [r.kind, r.line])).toEqual([
      ['contact', 2],
      ['contact', 4],
    ])
    expect(records[0]).toMatchObject({
      source: 'outlook-csv',
      fullName: 'François Bérubé',
      company: 'Société Générale',
      title: 'Directeur financier',
      note: 'Ligne un\nLigne deux',
      phones: ['+33 6 12 34 56 78', '+33 1 23 45 67 89'],
    })
    expect(records[1]).toMatchObject({
      emails: [],
      externalKey: 'name:greta holm|holm ab',
    })
  })

  it('reads the same Outlook export saved as UTF-16', async () => {
    const text = readFileSync(join(FIXTURES, 'outlook.csv')).toString('latin1')
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(new TextDecoder('windows-1252').decode(Buffer.from(text, 'latin1')), 'utf16le'),
    ])
    const records = await read(
      Readable.from([utf16.subarray(0, 301), utf16.subarray(301)]),
      'o.csv',
    )
    expect(records.map((r) => (r.kind === 'contact' ? r.fullName : r.reason))).toEqual([
      'François Bérubé',
      'Greta Holm',
    ])
  })

  it('reads a stream of strings as UTF-8', async () => {
    const text = 'First Name,Last Name,E-mail Address\nZoë,山田,zoe@example.jp\n'
    const [zoe] = await read(Readable.from([text]), 's.csv')
    expect(zoe).toMatchObject({ kind: 'contact', fullName: 'Zoë 山田', source: 'outlook-csv' })
  })

  it('refuses a CSV of neither kind once, at its header', async () => {
    expect(await readFixture('unknown.csv')).toEqual([
      {
        kind: 'skipped',
        file: 'unknown.csv',
        line: 1,
        reason: 'unrecognised-header',
        detail: expect.any(String),
      },
    ])
  })

  it('tells the flavours apart by header', () => {
    expect(detectContactsCsvFlavour(['First Name', 'Last Name', 'E-mail 1 - Value'])).toBe('google')
    expect(detectContactsCsvFlavour(['Name', 'Given Name', 'Family Name'])).toBe('google')
    expect(detectContactsCsvFlavour(['First Name', 'Last Name', 'E-mail Address'])).toBe('outlook')
    expect(detectContactsCsvFlavour(['First Name', 'Last Name'])).toBeNull()
  })
})
