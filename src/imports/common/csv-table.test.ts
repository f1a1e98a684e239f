import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../../errors.js'
import { IMPORT_LIMITS } from '../limits.js'
import { type CsvTableOptions, type CsvTableSpec, readCsvTable } from './csv-table.js'

const SPEC: CsvTableSpec<'a' | 'b' | 'c'> = {
  columns: { a: ['A'], b: ['B'], c: ['C'] },
  required: ['a', 'b', 'c'],
}

function chunked(buffer: Buffer, chunkSize: number): Buffer[] {
  const chunks: Buffer[] = []
  for (let at = 0; at < buffer.length; at += chunkSize)
    chunks.push(buffer.subarray(at, at + chunkSize))
  return chunks
}

async function read(text: string | Buffer, chunkSize = 7, options: CsvTableOptions = {}) {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  const table = readCsvTable(Readable.from(chunked(buffer, chunkSize)), 'f.csv', SPEC, options)
  const rows: { kind: string; line: number; fields?: string[]; reason?: string }[] = []
  for (;;) {
    const next = await table.next()
    if (next.done) return { rows, encoding: next.value.encoding }
    const row = next.value
    rows.push(row.kind === 'row' ? { kind: 'row', line: row.line, fields: row.cells.all() } : row)
  }
}

async function collect(text: string | Buffer, chunkSize = 7) {
  return (await read(text, chunkSize)).rows
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

describe('readCsvTable', () => {
  it('finds the header after a preamble and a BOM, and numbers physical lines', async () => {
    const rows = await collect(
      '\uFEFFNotes:\n"a, long note"\n\nA,B,C\n1,2,3\n"x\ny",5,6\n\n7,8,9\n',
    )
    expect(rows).toEqual([
      { kind: 'row', line: 5, fields: ['1', '2', '3'] },
      { kind: 'row', line: 6, fields: ['x\ny', '5', '6'] },
      { kind: 'row', line: 9, fields: ['7', '8', '9'] },
    ])
  })

  it('keeps CRLF out of fields and counts a CRLF inside quotes once', async () => {
    const rows = await collect('A,B,C\r\n"p\r\nq",2,3\r\n4,5,6\r\n')
    expect(rows).toEqual([
      { kind: 'row', line: 2, fields: ['p\r\nq', '2', '3'] },
      { kind: 'row', line: 4, fields: ['4', '5', '6'] },
    ])
  })

  it('skips rows of the wrong width and an unclosed quote, then every line it cannot read', async () => {
    const rows = await collect('A,B,C\n1,2\n3,4,5\n6,"open,7\n8,9\n')
    expect(rows.map((r) => [r.kind, r.line, r.reason])).toEqual([
      ['skipped', 2, 'malformed-csv'],
      ['row', 3, undefined],
      ['skipped', 4, 'malformed-csv'],
      ['skipped', 5, 'malformed-csv'],
    ])
  })

  it('resumes at the next line after a stray quote, instead of losing the rows it swallows', async () => {
    const plain = Array.from({ length: 6 }, (_, i) => `p${i},q${i},r${i}\n`).join('')
    const text = `A,B,C\n1,"broken,3\n${plain}"x, y",z,w\n4,5,6\n`
    for (const size of [3, 64, 4096]) {
      const rows = await collect(text, size)
      expect(rows.map((r) => [r.kind, r.line])).toEqual([
        ['skipped', 2],
        ...Array.from({ length: 6 }, (_, i) => ['row', 3 + i]),
        ['row', 9],
        ['row', 10],
      ])
      expect(rows[7]?.fields).toEqual(['x, y', 'z', 'w'])
    }
  })

  it('refuses a record longer than the cap without holding it, and a file of unreadable lines', async () => {
    const huge = `A,B,C\n1,2,${'x'.repeat(IMPORT_LIMITS.recordBytes + 1)}\n`
    const long = await collect(huge, 64 * 1024).catch((e: unknown) => e)
    expect(isAppError(long) && long.code).toBe('too_large')
    expect(isAppError(long) && long.errors).toEqual([
      { path: 'f.csv', message: expect.stringContaining('1 MiB per record') },
    ])
    const quoted = `A,B,C\n1,2,"${'y\n'.repeat(IMPORT_LIMITS.recordBytes)}`
    const open = await collect(quoted, 64 * 1024).catch((e: unknown) => e)
    expect(isAppError(open) && open.code).toBe('too_large')
    const garbage = `A,B,C\n${'1,2\n'.repeat(IMPORT_LIMITS.unreadableLines + 1)}`
    const junk = await collect(garbage, 4096).catch((e: unknown) => e)
    expect(isAppError(junk) && junk.code).toBe('bad_request')
    const fine = await collect(`A,B,C\n${'1,2\n'.repeat(IMPORT_LIMITS.unreadableLines)}`, 4096)
    expect(fine).toHaveLength(IMPORT_LIMITS.unreadableLines)
  })

  it('says how the file is encoded: UTF-8 with or without BOM, UTF-16 LE or BE, else Windows-1252', async () => {
    const text = 'A,B,C\nZoë,山田,😀\n'
    const utf16be = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()
    const cases: [Buffer, string, string[]][] = [
      [Buffer.from(text), 'utf-8', ['Zoë', '山田', '😀']],
      [Buffer.from(`\uFEFF${text}`), 'utf-8-bom', ['Zoë', '山田', '😀']],
      [Buffer.from(`\uFEFF${text}`, 'utf16le'), 'utf-16le', ['Zoë', '山田', '😀']],
      [utf16be, 'utf-16be', ['Zoë', '山田', '😀']],
      [
        Buffer.from('A,B,C\nFran\xe7ois,B\xe9rub\xe9,\x80\n', 'latin1'),
        'windows-1252',
        ['François', 'Bérubé', '€'],
      ],
    ]
    for (const [bytes, encoding, fields] of cases) {
      for (const size of [1, 5, 1024]) {
        const result = await read(bytes, size)
        expect(result.encoding).toBe(encoding)
        expect(result.rows).toEqual([{ kind: 'row', line: 2, fields }])
      }
    }
  })

  it('reads Windows-1252 throughout when told so, even where the bytes would pass as UTF-8', async () => {
    const bytes = Buffer.from('A,B,C\n\xc3\xa9,2,3\n\xe9,5,6\n', 'latin1')
    const guessed = await read(bytes, 4096)
    expect(guessed.encoding).toBe('windows-1252')
    expect(guessed.rows.map((r) => r.fields?.[0])).toEqual(['é', 'é'])
    const told = await read(bytes, 4096, { encoding: 'windows-1252' })
    expect(told.rows.map((r) => r.fields?.[0])).toEqual(['Ã©', 'é'])
  })

  it('reports a file without the expected header once', async () => {
    const rows = await collect('X,Y\n1,2\n')
    expect(rows).toEqual([
      { kind: 'skipped', file: 'f.csv', line: 1, reason: 'no-header', detail: expect.any(String) },
    ])
    const long = await collect(`${'junk\n'.repeat(30)}A,B,C\n1,2,3\n`)
    expect(long.map((r) => r.reason)).toEqual(['no-header'])
  })

  it('gives every row its physical starting line, whatever the quoting', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'crlf\r\nline', '', ' x '),
    )
    const row = fc.tuple(cell, cell, cell)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(row, fc.nat(2)), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        async (table, eol, chunkSize) => {
          let text = `A,B,C${eol}`
          let line = 2
          const expected: { line: number; fields: string[] }[] = []
          for (const [cells, blanks] of table) {
            const fields: string[] = [...cells]
            // @NOTE An all-empty row is written as ",," which is a row; kept distinct anyway.
            if (fields.join('') === '') fields[0] = 'z'
            text += eol.repeat(blanks)
            line += blanks
            expected.push({ line, fields })
            const written = fields.map(quote).join(',')
            text += written + eol
            line += 1 + (written.match(/\n/g)?.length ?? 0)
          }
          const rows = await collect(text, chunkSize)
          expect(rows.map((r) => ({ line: r.line, fields: r.fields }))).toEqual(expected)
        },
      ),
      { numRuns: 150 },
    )
  })
})
