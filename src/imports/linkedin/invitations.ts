import { hash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { canonicalProfileUrl, nameKey, profileKey } from '../common/contact-key.js'
import {
  type CsvTableOptions,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedInvitation, SkippedRow } from '../types.js'
import { parseLinkedInDate } from './dates.js'

type Column = 'from' | 'to' | 'sentAt' | 'message' | 'direction' | 'inviterUrl' | 'inviteeUrl'

export const INVITATIONS_SPEC: CsvTableSpec<Column> = {
  columns: {
    from: ['From'],
    to: ['To'],
    sentAt: ['Sent At'],
    message: ['Message'],
    direction: ['Direction'],
    inviterUrl: ['inviterProfileUrl'],
    inviteeUrl: ['inviteeProfileUrl'],
  },
  required: ['from', 'to', 'sentAt', 'direction'],
}

/**
 * Invitations.csv, with or without the profile URL columns (2018 exports lack them). A row
 * whose Direction is neither INCOMING nor OUTGOING is `missing-field`; an unreadable Sent At
 * is `bad-date`.
 */
export async function* readInvitations(
  input: Readable,
  file: string,
  options: CsvTableOptions = {},
): AsyncGenerator<ImportedInvitation | SkippedRow> {
  for await (const row of readCsvTable(input, file, INVITATIONS_SPEC, options)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    const rawDirection = field(row, 'direction').toUpperCase()
    if (rawDirection !== 'INCOMING' && rawDirection !== 'OUTGOING') {
      yield {
        kind: 'skipped',
        file,
        line: row.line,
        reason: 'missing-field',
        detail: `Direction is "${field(row, 'direction')}", not INCOMING or OUTGOING`,
      }
      continue
    }
    const rawDate = field(row, 'sentAt')
    const sentAt = parseLinkedInDate(rawDate)
    if (sentAt === null) {
      yield {
        kind: 'skipped',
        file,
        line: row.line,
        reason: rawDate === '' ? 'missing-date' : 'bad-date',
        detail: `Sent At "${rawDate}"`,
      }
      continue
    }
    const direction = rawDirection === 'OUTGOING' ? 'outgoing' : 'incoming'
    const fromName = field(row, 'from')
    const toName = field(row, 'to')
    const counterpartName = direction === 'outgoing' ? toName : fromName
    const rawUrl = field(row, direction === 'outgoing' ? 'inviteeUrl' : 'inviterUrl')
    const counterpartProfileUrl = rawUrl === '' ? null : canonicalProfileUrl(rawUrl)
    const counterpartKey =
      (counterpartProfileUrl === null ? null : profileKey(counterpartProfileUrl)) ??
      nameKey(counterpartName)
    yield {
      kind: 'invitation',
      file,
      line: row.line,
      externalKey: `inv:${hash('sha1', `${direction}\u0000${counterpartKey}\u0000${sentAt.toISOString()}`)}`,
      direction,
      fromName,
      toName,
      sentAt,
      message: optionalField(row, 'message'),
      counterpartName,
      counterpartProfileUrl,
      counterpartKey,
    }
  }
}
