import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../../errors.js'
import { IMPORT_LIMITS } from '../limits.js'
import type { ImportedContact, SkippedRow } from '../types.js'
import { readVCards } from './read-vcards.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const REAL = join(HERE, '../../../../shared/testdata/vcard')
const FIXTURES = join(HERE, '../../../test/fixtures/imports/vcard')

if (!existsSync(REAL)) {
  throw new Error(
    `The real vCard files are missing: expected ${REAL} (../shared/testdata/vcard beside the repository root).`,
  )
}

async function readFile(path: string, name = path): Promise<(ImportedContact | SkippedRow)[]> {
  const out: (ImportedContact | SkippedRow)[] = []
  for await (const record of readVCards(createReadStream(path, { highWaterMark: 64 }), name)) {
    out.push(record)
  }
  return out
}

function contacts(records: (ImportedContact | SkippedRow)[]): ImportedContact[] {
  return records.filter((r): r is ImportedContact => r.kind === 'contact')
}

/** Cards per file, as counted in testdata/SOURCES.md. */
const CARDS: Record<string, number> = {
  'John_Doe_ANDROID.vcf': 6,
  'gmail-list.vcf': 3,
}

const realFiles = readdirSync(REAL).flatMap((dir) =>
  readdirSync(join(REAL, dir)).map((name) => ({ name, path: join(REAL, dir, name) })),
)

describe('readVCards over every real file in testdata/vcard', () => {
  it('finds the real files', () => {
    expect(realFiles.length).toBeGreaterThanOrEqual(20)
  })

  for (const { name, path } of realFiles) {
    it(`reads ${name}: one record per top-level card, each at its BEGIN line`, async () => {
      const records = await readFile(path, name)
      const lines = readFileSync(path, 'latin1').split('\n')
      const begins: number[] = []
      let depth = 0
      lines.forEach((line, i) => {
        const text = line.trim().toUpperCase()
        if (text === 'BEGIN:VCARD' && depth++ === 0) begins.push(i + 1)
        if (text === 'END:VCARD') depth--
      })
      expect(records.map((r) => r.line)).toEqual(begins)
      expect(records.length).toBe(CARDS[name] ?? 1)
      for (const record of records) {
        expect(record.file).toBe(name)
        if (record.kind !== 'contact') continue
        // No mojibake: UTF-8 read as Latin-1 shows up as "Ã" followed by another character.
        expect(record.fullName).not.toMatch(/Ã./)
        expect(record.fullName).not.toBe('')
        expect(record.externalKey).toMatch(/^(url|email|name):/)
        for (const email of record.emails) expect(email).toContain('@')
      }
    })
  }

  it('decodes quoted-printable, charsets, escapes and groups as the address books wrote them', async () => {
    const android = contacts(await readFile(join(REAL, 'ez-vcard/John_Doe_ANDROID.vcf')))
    expect(android[2]?.fullName).toBe('Ñ Ñ Ñ Ñ Ñ')
    expect(android[3]?.fullName).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ')
    const [encoding] = contacts(await readFile(join(REAL, 'ical.js/vcard21_encoding.vcf')))
    expect(encoding?.note).toContain('speciäl chäracters')
    const [escaping] = contacts(await readFile(join(REAL, 'ical.js/vcard21_escaping.vcf')))
    expect(escaping).toMatchObject({
      fullName: 'Test, Escaping; Characters',
      lastName: 'Test, Inc.',
      company: 'Smith, Jones & Associates',
      note: 'Use backslash to escape: comma, semicolon; and backslash\\',
    })
    const [outlook] = contacts(await readFile(join(REAL, 'ez-vcard/outlook-2003.vcf')))
    expect(outlook?.note).toBe('This is the note field!!\nSecond line\n\nThird line is empty')
    expect(outlook?.phones).toEqual([
      'BusinessPhone',
      'HomePhone',
      'MobilePhone',
      'BusinessFaxPhone',
    ])
    const [mac] = contacts(await readFile(join(REAL, 'ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf')))
    expect(mac).toMatchObject({ firstName: 'John', lastName: 'Doe', company: 'IBM' })
    expect(mac?.phones).toContain('905-222-1234')
    const [gmail] = contacts(await readFile(join(REAL, 'ez-vcard/gmail-single2.vcf')))
    expect(gmail?.emails.length).toBeGreaterThanOrEqual(5)
    const [v4] = contacts(await readFile(join(REAL, 'ical.js/vcard_author.vcf')))
    expect(v4?.phones).toEqual(['+1-418-656-9254;ext=102', '+1-418-262-6501'])
  })

  it('skips a card with neither a name nor an e-mail', async () => {
    const records = await readFile(join(REAL, 'ical.js/vcard_grouped.vcf'), 'vcard_grouped.vcf')
    expect(records).toEqual([
      {
        kind: 'skipped',
        file: 'vcard_grouped.vcf',
        line: 1,
        reason: 'empty-card',
        detail: expect.any(String),
      },
    ])
  })
})

