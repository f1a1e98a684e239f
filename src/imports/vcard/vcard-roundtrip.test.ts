import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ImportedContact, SkippedRow } from '../types.js'
import { readVCards } from './read-vcards.js'

function escapeText(text: string): string {
  return text.replace(/[\\,;]/g, (c) => `\\${c}`)
}

/** Folds a line every `width` bytes, anywhere, even inside a multi-byte character. */
function fold(line: string, width: number): Buffer {
  const bytes = Buffer.from(line, 'utf8')
  const parts: Buffer[] = []
  for (let at = 0; at < bytes.length; at += width) {
    if (at > 0) parts.push(Buffer.from('\r\n '))
    parts.push(bytes.subarray(at, at + width))
  }
  return Buffer.concat(parts)
}

/** vCard 2.1 quoted-printable with `=` soft breaks every `width` characters. */
function quotedPrintable(text: string, width: number): string {
  const encoded = [...Buffer.from(text, 'utf8')]
    .map((b) =>
      b > 0x20 && b < 0x7f && b !== 0x3d
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
  const lines: string[] = []
  for (let at = 0; at < encoded.length; at += width) {
    let end = Math.min(at + width, encoded.length)
    // keep each =XX whole
    while (end < encoded.length && encoded.lastIndexOf('=', end - 1) > end - 3) end++
    lines.push(encoded.slice(at, end))
    at = end - width
  }
  return lines.join('=\r\n')
}

const namePart = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/[\p{Cc}\p{Z}]/gu, ''))
  .filter((s) => s !== '')

async function read(bytes: Buffer, chunk: number) {
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += chunk) chunks.push(bytes.subarray(at, at + chunk))
  const out: (ImportedContact | SkippedRow)[] = []
  for await (const record of readVCards(Readable.from(chunks), 'p.vcf')) out.push(record)
  return out
}

describe('readVCards round trip', () => {
  it('reads back names written as folded vCard 3.0', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(namePart, namePart), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 5, max: 75 }),
        fc.integer({ min: 1, max: 64 }),
        async (people, width, chunk) => {
          const cards = people.map(([given, family]) =>
            Buffer.concat([
              Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\n'),
              fold(`FN:${escapeText(`${given} ${family}`)}`, width),
              Buffer.from('\r\n'),
              fold(`N:${escapeText(family)};${escapeText(given)};;;`, width),
              Buffer.from('\r\nEND:VCARD\r\n'),
            ]),
          )
          const records = await read(Buffer.concat(cards), chunk)
          expect(
            records.map((r) =>
              r.kind === 'contact' ? [r.fullName, r.firstName, r.lastName] : r.kind,
            ),
          ).toEqual(people.map(([given, family]) => [`${given} ${family}`, given, family]))
        },
      ),
      { numRuns: 120 },
    )
  })

  it('reads back names written as vCard 2.1 quoted-printable with soft breaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        namePart,
        namePart,
        fc.integer({ min: 4, max: 70 }),
        async (given, family, width) => {
          const card = [
            'BEGIN:VCARD',
            'VERSION:2.1',
            `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(`${given} ${family}`, width)}`,
            `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(`${escapeText(family)};${escapeText(given)}`, width)}`,
            'END:VCARD',
            '',
          ].join('\r\n')
          const [record] = await read(Buffer.from(card, 'latin1'), 13)
          expect(record).toMatchObject({
            fullName: `${given} ${family}`,
            firstName: given,
            lastName: family,
          })
        },
      ),
      { numRuns: 120 },
    )
  })
})
