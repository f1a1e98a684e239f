import { finishImport, holdImport, insertImport } from '../../db/queries/imports.js'
import { newId } from '../../ids.js'
import type { ImportLimits } from '../../imports/limits.js'
import {
  type ImportProgress,
  type LinkedInExportSource,
  type LinkedInScan,
  openLinkedInExport,
  readLinkedInSource,
  scanLinkedInSource,
} from '../../imports/linkedin/index.js'
import type { ImportedMessage, LinkedInRecord } from '../../imports/types.js'
import type { ServiceContext } from '../context.js'
import { analyzeNetwork } from '../scoring/index.js'
import { announce } from '../transaction.js'
import { type BatchResult, ImportBatch, type NewMessage } from './import-batch.js'
import { nameFromProfile } from './import-owner.js'

export interface ImportResult extends BatchResult {
  importId: string
}

export interface ImportRunOptions {
  /** Called as the files are read, for a progress bar; never touches the database. */
  onProgress?: (progress: ImportProgress) => void
  /** The `imports` row already created for this run (by an upload); else one is created. */
  importId?: string
  /** Aborting cancels the import: like any failure, it leaves nothing behind. */
  signal?: AbortSignal
}

/**
 * Runs one import: its `imports` row says running, then done with what it added and skipped, or
 * failed. The rows themselves are written in one transaction, so a failure leaves nothing behind.
 * After it commits the owner's contacts are scored.
 */
export async function runImport(
  ctx: ServiceContext,
  ownerId: string,
  kind: string,
  options: ImportRunOptions,
  work: (batch: ImportBatch) => Promise<void>,
): Promise<ImportResult> {
  const importId = options.importId ?? newId()
  if (options.importId === undefined) {
    await insertImport(ctx.db, {
      id: importId,
      ownerId,
      kind,
      status: 'running',
      createdAt: ctx.clock(),
    })
  }
  try {
    // The records and the import's "done" commit together, so a process killed at any point
    // leaves either both or neither; its row is held meanwhile, so that a restart can tell an
    // import cut short from one another process is still writing.
    const result = await ctx.db.transaction(async (tx) => {
      await holdImport(tx, importId)
      const batch = await ImportBatch.open(tx, ownerId, ctx.clock(), kind)
      try {
        await work(batch)
      } catch (error) {
        // @NOTE The transaction rolls back on the one connection only after the write in flight.
        await batch.idle()
        throw error
      }
      const finished = await batch.finish()
      await finishImport(tx, importId, {
        status: 'done',
        counts: finished.imported,
        unchanged: finished.unchanged,
        skipped: finished.skipped,
        files: finished.files,
        error: null,
        finishedAt: ctx.clock(),
      })
      return finished
    })
    // Profile.csv may have named the owner (nameFromProfile).
    await announce(ctx, { kind: 'member.changed', member: ownerId })
    await analyzeNetwork(ctx, ownerId)
    return { importId, ...result }
  } catch (error) {
    await finishImport(ctx.db, importId, {
      status: 'failed',
      counts: null,
      unchanged: 0,
      skipped: [],
      files: [],
      error: error instanceof Error ? error.message : String(error),
      finishedAt: ctx.clock(),
    })
    throw error
  }
}

/**
 * A LinkedIn export opened and read through once (see scanLinkedInSource), with no database
 * involved: whatever is wrong with it has been found. Close it when done.
 */
export interface CheckedLinkedInExport extends AsyncDisposable {
  source: LinkedInExportSource
  scan: LinkedInScan
  close(): Promise<void>
}

/**
 * Checks a LinkedIn export (its zip or its folder) before anything is stored: over a cap it is
 * refused with 413, unreadable or without any known file with 400, naming the file and the cap.
 */
export async function checkLinkedInExport(
  path: string,
  limits?: ImportLimits,
): Promise<CheckedLinkedInExport> {
  const source = await openLinkedInExport(path, limits)
  try {
    const scan = await scanLinkedInSource(source)
    return { source, scan, close: source.close, [Symbol.asyncDispose]: source.close }
  } catch (error) {
    await source.close()
    throw error
  }
}

/**
 * Imports a LinkedIn data export (its zip or its folder) for the owner: checks it, then imports
 * it (importCheckedLinkedIn).
 */
export async function importLinkedIn(
  ctx: ServiceContext,
  ownerId: string,
  path: string,
  options: ImportRunOptions = {},
): Promise<ImportResult> {
  await using checked = await checkLinkedInExport(path)
  return await importCheckedLinkedIn(ctx, ownerId, checked, options)
}

/**
 * Imports a checked LinkedIn export for the owner: connections become contacts (linked to
 * members by e-mail), messages become interactions with their direction and intent, and
 * invitations, recommendations, positions and endorsements are kept as records. Profile.csv
 * names a member who has no name of their own. Idempotent: every row has a key, and a second
 * import finds them all. Every row is accounted for in the result's `files`.
 */
