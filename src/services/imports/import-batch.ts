import { groupBy } from '../../collections.js'
import type { Db } from '../../db/client.js'
import {
  allContactsOf,
  insertContacts,
  membersByEmails,
  type NewContactRow,
  updateContact,
} from '../../db/queries/contacts.js'
import { insertImportedRecords, type NewImportedRecord } from '../../db/queries/imports.js'
import { insertInteractionsOf, type OwnedInteraction } from '../../db/queries/interactions.js'
import type { ImportCounts, ImportFile, ImportSkip } from '../../db/schema/imports.js'
import { newId } from '../../ids.js'
import { normaliseName } from '../../imports/common/contact-key.js'
import type { ImportedContact, SkippedRow } from '../../imports/types.js'
import { ImportLedger } from './import-ledger.js'

export type RecordKind = 'invitation' | 'recommendation' | 'position' | 'endorsement'

const COUNT_OF: Record<RecordKind, keyof ImportCounts> = {
  invitation: 'invitations',
  recommendation: 'recommendations',
  position: 'positions',
  endorsement: 'endorsements',
}

const INTERACTION_BATCH = 10_000
const RECORD_BATCH = 2_000

export function emptyCounts(): ImportCounts {
  return {
    connections: 0,
    messages: 0,
    invitations: 0,
    recommendations: 0,
    positions: 0,
    endorsements: 0,
    contacts: 0,
  }
}

interface PendingContact {
  row: NewContactRow & { id: string }
  counts: 'connections' | 'contacts'
  /** The file of the row it comes from; null for someone met only in messages (not a row). */
  file: string | null
}

interface PendingRecord {
  record: NewImportedRecord
  file: string
}

/** A message row's interaction, waiting to be written: the row is accounted for when it is. */
interface PendingMessage {
  interaction: NewMessage
  file: string
}

export type NewMessage = OwnedInteraction

export interface BatchResult {
  imported: ImportCounts
  unchanged: number
  skipped: ImportSkip[]
  files: ImportFile[]
}

/**
 * The state of one import inside its transaction: the owner's contacts by key, name, e-mail and
 * member, and the rows waiting to be written in batches. Contacts are written before any
 * interaction that points at them. Everything already held is counted as merged, so a second
 * import of the same file adds nothing; the ledger accounts for every row.
 *
 * A batch of interactions or records is written while the next is read: one write is in flight
 * at a time, and every other statement waits for it (a transaction is one connection, and on
 * PostgreSQL the server works while the readers parse).
 */
export class ImportBatch {
  readonly counts = emptyCounts()
  readonly skipped: ImportSkip[] = []
  readonly ledger = new ImportLedger()
  private readonly byKey = new Map<string, string>()
  private readonly byName = new Map<string, string>()
  private readonly byEmail = new Map<string, string>()
  private readonly byMember = new Map<string, string>()
  private readonly remapped = new Map<string, string>()
  private pendingContacts: PendingContact[] = []
  private pendingMessages: PendingMessage[] = []
  private pendingOther: NewMessage[] = []
  private pendingRecords: PendingRecord[] = []
  /** The write in flight; its failure is thrown by whatever waits for it next. */
  private inFlight: Promise<void> = Promise.resolve()

  private constructor(
    private readonly tx: Db,
    readonly ownerId: string,
    private readonly now: Date,
    private readonly source: string,
  ) {}

  static async open(tx: Db, ownerId: string, now: Date, source: string): Promise<ImportBatch> {
    const batch = new ImportBatch(tx, ownerId, now, source)
    for (const row of await allContactsOf(tx, ownerId)) {
      if (row.importKey !== null) batch.byKey.set(row.importKey, row.id)
      if (row.email !== null) batch.byEmail.set(row.email.toLowerCase(), row.id)
      if (row.memberId !== null) batch.byMember.set(row.memberId, row.id)
      const name = normaliseName(row.name)
      if (!batch.byName.has(name)) batch.byName.set(name, row.id)
    }
    return batch
  }

  /** The import's transaction, once no write is in flight, for a statement of the caller's own. */
  async transaction(): Promise<Db> {
    await this.inFlight
    return this.tx
  }

  /** Waits for the write in flight, whatever its outcome: for an import that is failing anyway. */
  async idle(): Promise<void> {
    await this.inFlight.catch(() => {})
  }

