import { nameKey, resolveProfile } from '../common/contact-key.js'
import { type CsvTableRow, type CsvTableSpec, field } from '../common/csv-table.js'

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

export type MessageRow = CsvTableRow<MessageColumn>

/** Someone a message row names: keyed by profile URL when there is one, else by name. */
export interface MessagePerson {
  key: string
  name: string
  profileUrl: string | null
}

export function senderOf(row: MessageRow): MessagePerson {
  const name = field(row, 'from')
  const resolved = resolveProfile(field(row, 'senderUrl'))
  return { key: resolved?.key ?? nameKey(name), name, profileUrl: resolved?.url ?? null }
}

/**
 * The recipients a row names. RECIPIENT PROFILE URLS is split on commas; TO never is (names are
 * comma-joined and hold commas), so a name goes with a URL only when there is one recipient.
 * The 2018 export has no URLs and one recipient per row, keyed by its name.
 */
export function recipientsOf(row: MessageRow): MessagePerson[] {
  const to = field(row, 'to')
  if (row.header.index.recipientUrls === -1) {
    return to === '' ? [] : [{ key: nameKey(to), name: to, profileUrl: null }]
  }
  const urls = field(row, 'recipientUrls')
    .split(',')
    .map((part) => part.trim())
    .filter((url) => url !== '')
  return urls.map((url) => {
    const resolved = resolveProfile(url)
    return {
      key: resolved?.key ?? `url:${url.toLowerCase()}`,
      name: urls.length === 1 ? to : '',
      profileUrl: resolved?.url ?? url,
    }
  })
}

/** The conversation a row belongs to; null in the 2018 export, which has none. */
export function conversationOf(row: MessageRow): string | null {
  const id = field(row, 'conversationId')
  return id === '' ? null : id
}
