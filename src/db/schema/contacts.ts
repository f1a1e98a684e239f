import { sql } from 'drizzle-orm'
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { members } from './members.js'

const ownerRef = () =>
  text('owner_id')
    .notNull()
    .references(() => members.id, { onDelete: 'cascade' })
const at = (name: string) => timestamp(name, { withTimezone: true })

/**
 * One member's record of one person: a connection (linked by `memberId`) or an off-platform
 * person from an import or entered by hand. Everything here is private to `ownerId`.
 * `importKey` (profile URL, e-mail or name key) makes a second import find the same row.
 * The score columns are a cache of the last analysis, for sorting lists without rescoring.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    ownerId: ownerRef(),
    // An erased member's place in other people's records stays, unlinked.
    memberId: text('member_id').references(() => members.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    company: text('company'),
    title: text('title'),
    profileUrl: text('profile_url'),
    howMet: text('how_met'),
    howMetNote: text('how_met_note'),
    since: at('since'),
    notes: text('notes').notNull().default(''),
    circles: text('circles').array().notNull().default(sql`'{}'::text[]`),
    source: text('source').notNull(),
    importKey: text('import_key'),
    archivedAt: at('archived_at'),
    strength: real('strength'),
    band: text('band'),
    pruneScore: real('prune_score'),
    lastContactAt: at('last_contact_at'),
    scoredAt: at('scored_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('contacts_owner_key_idx').on(t.ownerId, t.importKey),
    uniqueIndex('contacts_owner_member_idx')
      .on(t.ownerId, t.memberId)
      .where(sql`${t.memberId} is not null`),
    index('contacts_member_idx').on(t.memberId),
  ],
)

/**
 * What passed between a member and a contact, from the member's side. `dedupeKey` is unique per
 * owner so that importing the same message twice stores it once.
 * @NOTE No foreign keys: a million imported messages would pay two referential checks each (about
 * 40% of the insert time on the embedded database). Rows are written only for contacts of the
 * same owner inside the importing transaction, and erasure deletes them by owner.
 */
export const interactions = pgTable(
  'interactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ownerId: text('owner_id').notNull(),
    contactId: text('contact_id').notNull(),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    intent: text('intent'),
    by: text('by'),
    source: text('source').notNull(),
    note: text('note'),
    dedupeKey: text('dedupe_key').notNull(),
  },
  (t) => [
    uniqueIndex('interactions_owner_key_idx').on(t.ownerId, t.dedupeKey),
    index('interactions_contact_idx').on(t.contactId, t.at),
  ],
)

/** Imported records that are not interactions: invitations, recommendations, positions, endorsements. */
export const importedRecords = pgTable(
  'imported_records',
  {
    id: text('id').primaryKey(),
    ownerId: ownerRef(),
    kind: text('kind').notNull(),
    contactId: text('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    importKey: text('import_key').notNull(),
    at: at('at'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('imported_records_key_idx').on(t.ownerId, t.kind, t.importKey)],
)

/** A member's "right, prune" / "wrong, keep" on a suggestion, with the score it had then. */
export const pruneMarks = pgTable(
  'prune_marks',
  {
    ownerId: ownerRef(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    verdict: text('verdict', { enum: ['keep', 'prune'] }).notNull(),
    markedAt: at('marked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.contactId] })],
)

/** Days between contacts per circle, per member. */
export const cadences = pgTable(
  'cadences',
  {
    ownerId: ownerRef(),
    circle: text('circle').notNull(),
    days: integer('days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.circle] })],
)

/** What the network produced: a meeting, a job, a deal… */
export const outcomes = pgTable(
  'outcomes',
  {
    id: text('id').primaryKey(),
    ownerId: ownerRef(),
    contactId: text('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    note: text('note'),
  },
  (t) => [index('outcomes_owner_idx').on(t.ownerId, t.at)],
)

export interface ImportCounts {
  connections: number
  messages: number
  invitations: number
  recommendations: number
  positions: number
  endorsements: number
  contacts: number
}

export interface ImportSkip {
  file: string
  line: number
  reason: string
  detail?: string
}

/** One file of an import, accounted for: `rows = imported + merged + skipped`. */
export interface ImportFile {
  file: string
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  rows: number
  imported: number
  merged: number
  skipped: number
}

/** One run of an import, with what it added, what it found already there and what it skipped. */
export const imports = pgTable(
  'imports',
  {
    id: text('id').primaryKey(),
    ownerId: ownerRef(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    counts: jsonb('counts').$type<ImportCounts>(),
    unchanged: integer('unchanged').notNull().default(0),
    skipped: jsonb('skipped').$type<ImportSkip[]>().notNull().default([]),
    files: jsonb('files').$type<ImportFile[]>().notNull().default([]),
    error: text('error'),
    createdAt: at('created_at').notNull(),
    finishedAt: at('finished_at'),
  },
  (t) => [index('imports_owner_idx').on(t.ownerId, t.createdAt)],
)