describe('readVCards on edge cases', () => {
  it('reads 2.1 charsets and soft breaks, embedded cards, folding, groups and LinkedIn profiles', async () => {
    const records = await readFile(join(FIXTURES, 'mixed-2.1.vcf'), 'mixed-2.1.vcf')
    expect(
      records.map((r) => [r.kind, r.line, r.kind === 'skipped' ? r.reason : r.fullName]),
    ).toEqual([
      ['contact', 1, 'Jürgen Müller'],
      ['contact', 16, 'Nadia Rahman'],
      ['skipped', 23, 'empty-card'],
      ['skipped', 27, 'malformed-card'],
    ])
    const [jurgen, nadia] = contacts(records)
    expect(jurgen).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      note: 'Zeile eins\nZeile zwei mit ü und mehr',
      emails: ['juergen@example.de'],
      externalKey: 'email:juergen@example.de',
    })
    expect(nadia).toMatchObject({
      company: 'Rahman & Co, LLC',
      profileUrl: 'https://www.linkedin.com/in/nadia-rahman',
      externalKey: 'url:linkedin.com/in/nadia-rahman',
    })
  })

  it('reads UTF-16 files with a byte-order mark', async () => {
    const [zoe] = contacts(await readFile(join(FIXTURES, 'utf16.vcf')))
    expect(zoe).toMatchObject({ fullName: 'Zoë Ångström', lastName: 'Ångström', line: 1 })
  })

  it('reads a stream of strings as UTF-8', async () => {
    const records: unknown[] = []
    for await (const r of readVCards(
      Readable.from(['BEGIN:VCARD\nFN:Zoë 山田\nEND:VCARD\n']),
      's.vcf',
    )) {
      records.push(r)
    }
    expect(records).toMatchObject([{ kind: 'contact', fullName: 'Zoë 山田' }])
  })

  it('gives the same records whatever the chunking', async () => {
    const bytes = readFileSync(join(REAL, 'ez-vcard/John_Doe_ANDROID.vcf'))
    const whole: unknown[] = []
    for await (const r of readVCards(Readable.from([bytes]), 'a.vcf')) whole.push(r)
    const split: unknown[] = []
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1))
    for await (const r of readVCards(Readable.from(chunks), 'a.vcf')) split.push(r)
    expect(split).toEqual(whole)
  })

  it('says how the file is encoded, and reads Windows-1252 as Windows, not Latin-1', async () => {
    const encodingOf = async (input: Readable) => {
      const cards = readVCards(input, 'e.vcf')
      const records: (ImportedContact | SkippedRow)[] = []
      for (;;) {
        const next = await cards.next()
        if (next.done) return { encoding: next.value.encoding, records }
        records.push(next.value)
      }
    }
    expect((await encodingOf(createReadStream(join(FIXTURES, 'utf16.vcf')))).encoding).toBe(
      'utf-16le',
    )
    expect((await encodingOf(createReadStream(join(FIXTURES, 'mixed-2.1.vcf')))).encoding).toBe(
      'windows-1252',
    )
    const ansi = Buffer.from(
      'BEGIN:VCARD\r\nFN:Se\xe1n O\x92Brien \x96 \x80\r\nEND:VCARD\r\n',
      'latin1',
    )
    const read = await encodingOf(Readable.from([ansi]))
    expect(read.encoding).toBe('windows-1252')
    expect(read.records).toMatchObject([{ fullName: 'Seán O\u2019Brien \u2013 \u20ac' }])
    const plain = await encodingOf(Readable.from(['BEGIN:VCARD\nFN:Zoë\nEND:VCARD\n']))
    expect(plain.encoding).toBe('utf-8')
  })

  it('drops the part of a photo past the cap, and refuses text longer than it', async () => {
    const folded = (value: string) => value.replace(/(.{74})/g, '$1\r\n ')
    const photo = folded('A'.repeat(IMPORT_LIMITS.recordBytes + 10))
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:${photo}\r\nEMAIL:big@example.org\r\nEND:VCARD\r\n`
    const records = await readFile2(Readable.from([Buffer.from(card)]))
    expect(records).toMatchObject([
      { kind: 'contact', fullName: 'Big Photo', emails: ['big@example.org'] },
    ])
    const note = `BEGIN:VCARD\r\nFN:Long\r\nNOTE:${folded('n'.repeat(IMPORT_LIMITS.recordBytes + 10))}\r\nEND:VCARD\r\n`
    const refused = await readFile2(Readable.from([Buffer.from(note)])).catch((e: unknown) => e)
    expect(isAppError(refused) && refused.code).toBe('too_large')
    const line = `BEGIN:VCARD\r\nFN:${'x'.repeat(IMPORT_LIMITS.recordBytes + 10)}`
    const endless = await readFile2(Readable.from([Buffer.from(line)])).catch((e: unknown) => e)
    expect(isAppError(endless) && endless.code).toBe('too_large')
  })
})

async function readFile2(input: Readable): Promise<(ImportedContact | SkippedRow)[]> {
  const out: (ImportedContact | SkippedRow)[] = []
  for await (const record of readVCards(input, 'big.vcf')) out.push(record)
  return out
}
