import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CsvTableSpec, readCsvTable } from './csv-table.js'

const SPEC: CsvTableSpec<'a' | 'b' | 'c'> = {
  columns: { a: ['A'], b: ['B'], c: ['C'] },
  required: ['a', 'b', 'c'],
}

async function collect(text: string | Buffer, chunkSize = 7) {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  const chunks: Buffer[] = []
  for (let at = 0; at < buffer.length; at += chunkSize)
    chunks.push(buffer.subarray(at, at + chunkSize))
  const out: { kind: string; line: number; fields?: string[]; reason?: string }[] = []
  for await (const row of readCsvTable(Readable.from(chunks), 'f.csv', SPEC)) {
    out.push(row.kind === 'row' ? { kind: 'row', line: row.line, fields: row.fields } : row)
  }
  return out
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

  it('skips rows of the wrong width and an unclosed quote, with their lines', async () => {
    const rows = await collect('A,B,C\n1,2\n3,4,5\n6,"open,7\n8,9\n')
    expect(rows.map((r) => [r.kind, r.line, r.reason])).toEqual([
      ['skipped', 2, 'malformed-csv'],
      ['row', 3, undefined],
      ['skipped', 4, 'malformed-csv'],
    ])
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
