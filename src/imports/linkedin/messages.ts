import { hash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { classifyMessageIntent } from '../../domain/message-intent.js'
import { nameKey, normaliseName, profileKey, resolveProfile } from '../common/contact-key.js'
import {
  type CsvTableRow,
  type CsvTableSpec,
  field,
  optionalField,
  readCsvTable,
} from '../common/csv-table.js'
import type { ImportedMessage, ImportedOwner, MessageDirection, SkippedRow } from '../types.js'
import { parseLinkedInDate } from './dates.js'
import { htmlToText } from './html-text.js'

export type MessageColumn =
  | 'conversationId'
  | 'conversationTitle'
  | 'from'
  | 'senderUrl'
  | 'to'
  | 'recipientUrls'
  | 'date'
  | 'subject'
  | 'content'
  | 'folder'
  | 'isDraft'
  | 'direction'

/** The 2024 and 2026 headers (upper case) and the 2018 one (`From,To,Date,…,Direction,Folder`). */
export const MESSAGES_SPEC: CsvTableSpec<MessageColumn> = {
  columns: {
    conversationId: ['CONVERSATION ID'],
    conversationTitle: ['CONVERSATION TITLE'],
    from: ['FROM'],
    senderUrl: ['SENDER PROFILE URL'],
    to: ['TO'],
    recipientUrls: ['RECIPIENT PROFILE URLS'],
    date: ['DATE'],
    subject: ['SUBJECT'],
    content: ['CONTENT'],
    folder: ['FOLDER'],
    isDraft: ['IS MESSAGE DRAFT'],
    direction: ['DIRECTION'],
  },
  required: ['from', 'date', 'content'],
}

/** The key of a message's sender: its profile URL when there is one, else its name. */
export function senderKeyOf(row: CsvTableRow<MessageColumn>): string {
  const url = field(row, 'senderUrl')
  return (url === '' ? null : profileKey(url)) ?? nameKey(field(row, 'from'))
}

/**
 * Reads a message's direction against the owner: the export's own Direction column when it has
 * one (2018), else whether the sender is the owner (by profile URL key, or by name when the
 * owner is known only by name). `unknown` when there is no owner.
 */
export function messageDirection(
  row: CsvTableRow<MessageColumn>,
  senderKey: string,
  owner: ImportedOwner | null,
  ownerName: string | null,
): MessageDirection {
  if (row.header.index.direction !== -1) {
    const direction = field(row, 'direction').toUpperCase()
    if (direction === 'OUTGOING') return 'outgoing'
    if (direction === 'INCOMING') return 'incoming'
  }
  if (owner === null) return 'unknown'
  const ownerUrlKey = owner.key?.startsWith('url:') ? owner.key : null
  if (ownerUrlKey !== null) {
    if (senderKey === ownerUrlKey) return 'outgoing'
    if (!senderKey.startsWith('name:')) return 'incoming'
  }
  if (ownerName === null) return ownerUrlKey === null ? 'unknown' : 'incoming'
  return normaliseName(field(row, 'from')) === ownerName ? 'outgoing' : 'incoming'
}

/**
 * messages.csv (2024, 2026) or Messages.csv (2018). Drafts are skipped as `draft`, rows with an
 * unreadable DATE as `bad-date` (`missing-date` when empty), rows with no sender as
 * `missing-name`. Empty bodies are kept: the message still happened.
 */
export async function* readMessages(
  input: Readable,
  file: string,
  owner: ImportedOwner | null,
): AsyncGenerator<ImportedMessage | SkippedRow> {
  const ownerName = owner?.name ? normaliseName(owner.name) : null
  for await (const row of readCsvTable(input, file, MESSAGES_SPEC)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    if (field(row, 'isDraft').toLowerCase() === 'yes') {
      yield { kind: 'skipped', file, line: row.line, reason: 'draft', detail: 'an unsent draft' }
      continue
    }
    const senderName = field(row, 'from')
    const rawSenderUrl = field(row, 'senderUrl')
    if (senderName === '' && rawSenderUrl === '') {
      yield { kind: 'skipped', file, line: row.line, reason: 'missing-name', detail: 'no sender' }
      continue
    }
    const rawDate = field(row, 'date')
    const sentAt = parseLinkedInDate(rawDate)
    if (sentAt === null) {
      yield {
        kind: 'skipped',
        file,
        line: row.line,
        reason: rawDate === '' ? 'missing-date' : 'bad-date',
        detail: `DATE "${rawDate}"`,
      }
      continue
    }
    const sender = rawSenderUrl === '' ? null : resolveProfile(rawSenderUrl)
    const senderKey = sender?.key ?? nameKey(senderName)
    const direction = messageDirection(row, senderKey, owner, ownerName)
    const rawRecipients = field(row, 'recipientUrls')
    const recipientProfileUrls: string[] = []
    const recipientKeys: string[] = []
    if (rawRecipients !== '') {
      for (const part of rawRecipients.split(',')) {
        const url = part.trim()
        if (url === '') continue
        const resolved = resolveProfile(url)
        recipientProfileUrls.push(resolved?.url ?? url)
        recipientKeys.push(resolved?.key ?? `url:${url.toLowerCase()}`)
      }
    } else if (row.header.index.recipientUrls === -1) {
      // @NOTE TO joins names with commas and names contain commas, so it is never split; only
      // the 2018 export (one recipient, no URLs) keys its recipient by name.
      const to = field(row, 'to')
      if (to !== '') recipientKeys.push(nameKey(to))
    }
    const recipientNames = field(row, 'to')
    let conversationId = field(row, 'conversationId')
    if (conversationId === '') {
      const counterpart = direction === 'outgoing' ? recipientNames : senderName
      conversationId = `name:${normaliseName(counterpart)}`
    }
    const subject = optionalField(row, 'subject')
    const body = htmlToText(field(row, 'content'))
    yield {
      kind: 'message',
      file,
      line: row.line,
      externalKey: `msg:${hash('sha1', `${conversationId}\u0000${rawDate}\u0000${senderKey}\u0000${body}`)}`,
      conversationId,
      conversationTitle: optionalField(row, 'conversationTitle'),
      senderName,
      senderProfileUrl: sender?.url ?? null,
      senderKey,
      recipientNames,
      recipientProfileUrls,
      recipientKeys,
      sentAt,
      subject,
      body,
      folder: optionalField(row, 'folder'),
      direction,
      intent: classifyMessageIntent(body, subject),
    }
  }
}
