import type { Readable } from 'node:stream'
import {
  canonicalProfileUrl,
  contactExternalKey,
  isEmailAddress,
  joinName,
} from '../common/contact-key.js'
import { type ReadSummary, type TextEncoding, TextInput } from '../common/text-input.js'
import { describeBytes, IMPORT_LIMITS, type ImportLimits, overLimit } from '../limits.js'
import type { ImportedContact, SkippedRow } from '../types.js'
import { readLogicalLines } from './vcard-lines.js'
import {
  decodedValue,
  isBinary,
  parseProperty,
  structuredValue,
  unescapeText,
  type VCardProperty,
} from './vcard-property.js'

interface CardDraft {
  line: number
  properties: VCardProperty[]
}

const LINKEDIN = /linkedin\.com\/(in|pub)\//i

function propertyText(property: VCardProperty | undefined, charset: string): string {
  return property === undefined || isBinary(property)
    ? ''
    : unescapeText(decodedValue(property, charset))
}

function uniqueBy(values: string[], key: (v: string) => string): string[] {
  const seen = new Set<string>()
  return values.filter((v) => {
    const k = key(v)
    if (v === '' || seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * Builds a contact from the properties of one card: FN (else N's given and family names) for
 * the name, every EMAIL and TEL, the first ORG's organisation, TITLE, NOTE, and a LinkedIn
 * profile from URL or X-SOCIALPROFILE when one is there. Group prefixes (`item1.EMAIL`) are
 * read like plain properties. Returns a skip when the card has neither a name nor an e-mail.
 */
export function contactFromCard(
  card: CardDraft,
  file: string,
  charset = 'utf-8',
): ImportedContact | SkippedRow {
  const byName = (name: string) => card.properties.filter((p) => p.name === name)
  const textOf = (property: VCardProperty | undefined) => propertyText(property, charset)
  const n = byName('N')[0]
  const [family = '', given = ''] =
    n === undefined
      ? []
      : structuredValue(decodedValue(n, charset), ' ').map((s) => s.replace(/\s+/g, ' '))
  const fn = textOf(byName('FN')[0])
  const emails = uniqueBy(
    byName('EMAIL')
      .map((p) => textOf(p).replace(/^mailto:/i, ''))
      .filter(isEmailAddress),
    (e) => e.toLowerCase(),
  )
  const phones = uniqueBy(
    byName('TEL').map((p) => textOf(p).replace(/^tel:/i, '')),
    (t) => (/\d/.test(t) ? t.replace(/[^\d+]/g, '') : t.toLowerCase()),
  )
  const org = byName('ORG')[0]
  const company = org === undefined ? '' : (structuredValue(decodedValue(org, charset))[0] ?? '')
  const urls = [...byName('URL'), ...byName('X-SOCIALPROFILE')].map(textOf)
  const linkedIn = urls.find((u) => LINKEDIN.test(u))
  const profileUrl = linkedIn === undefined ? null : canonicalProfileUrl(linkedIn)
  const fullName = fn !== '' ? fn : joinName(given, family)
  if (fullName === '' && emails.length === 0) {
    return {
      kind: 'skipped',
      file,
      line: card.line,
      reason: 'empty-card',
      detail: 'a card with neither a name (FN, N) nor an e-mail',
    }
  }
  const displayName = fullName === '' ? (emails[0] ?? '') : fullName
  return {
    kind: 'contact',
    source: 'vcard',
    file,
    line: card.line,
    externalKey: contactExternalKey({
      profileUrl,
      emails,
      fullName: displayName,
      company: company === '' ? null : company,
    }),
    firstName: given,
    lastName: family,
    fullName: displayName,
    emails,
    phones,
    company: company === '' ? null : company,
    title: textOf(byName('TITLE')[0]) || null,
    profileUrl,
    connectedOn: null,
    note: textOf(byName('NOTE')[0]) || null,
  }
}

export interface ReadVCardsOptions {
  /** The file's encoding, as a scan of the whole file found it; see TextInput. */
  encoding?: TextEncoding
  limits?: ImportLimits
}

/**
 * Streams the contacts of a vCard file (2.1, 3.0 or 4.0; one or many cards), each with the line
 * of its BEGIN:VCARD. Embedded cards (2.1 AGENT) are not contacts of their own. A card cut off
 * before END:VCARD is a `malformed-card` skip; lines outside cards are ignored. A property
 * without CHARSET is read in the file's encoding. A card holding more than `recordBytes` of text
 * (binary values aside) stops the file (413). Returns the encoding the file was read in.
 */
export async function* readVCards(
  input: Readable,
  file: string,
  options: ReadVCardsOptions = {},
): AsyncGenerator<ImportedContact | SkippedRow, ReadSummary> {
  const limits = options.limits ?? IMPORT_LIMITS
  const text = await TextInput.open(input, options.encoding)
  const charset = () => (text.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8')
  let card: CardDraft | null = null
  let cardBytes = 0
  let depth = 0
  for await (const logical of readLogicalLines(text, file, limits)) {
    const property = parseProperty(logical.text)
    if (property === null) continue
    const isCardMarker = property.raw.trim().toUpperCase() === 'VCARD'
    if (property.name === 'BEGIN' && isCardMarker) {
      if (card === null) {
        card = { line: logical.line, properties: [] }
        cardBytes = 0
      } else depth++
      continue
    }
    if (property.name === 'END' && isCardMarker) {
      if (depth > 0) depth--
      else if (card !== null) {
        yield contactFromCard(card, file, charset())
        card = null
      }
      continue
    }
    if (card === null || depth > 0 || isBinary(property)) continue
    cardBytes += logical.text.length
    if (cardBytes > limits.recordBytes) {
      const most = describeBytes(limits.recordBytes)
      throw overLimit(file, `the card at line ${card.line} is too large`, `${most} per card`)
    }
    card.properties.push(property)
  }
  if (card !== null) {
    yield {
      kind: 'skipped',
      file,
      line: card.line,
      reason: 'malformed-card',
      detail: 'the file ends before END:VCARD',
    }
  }
  return { encoding: text.encoding }
}