  /** Starts a write once the one in flight has ended, without waiting for it to end. */
  private async launch(write: () => Promise<void>): Promise<void> {
    await this.inFlight
    const started = write()
    // @NOTE Marked handled now so that a failure is not reported as unhandled before it is awaited.
    started.catch(() => {})
    this.inFlight = started
  }

  skip(row: SkippedRow | ImportSkip): void {
    this.skipped.push({
      file: row.file,
      line: row.line,
      reason: row.reason,
      ...(row.detail ? { detail: row.detail } : {}),
    })
    this.ledger.skipped(row.file)
  }

  /** An address-book person or a LinkedIn connection: new unless its key or e-mail is known. */
  addContact(c: ImportedContact, counts: 'connections' | 'contacts'): void {
    const emails = c.emails.map((e) => e.toLowerCase())
    const known =
      this.byKey.get(c.externalKey) ??
      emails.map((e) => this.byEmail.get(e)).find((id) => id !== undefined)
    if (known !== undefined) {
      this.byKey.set(c.externalKey, known)
      this.ledger.merged(c.file)
      return
    }
    const id = newId()
    const name = c.fullName || emails[0] || c.externalKey
    this.register(c.externalKey, name, id)
    for (const e of emails) if (!this.byEmail.has(e)) this.byEmail.set(e, id)
    this.pendingContacts.push({
      counts,
      file: c.file,
      row: {
        id,
        ownerId: this.ownerId,
        name,
        email: emails[0] ?? null,
        company: c.company,
        title: c.title,
        profileUrl: c.profileUrl,
        howMet: 'imported',
        howMetNote: null,
        since: c.connectedOn,
        notes: c.note ?? '',
        source: this.source,
        importKey: c.externalKey,
        createdAt: this.now,
      },
    })
  }

  private register(key: string, name: string, id: string): void {
    this.byKey.set(key, id)
    const normal = normaliseName(name)
    if (normal !== '' && !this.byName.has(normal)) this.byName.set(normal, id)
  }

  /** The contact a key (or, failing that, a name) stands for, if the owner has one. */
  find(key: string, name: string | null): string | null {
    const id =
      this.byKey.get(key) ??
      (name === null ? undefined : this.byName.get(normaliseName(name))) ??
      (key.startsWith('name:') ? this.byName.get(key.slice(5, key.indexOf('|'))) : undefined)
    return id === undefined ? null : (this.remapped.get(id) ?? id)
  }

  /** The contact for someone met only in messages: found, or created as an imported contact. */
  findOrCreate(key: string, name: string, profileUrl: string | null): string {
    const found = this.find(key, name)
    if (found !== null) return found
    const id = newId()
    this.register(key, name, id)
    this.pendingContacts.push({
      counts: 'contacts',
      file: null,
      row: {
        id,
        ownerId: this.ownerId,
        name: name || profileUrl || key,
        profileUrl,
        howMet: 'imported',
        source: this.source,
        importKey: key,
        createdAt: this.now,
      },
    })
    return id
  }

  /**
   * The interactions of one message row (several for a message to a group). The row is imported
   * if any of them is new, merged if all were already there.
   */
  async addMessage(file: string, interactions: readonly NewMessage[]): Promise<void> {
    if (interactions.length === 1 && interactions[0] !== undefined) {
      this.pendingMessages.push({ interaction: interactions[0], file })
      if (this.pendingMessages.length + this.pendingOther.length >= INTERACTION_BATCH) {
        await this.flushInteractions()
      }
      return
    }
    // @NOTE A row of several interactions is written on its own, so that its outcome is known.
    await this.flushContacts()
    const rows = this.remap(interactions)
    await this.launch(async () => {
      const added = await insertInteractionsOf(this.tx, this.ownerId, this.source, rows)
      this.counts.messages += added
      if (added > 0) this.ledger.imported(file)
      else this.ledger.merged(file)
    })
  }

  /** An interaction that comes with a record (a recommendation), not a row of its own. */
  async addRecordInteraction(row: NewMessage): Promise<void> {
    this.pendingOther.push(row)
    if (this.pendingMessages.length + this.pendingOther.length >= INTERACTION_BATCH) {
      await this.flushInteractions()
    }
  }

