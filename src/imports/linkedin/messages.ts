import { hash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { classifyMessageIntent } from '../../domain/message-intent.js'
import { normaliseName } from '../common/contact-key.js'
import { type CsvTableOptions, field, optionalField, readCsvTable } from '../common/csv-table.js'
import type { ImportedMessage, ImportedOwner, MessageDirection, SkippedRow } from '../types.js'
import type { ConversationIndex } from './conversations.js'
import { parseLinkedInDate } from './dates.js'
import { htmlToText } from './html-text.js'
import {
  conversationOf,
  MESSAGES_SPEC,
  type MessagePerson,
  type MessageRow,
  recipientsOf,
  senderOf,
} from './message-row.js'
import { isPlaceholder, isSponsored, isSystemSender } from './not-people.js'

/**
 * Reads a message's direction against the owner: the export's own Direction column when it has
 * one (2018), else whether the sender is the owner (by profile URL key, or by name when the
 * owner is known only by name). `unknown` when there is no owner.
 */
export function messageDirection(
  row: MessageRow,
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

export interface ReadMessagesOptions extends CsvTableOptions {
  /** The whole file's conversations, gathered by a scan before reading (see ConversationIndex). */
  conversations?: ConversationIndex
}

function skip(file: string, row: MessageRow, reason: SkippedRow['reason'], detail: string) {
  const skipped: SkippedRow = { kind: 'skipped', file, line: row.line, reason, detail }
  return skipped
}

/**
 * The recipients of an outgoing row: those it names, else the other people of its conversation
 * (the owner's replies often name nobody), or a skip when those are placeholders.
 */
function recipientsFor(
  file: string,
  row: MessageRow,
  sender: MessagePerson,
  owner: ImportedOwner | null,
  conversations: ConversationIndex | undefined,
): { people: MessagePerson[]; fromConversation: boolean } | SkippedRow {
  const named = recipientsOf(row)
  const to = field(row, 'to')
  if (named.length <= 1 && to !== '' && isPlaceholder(to, null)) {
    return skip(file, row, 'placeholder-recipient', `TO is "${to}", a stand-in for a hidden member`)
  }
  const id = conversationOf(row)
  if (named.length > 0 || id === null || conversations === undefined) {
    return { people: named, fromConversation: false }
  }
  const others = conversations.others(id, [owner?.key ?? null, sender.key]) ?? []
  // @NOTE Every member has a profile URL in exports that have conversation ids; a party known
  // only by name there is LinkedIn itself or a stand-in.
  const people = others.filter((p) => !p.placeholder && p.profileUrl !== null)
  if (people.length === 0 && others.length > 0) {
    const names = [...new Set(others.map((p) => p.name || p.key))].join(', ')
    return skip(file, row, 'placeholder-recipient', `its conversation is only with ${names}`)
  }
  return { people, fromConversation: true }
}

/**
 * messages.csv (2024, 2026) or Messages.csv (2018). Skipped: drafts (`draft`), rows with no
 * sender (`missing-name`) or an unreadable DATE (`bad-date`, `missing-date` when empty), rows of
 * a sponsored conversation (`sponsored`), rows from LinkedIn's own mailers (`system-sender`),
 * from a placeholder such as "LinkedIn Member" (`placeholder-sender`), or to one
 * (`placeholder-recipient`). Empty bodies are kept: the message still happened. With the
 * conversations gathered beforehand, a row that names no recipient is attributed to the other
 * people of its conversation.
 */
export async function* readMessages(
  input: Readable,
  file: string,
  owner: ImportedOwner | null,
  options: ReadMessagesOptions = {},
): AsyncGenerator<ImportedMessage | SkippedRow> {
  const { conversations } = options
  const ownerName = owner?.name ? normaliseName(owner.name) : null
  for await (const row of readCsvTable(input, file, MESSAGES_SPEC, options)) {
    if (row.kind === 'skipped') {
      yield row
      continue
    }
    if (field(row, 'isDraft').toLowerCase() === 'yes') {
      yield skip(file, row, 'draft', 'an unsent draft')
      continue
    }
    const sender = senderOf(row)
    if (sender.name === '' && sender.profileUrl === null) {
      yield skip(file, row, 'missing-name', 'no sender')
      continue
    }
    const rawDate = field(row, 'date')
    const sentAt = parseLinkedInDate(rawDate)
    if (sentAt === null) {
      const reason = rawDate === '' ? 'missing-date' : 'bad-date'
      yield skip(file, row, reason, `DATE "${rawDate}"`)
      continue
    }
    const conversationId = conversationOf(row)
    const rawContent = field(row, 'content')
    if (
      isSponsored(field(row, 'conversationTitle'), rawContent) ||
      (conversationId !== null && conversations?.isSponsored(conversationId))
    ) {
      yield skip(file, row, 'sponsored', 'a sponsored conversation: advertising, not a person')
      continue
    }
    const direction = messageDirection(row, sender.key, owner, ownerName)
    if (direction !== 'outgoing' && isPlaceholder(sender.name, sender.profileUrl)) {
      yield skip(
        file,
        row,
        'placeholder-sender',
        `FROM is "${sender.name}", which stands for a hidden member`,
      )
      continue
    }
    if (direction !== 'outgoing' && isSystemSender(sender.name, sender.profileUrl)) {
      yield skip(
        file,
        row,
        'system-sender',
        `FROM is "${sender.name}", LinkedIn itself, with no profile`,
      )
      continue
    }
    const recipients =
      direction === 'outgoing'
        ? recipientsFor(file, row, sender, owner, conversations)
        : { people: recipientsOf(row), fromConversation: false }
    if ('kind' in recipients) {
      yield recipients
      continue
    }
    const recipientNames = recipients.fromConversation
      ? recipients.people.length === 1
        ? (recipients.people[0]?.name ?? '')
        : ''
      : field(row, 'to')
    let conversation = conversationId ?? ''
    if (conversation === '') {
      const counterpart = direction === 'outgoing' ? recipientNames : sender.name
      conversation = `name:${normaliseName(counterpart)}`
    }
    const subject = optionalField(row, 'subject')
    const body = htmlToText(rawContent)
    yield {
      kind: 'message',
      file,
      line: row.line,
      externalKey: `msg:${hash('sha1', `${conversation}\u0000${rawDate}\u0000${sender.key}\u0000${body}`)}`,
      conversationId: conversation,
      conversationTitle: optionalField(row, 'conversationTitle'),
      senderName: sender.name,
      senderProfileUrl: sender.profileUrl,
      senderKey: sender.key,
      recipientNames,
      recipientProfileUrls: recipients.people.flatMap((p) =>
        p.profileUrl === null ? [] : [p.profileUrl],
      ),
      recipientKeys: recipients.people.map((p) => p.key),
      recipientsFromConversation: recipients.fromConversation,
      sentAt,
      subject,
      body,
      folder: optionalField(row, 'folder'),
      direction,
      intent: classifyMessageIntent(body, subject),
    }
  }
}
