import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, ownerRef } from './columns.js'
import { contacts } from './contacts.js'

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
