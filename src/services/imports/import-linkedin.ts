import { finishImport, insertImport } from '../../db/queries/imports.js'
import type { ImportCounts, ImportSkip } from '../../db/schema/contacts.js'
import { newId } from '../../ids.js'
import { type ImportProgress, readLinkedInExport } from '../../imports/linkedin/index.js'
import type { ImportedMessage, LinkedInRecord } from '../../imports/types.js'
import type { ServiceContext } from '../context.js'
import { analyzeNetwork } from '../scoring/index.js'
import { ImportBatch } from './import-batch.js'

export interface ImportResult {
  importId: string
  imported: ImportCounts
  unchanged: number
  skipped: ImportSkip[]
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
    const result = await ctx.db.transaction(async (tx) => {
      const batch = await ImportBatch.open(tx, ownerId, ctx.clock(), kind)
      await work(batch)
      return await batch.finish()
    })
    await finishImport(ctx.db, importId, {
      status: 'done',
      counts: result.imported,
      unchanged: result.unchanged,
      skipped: result.skipped,
      error: null,
      finishedAt: ctx.clock(),
    })
    await analyzeNetwork(ctx, ownerId)
    return { importId, ...result }
  } catch (error) {
    await finishImport(ctx.db, importId, {
      status: 'failed',
      counts: null,
      unchanged: 0,
      skipped: [],
      error: error instanceof Error ? error.message : String(error),
      finishedAt: ctx.clock(),
    })
    throw error
  }
}

/**
 * Imports a LinkedIn data export (its zip or its folder) for the owner: connections become
 * contacts (linked to members by e-mail), messages become interactions with their direction and
 * intent, and invitations, recommendations, positions and endorsements are kept as records.
 * Idempotent: every row has a key, and a second import finds them all.
 */
export async function importLinkedIn(
  ctx: ServiceContext,
  ownerId: string,
  path: string,
  options: ImportRunOptions = {},
): Promise<ImportResult> {
  return await runImport(ctx, ownerId, 'linkedin', options, async (batch) => {
    let ownerKey: string | null = null
    const read = readLinkedInExport(
      path,
      options.onProgress === undefined ? {} : { onProgress: options.onProgress },
    )
    for await (const record of read) {
      options.signal?.throwIfAborted()
      if (record.kind === 'owner') ownerKey = record.key
      else {
        // @NOTE Connections come first; writing them before the rest keeps the pending set small.
        if (record.kind !== 'contact' && record.kind !== 'skipped') await batch.flushContacts()
        await apply(batch, record, ownerKey)
      }
    }
  })
}

async function apply(batch: ImportBatch, r: LinkedInRecord, ownerKey: string | null) {
  switch (r.kind) {
    case 'skipped':
      batch.skip(r)
      return
    case 'profile':
    case 'owner':
      return
    case 'contact':
      batch.addContact(r, 'connections')
      return
    case 'message':
      await applyMessage(batch, r, ownerKey)
      return
    case 'invitation':
      await batch.addRecord('invitation', {
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
      await batch.addRecord('recommendation', {
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
        await batch.addInteraction(
          {
            contactId,
            kind: 'recommendation',
            at: r.createdAt,
            intent: null,
            by: r.direction === 'given' ? 'member' : 'contact',
            note: null,
            dedupeKey: `li:rec:${r.externalKey}`,
          },
          false,
        )
      }
      return
    }
    case 'position':
      await batch.addRecord('position', {
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
      await batch.addRecord('endorsement', {
        contactId: batch.find(r.endorserKey, name),
        importKey: r.externalKey,
        at: r.endorsedAt,
        data: { skill: r.skill, endorser: name, status: r.status },
      })
      return
    }
  }
}

async function applyMessage(batch: ImportBatch, m: ImportedMessage, ownerKey: string | null) {
  if (m.direction === 'unknown') {
    batch.skip({
      file: m.file,
      line: m.line,
      reason: 'unknown-direction',
      detail: 'neither the sender nor a recipient is the owner of the export',
    })
    return
  }
  const intent = m.intent.intent
  if (m.direction === 'incoming') {
    if (m.senderKey === ownerKey) return
    const contactId = batch.findOrCreate(m.senderKey, m.senderName, m.senderProfileUrl)
    await batch.addInteraction(
      {
        contactId,
        kind: 'message_received',
        at: m.sentAt,
        intent,
        by: null,
        note: null,
        dedupeKey: `li:msg:${m.externalKey}`,
      },
      true,
    )
    return
  }
  const keys = m.recipientKeys.filter((k) => k !== ownerKey)
  for (const [i, key] of keys.entries()) {
    // @NOTE Names in TO are comma-joined and may hold commas, so only a lone recipient is named.
    const contactId =
      keys.length === 1
        ? batch.findOrCreate(key, m.recipientNames, m.recipientProfileUrls[i] ?? null)
        : batch.find(key, null)
    if (contactId === null) continue
    await batch.addInteraction(
      {
        contactId,
        kind: 'message_sent',
        at: m.sentAt,
        intent,
        by: null,
        note: null,
        dedupeKey: keys.length === 1 ? `li:msg:${m.externalKey}` : `li:msg:${m.externalKey}:${key}`,
      },
      true,
    )
  }
}