export async function importCheckedLinkedIn(
  ctx: ServiceContext,
  ownerId: string,
  checked: CheckedLinkedInExport,
  options: ImportRunOptions = {},
): Promise<ImportResult> {
  return await runImport(ctx, ownerId, 'linkedin', options, async (batch) => {
    let ownerKey: string | null = null
    const read = readLinkedInSource(
      checked.source,
      checked.scan,
      options.onProgress === undefined ? {} : { onProgress: options.onProgress },
    )
    for await (const record of read) {
      options.signal?.throwIfAborted()
      if (record.kind === 'owner') ownerKey = record.key
      else {
        // @NOTE Connections come first; writing them before the rest keeps the pending set small.
        if (record.kind !== 'contact' && record.kind !== 'skipped') await batch.flushContacts()
        await apply(batch, record, ownerKey, ctx.clock())
      }
    }
  })
}

async function apply(
  batch: ImportBatch,
  r: Exclude<LinkedInRecord, { kind: 'owner' }>,
  ownerKey: string | null,
  now: Date,
) {
  switch (r.kind) {
    case 'file':
      batch.ledger.read(r)
      return
    case 'skipped':
      batch.skip(r)
      return
    case 'profile':
      if (await nameFromProfile(await batch.transaction(), batch.ownerId, r, now))
        batch.ledger.imported(r.file)
      else batch.ledger.merged(r.file)
      return
    case 'contact':
      batch.addContact(r, 'connections')
      return
    case 'message':
      await applyMessage(batch, r, ownerKey)
      return
    case 'invitation':
      await batch.addRecord('invitation', r.file, {
        contactId: batch.find(r.counterpartKey, r.counterpartName),
        importKey: r.externalKey,
        at: r.sentAt,
        data: {
          direction: r.direction,
          from: r.fromName,
          to: r.toName,
          message: r.message,
          profileUrl: r.counterpartProfileUrl,
        },
      })
      return
    case 'recommendation': {
      const name = `${r.firstName} ${r.lastName}`.trim()
      const contactId = batch.find(r.counterpartKey, name)
      await batch.addRecord('recommendation', r.file, {
        contactId,
        importKey: r.externalKey,
        at: r.createdAt,
        data: {
          direction: r.direction,
          name,
          company: r.company,
          title: r.jobTitle,
          text: r.text,
          status: r.status,
        },
      })
      if (contactId !== null && r.createdAt !== null) {
        await batch.addRecordInteraction({
          contactId,
          kind: 'recommendation',
          at: r.createdAt,
          intent: null,
          by: r.direction === 'given' ? 'member' : 'contact',
          note: null,
          dedupeKey: `li:rec:${r.externalKey}`,
        })
      }
      return
    }
    case 'position':
      await batch.addRecord('position', r.file, {
        contactId: null,
        importKey: r.externalKey,
        at: null,
        data: {
          company: r.companyName,
          title: r.title,
          description: r.description,
          location: r.location,
          startedOn: r.startedOn,
          finishedOn: r.finishedOn,
        },
      })
      return
    case 'endorsement': {
      const name = `${r.endorserFirstName} ${r.endorserLastName}`.trim()
      await batch.addRecord('endorsement', r.file, {
        contactId: batch.find(r.endorserKey, name),
        importKey: r.externalKey,
        at: r.endorsedAt,
        data: { skill: r.skill, endorser: name, status: r.status },
      })
      return
    }
  }
}

function skipMessage(batch: ImportBatch, m: ImportedMessage, reason: string, detail: string) {
  batch.skip({ file: m.file, line: m.line, reason, detail })
}

async function applyMessage(batch: ImportBatch, m: ImportedMessage, ownerKey: string | null) {
  if (m.direction === 'unknown') {
    skipMessage(
      batch,
      m,
      'unknown-direction',
      'neither the sender nor a recipient is the owner of the export',
    )
    return
  }
  const intent = m.intent.intent
  const message = (contactId: string, dedupeKey: string): NewMessage => ({
    contactId,
    kind: m.direction === 'incoming' ? 'message_received' : 'message_sent',
    at: m.sentAt,
    intent,
    by: null,
    note: null,
    dedupeKey,
  })
  if (m.direction === 'incoming') {
    if (m.senderKey === ownerKey) {
      skipMessage(batch, m, 'unknown-direction', 'marked incoming, but sent by the owner')
      return
    }
    const contactId = batch.findOrCreate(m.senderKey, m.senderName, m.senderProfileUrl)
    await batch.addMessage(m.file, [message(contactId, `li:msg:${m.externalKey}`)])
    return
  }
  const keys = m.recipientKeys.filter((k) => k !== ownerKey)
  if (keys.length === 0) {
    skipMessage(
      batch,
      m,
      'no-recipient',
      'the row names no recipient, and its conversation shows no one else',
    )
    return
  }
  if (keys.length === 1 && keys[0] !== undefined) {
    const key = keys[0]
    const at = m.recipientKeys.indexOf(key)
    const contactId = batch.findOrCreate(key, m.recipientNames, m.recipientProfileUrls[at] ?? null)
    await batch.addMessage(m.file, [message(contactId, `li:msg:${m.externalKey}`)])
    return
  }
  // @NOTE Names in TO are comma-joined and may hold commas, so a group's recipients are only
  // found among contacts already known.
  const interactions = keys.flatMap((key) => {
    const contactId = batch.find(key, null)
    return contactId === null ? [] : [message(contactId, `li:msg:${m.externalKey}:${key}`)]
  })
  if (interactions.length === 0) {
    skipMessage(
      batch,
      m,
      'unknown-recipients',
      `a message to ${keys.length} people, none of them a contact`,
    )
    return
  }
  await batch.addMessage(m.file, interactions)
}
