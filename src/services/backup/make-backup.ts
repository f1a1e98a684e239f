import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip, type Gzip } from 'node:zlib'
import type { Db } from '../../db/client.js'
import {
  databaseEngine,
  migrationLevel,
  tableRowsAsJson,
  tablesInDependencyOrder,
} from '../../db/queries/backup.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { requireOperator } from '../operator/index.js'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupManifest,
  rowLine,
} from './format.js'
import { type LastBackup, recordBackup } from './last-backup.js'
import { listStoredFiles, readStoredFile, sha256 } from './stored-files.js'

export interface BackupSummary extends LastBackup {
  file: string
  tables: Record<string, number>
}

/**
 * Writes a backup of the whole instance to `file`: every table from one snapshot (a read-only
 * repeatable-read transaction, so rows committed while it runs are all in or all out), then the
 * stored files, then the manifest. It is written beside the target and renamed at the end, so a
 * failed backup never leaves a file that looks whole. The backup is recorded for the health panel.
 */
export async function backupTo(ctx: ServiceContext, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`
  const gzip = createGzip()
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }))
  let manifest: BackupManifest
  try {
    manifest = await ctx.db.transaction(async (tx) => await writeSnapshot(ctx, tx, gzip), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    })
    gzip.end()
    await written
    await rename(partial, file)
  } catch (error) {
    gzip.destroy()
    await written.catch(() => {})
    await rm(partial, { force: true })
    throw error
  }
  const tables = Object.fromEntries(Object.entries(manifest.tables).map(([t, d]) => [t, d.rows]))
  const summary: BackupSummary = {
    file,
    at: ctx.clock().toISOString(),
    bytes: (await stat(file)).size,
    rows: Object.values(tables).reduce((a, b) => a + b, 0),
    files: Object.keys(manifest.files).length,
    tables,
  }
  const { at, bytes, rows, files } = summary
  await recordBackup(ctx.db, { at, bytes, rows, files })
  return summary
}

async function writeSnapshot(ctx: ServiceContext, tx: Db, out: Gzip): Promise<BackupManifest> {
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  const tables = await tablesInDependencyOrder(tx)
  const header: BackupHeader = {
    kind: 'header',
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: ctx.clock().toISOString(),
    database: await databaseEngine(tx),
    migrations: await migrationLevel(tx),
    tables,
  }
  await write(JSON.stringify(header))
  const manifest: BackupManifest = { kind: 'manifest', tables: {}, files: {} }
  for (const table of tables) {
    const hash = createHash('sha256')
    let rows = 0
    for await (const row of tableRowsAsJson(tx, table)) {
      hash.update(`${row}\n`)
      rows++
      await write(rowLine(table, row))
    }
    manifest.tables[table] = { rows, sha256: hash.digest('hex') }
  }
  // Files are read while the snapshot is still open: a résumé is written before the row that
  // names it commits, so every file a snapshotted row names is already there.
  for (const file of await listStoredFiles(ctx)) {
    const bytes = await readStoredFile(file)
    const digest = { bytes: bytes.length, sha256: sha256(bytes) }
    manifest.files[file.path] = digest
    await write(
      JSON.stringify({ kind: 'file', path: file.path, ...digest, data: bytes.toString('base64') }),
    )
  }
  await write(JSON.stringify(manifest))
  return manifest
}

/**
 * A backup for the operator to download, made by the serving process itself: the way to back up
 * an embedded database while it serves, since only one process may open its folder.
 */
export async function backupForDownload(
  ctx: ServiceContext,
  viewer: MemberId,
): Promise<{ path: string; name: string; done(): Promise<void> }> {
  await requireOperator(ctx, viewer)
  const folder = await mkdtemp(join(tmpdir(), 'rapport-backup-'))
  const name = `rapport-${ctx.clock().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`
  const path = join(folder, name)
  try {
    await backupTo(ctx, path)
  } catch (error) {
    await rm(folder, { recursive: true, force: true })
    throw error
  }
  return { path, name, done: () => rm(folder, { recursive: true, force: true }) }
}
