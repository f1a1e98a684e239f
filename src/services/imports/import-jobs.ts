import { rm } from 'node:fs/promises'
import type { ImportStatus } from '../../contracts/imports.js'
import { circlesOf } from '../../db/queries/contacts.js'
import { findImport, type ImportRow, importsOf, insertImport } from '../../db/queries/imports.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ImportProgress } from '../../imports/linkedin/index.js'
import type { ServiceContext } from '../context.js'
import { emptyCounts } from './import-batch.js'
import {
  type CheckedLinkedInExport,
  checkLinkedInExport,
  importCheckedLinkedIn,
} from './import-linkedin.js'

interface RunningImport {
  ownerId: string
  kind: string
  createdAt: Date
  progress: ImportProgress | null
  done: Promise<void>
}

// @NOTE Progress lives in memory, not in the database: on the embedded database the import's
// transaction holds the only connection, so a status read must not wait for it.
const running = new Map<string, RunningImport>()

/**
 * Checks an uploaded LinkedIn export, then imports it in the background and returns its id.
 * The check reads the whole export before anything is written, with no transaction open: an
 * upload over a cap is refused with 413, one that is unreadable or holds no export with 400,
 * and then no import is recorded. The uploaded file is deleted when the import ends, whatever
 * the outcome.
 */
export async function startLinkedInUpload(
  ctx: ServiceContext,
  viewer: MemberId,
  zipPath: string,
): Promise<{ importId: string }> {
  let checked: CheckedLinkedInExport
  try {
    checked = await checkLinkedInExport(zipPath)
  } catch (error) {
    await rm(zipPath, { force: true })
    throw error
  }
  const importId = newId()
  const createdAt = ctx.clock()
  await insertImport(ctx.db, {
    id: importId,
    ownerId: viewer,
    kind: 'linkedin',
    status: 'running',
    createdAt,
  })
  const job: RunningImport = {
    ownerId: viewer,
    kind: 'linkedin',
    createdAt,
    progress: null,
    done: Promise.resolve(),
  }
  running.set(importId, job)
  job.done = importCheckedLinkedIn(ctx, viewer, checked, {
    importId,
    onProgress: (p) => {
      job.progress = p
    },
  })
    .then(
      () => {},
      (error: unknown) => ctx.log.warn({ err: error, importId }, 'import failed'),
    )
    .finally(async () => {
      running.delete(importId)
      await checked.close()
      await rm(zipPath, { force: true })
    })
  return { importId }
}

function statusOf(row: ImportRow, noCirclesYet: boolean): ImportStatus {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    counts: row.counts ?? emptyCounts(),
    unchanged: row.unchanged,
    skipped: row.skipped,
    files: row.files,
    progress: null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    noCirclesYet,
  }
}

async function hasNoCircles(ctx: ServiceContext, viewer: MemberId): Promise<boolean> {
  return (await circlesOf(ctx.db, viewer)).length === 0
}

/** An import of the caller's: progress while it runs, then what it added and skipped. */
export async function importStatus(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
): Promise<ImportStatus> {
  const job = running.get(id)
  if (job !== undefined && job.ownerId === viewer) {
    return {
      id,
      kind: job.kind,
      status: 'running',
      counts: emptyCounts(),
      unchanged: 0,
      skipped: [],
      files: [],
      progress:
        job.progress === null
          ? null
          : { bytesRead: job.progress.bytesRead, totalBytes: job.progress.totalBytes },
      error: null,
      createdAt: job.createdAt.toISOString(),
      finishedAt: null,
      noCirclesYet: false,
    }
  }
  const row = await findImport(ctx.db, viewer, id)
  if (row === null) throw new AppError('not_found', 'No such import')
  return statusOf(row, await hasNoCircles(ctx, viewer))
}

export async function listImports(ctx: ServiceContext, viewer: MemberId) {
  const none = await hasNoCircles(ctx, viewer)
  return { items: (await importsOf(ctx.db, viewer)).map((row) => statusOf(row, none)) }
}

/** Waits for every background import to end, before the database is closed. */
export async function settleImports(): Promise<void> {
  await Promise.all([...running.values()].map((j) => j.done))
}
