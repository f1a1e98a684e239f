import type { MessageIntent } from '../domain/message-intent.js'
import type { TextEncoding } from './common/text-input.js'

/**
 * Where a record came from. `file` is the name inside the import (for a LinkedIn export the
 * path of the entry inside the zip or folder, e.g. `Connections.csv`; for a single file its
 * base name). `line` is the 1-based physical line on which the record starts.
 */
export interface RecordOrigin {
  file: string
  line: number
}

/** Why a row was not turned into a record; see docs/imports.md for each. */
export type SkipReason =
  | 'empty-row'
  | 'missing-name'
  | 'missing-date'
  | 'bad-date'
  | 'missing-field'
  | 'draft'
  | 'malformed-csv'
  | 'unrecognised-header'
  | 'no-header'
  | 'malformed-card'
  | 'empty-card'
  | 'placeholder-sender'
  | 'placeholder-recipient'
  | 'system-sender'
  | 'sponsored'

export interface SkippedRow extends RecordOrigin {
  kind: 'skipped'
  reason: SkipReason
  /** A short human explanation (which column, what value). */
  detail: string
}

export type ContactSource = 'linkedin' | 'vcard' | 'google-csv' | 'outlook-csv'

/** A year with an optional month, as LinkedIn writes positions (`Feb 2022`, `2017`). */
export interface YearMonth {
  year: number
  /** 1-12, or null when only the year is known. */
  month: number | null
}

/**
 * A person from an address book or a LinkedIn connection.
 *
 * `externalKey` is stable across imports of the same data, so a second import finds the
 * same key and adds nothing: `url:<host/path of the profile>` when a profile URL is known,
 * else `email:<lower-cased address>`, else `name:<normalised full name>|<normalised company>`.
 */
export interface ImportedContact extends RecordOrigin {
  kind: 'contact'
  source: ContactSource
  externalKey: string
  firstName: string
  lastName: string
  fullName: string
  emails: string[]
  phones: string[]
  company: string | null
  title: string | null
  /** Canonical `https://www.linkedin.com/in/<slug>` (or any other profile URL found). */
  profileUrl: string | null
  /** LinkedIn's `Connected On`; null elsewhere. */
  connectedOn: Date | null
  note: string | null
}

export type MessageDirection = 'outgoing' | 'incoming' | 'unknown'

/**
 * A message from messages.csv. `senderKey` and `recipientKeys` use the same `url:`/`name:`
 * keys as ImportedContact.externalKey, so the counterpart of a message is found by key.
 */
export interface ImportedMessage extends RecordOrigin {
  kind: 'message'
  /** Stable hash of conversation, date, sender and body: the key for idempotence. */
  externalKey: string
  conversationId: string
  conversationTitle: string | null
  senderName: string
  senderProfileUrl: string | null
  senderKey: string
  /**
   * The TO column as written: names are comma-joined and may hold commas, so never split. For
   * recipients found through the conversation, the name of a lone one, or ''.
   */
  recipientNames: string
  recipientProfileUrls: string[]
  recipientKeys: string[]
  /**
   * True when the row named no recipient (the owner's replies often do not) and the recipients
   * are the other people of its conversation, as the rest of messages.csv shows them.
   */
  recipientsFromConversation: boolean
  sentAt: Date
  subject: string | null
  /** Plain text: HTML tags stripped and entities decoded when the export holds HTML. */
  body: string
  folder: string | null
  direction: MessageDirection
  intent: MessageIntent
}

export interface ImportedInvitation extends RecordOrigin {
  kind: 'invitation'
  externalKey: string
  direction: 'incoming' | 'outgoing'
  fromName: string
  toName: string
  sentAt: Date
  message: string | null
  /** The other person: the invitee of an outgoing invitation, the inviter of an incoming one. */
  counterpartName: string
  counterpartProfileUrl: string | null
  counterpartKey: string
}

export interface ImportedRecommendation extends RecordOrigin {
  kind: 'recommendation'
  externalKey: string
  direction: 'given' | 'received'
  firstName: string
  lastName: string
  company: string | null
  jobTitle: string | null
  text: string
  createdAt: Date | null
  status: string | null
  /** `name:` key of the other person (recommendations carry no profile URL). */
  counterpartKey: string
}

export interface ImportedPosition extends RecordOrigin {
  kind: 'position'
  externalKey: string
  companyName: string
  title: string
  description: string | null
  location: string | null
  startedOn: YearMonth | null
  /** Null for the current position. */
  finishedOn: YearMonth | null
  current: boolean
}

export interface ImportedEndorsement extends RecordOrigin {
  kind: 'endorsement'
  externalKey: string
  skill: string
  endorsedAt: Date | null
  endorserFirstName: string
  endorserLastName: string
  endorserProfileUrl: string | null
  endorserKey: string
  status: string | null
}

export interface ImportedProfile extends RecordOrigin {
  kind: 'profile'
  firstName: string
  lastName: string
  fullName: string
  headline: string | null
  summary: string | null
  industry: string | null
  location: string | null
  websites: string[]
  twitterHandles: string[]
  /** `Mar 31`: LinkedIn gives no year. */
  birthDate: { month: number; day: number } | null
}

/**
 * Who owns the export. Emitted once, before any message, so that message directions can be
 * read against it. `method` says how it was found.
 */
export interface ImportedOwner extends RecordOrigin {
  kind: 'owner'
  name: string | null
  profileUrl: string | null
  key: string | null
  method: 'profile' | 'profile-and-messages' | 'most-frequent-sender' | 'direction-column' | 'none'
}

/**
 * Said once a file has been read, after its last record: its encoding and how many rows it
 * held (every record and every skip of that file, so each row is accounted for once).
 */
export interface FileRead {
  kind: 'file'
  file: string
  encoding: TextEncoding
  rows: number
}

export type LinkedInRecord =
  | ImportedProfile
  | ImportedOwner
  | ImportedPosition
  | ImportedContact
  | ImportedInvitation
  | ImportedMessage
  | ImportedRecommendation
  | ImportedEndorsement
  | SkippedRow
  | FileRead

export type ContactRecord = ImportedContact | SkippedRow