  async addRecord(
    kind: RecordKind,
    file: string,
    record: Omit<NewImportedRecord, 'id' | 'ownerId' | 'kind'>,
  ): Promise<void> {
    this.pendingRecords.push({
      file,
      record: { ...record, id: newId(), ownerId: this.ownerId, kind },
    })
    if (this.pendingRecords.length >= RECORD_BATCH) await this.flushRecords()
  }

  /**
   * Writes the queued contacts. An imported contact whose e-mail is a member's is linked to that
   * member, or merged into the contact the owner already holds for them (a connection).
   */
  async flushContacts(): Promise<void> {
    if (this.pendingContacts.length === 0) return
    await this.inFlight
    const pending = this.pendingContacts
    this.pendingContacts = []
    const emails = [...new Set(pending.flatMap((p) => (p.row.email ? [p.row.email] : [])))]
    const memberOf = new Map(
      (await membersByEmails(this.tx, emails)).map((m) => [m.email.toLowerCase(), m.id]),
    )
    const rows: NewContactRow[] = []
    for (const p of pending) {
      const memberId = p.row.email ? memberOf.get(p.row.email) : undefined
      if (memberId !== undefined && memberId !== this.ownerId) {
        const existing = this.byMember.get(memberId)
        if (existing !== undefined) {
          this.remapped.set(p.row.id, existing)
          if (p.row.importKey) {
            this.byKey.set(p.row.importKey, existing)
            await updateContact(this.tx, this.ownerId, existing, {
              importKey: p.row.importKey,
              ...(p.row.email ? { email: p.row.email } : {}),
            })
          }
          if (p.file !== null) this.ledger.merged(p.file)
          continue
        }
        this.byMember.set(memberId, p.row.id)
        rows.push({ ...p.row, memberId })
      } else rows.push(p.row)
      this.counts[p.counts]++
      if (p.file !== null) this.ledger.imported(p.file)
    }
    await insertContacts(this.tx, rows)
  }

  private remap(rows: readonly NewMessage[]): NewMessage[] {
    return rows.map((r) => {
      const to = this.remapped.get(r.contactId)
      return to === undefined ? r : { ...r, contactId: to }
    })
  }

  private async flushInteractions(): Promise<void> {
    await this.flushContacts()
    // @NOTE Each queued message is a row of its own, one interaction each; rows are written a
    // file at a time, so that what was new is counted against the right file.
    const byFile = [...groupBy(this.pendingMessages, (m) => m.file)].map(
      ([file, rows]) => [file, this.remap(rows.map((m) => m.interaction))] as const,
    )
    const other = this.remap(this.pendingOther)
    this.pendingMessages = []
    this.pendingOther = []
    await this.launch(async () => {
      for (const [file, rows] of byFile) {
        const added = await insertInteractionsOf(this.tx, this.ownerId, this.source, rows)
        this.counts.messages += added
        this.ledger.imported(file, added)
        this.ledger.merged(file, rows.length - added)
      }
      // @NOTE A recommendation's interaction is counted with its record, not again here.
      await insertInteractionsOf(this.tx, this.ownerId, this.source, other)
    })
  }

  private async flushRecords(): Promise<void> {
    await this.flushContacts()
    const groups = [
      ...groupBy(this.pendingRecords, (p) => `${p.record.kind}\u0000${p.file}`).values(),
    ]
    this.pendingRecords = []
    const writes = groups.map((group) => ({
      ...(group[0] as PendingRecord),
      rows: group.map(({ record: r }) => ({
        ...r,
        contactId: r.contactId === null ? null : (this.remapped.get(r.contactId) ?? r.contactId),
      })),
    }))
    await this.launch(async () => {
      for (const { record, file, rows } of writes) {
        const added = await insertImportedRecords(this.tx, rows)
        this.counts[COUNT_OF[record.kind as RecordKind]] += added
        this.ledger.imported(file, added)
        this.ledger.merged(file, rows.length - added)
      }
    })
  }

  async finish(): Promise<BatchResult> {
    await this.flushContacts()
    await this.flushInteractions()
    await this.flushRecords()
    await this.inFlight
    return {
      imported: this.counts,
      unchanged: this.ledger.merges,
      skipped: this.skipped,
      files: this.ledger.report(),
    }
  }
}
