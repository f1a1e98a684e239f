import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import type { Db } from '../../db/client.js'
import {
  countRows,
  deleteAllRows,
  insertRowsFromJson,
  migrationLevel,
  resetIdentitySequences,
  tablesInDependencyOrder,
} from '../../db/queries/backup.js'
import { AppError } from '../../errors.js'
import { newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { announce } from '../transaction.js'
import {
  type BackupHeader,
  type BackupManifest,
  fileLineSchema,
  headerSchema,
  manifestSchema,
  rowLinePrefix,
} from './format.js'
import { pauseSends } from './sends-hold.js'
import { listStoredFiles, sha256 } from './stored-files.js'

/** Rows inserted per statement while restoring. */
const BATCH_ROWS = 500

/**
 * Tables a fresh instance already fills by itself (its migrations seed one-off jobs, a started
 * server its recurring ones): an instance holding rows only there is still empty, and the
 * restore replaces those rows with the backup's.
 */
const SEEDED_TABLES = new Set(['jobs'])

export interface RestoreSummary {
  createdAt: string
  rows: number
  files: number
  tables: Record<string, number>
  sendsPaused: true
}

const invalid = (why: string) => new AppError('bad_request', `Not a usable backup: ${why}`)

/**
 * Restores a backup into an empty instance of the same schema, in one transaction: the rows and
 * the files are checked against the manifest (counts and checksums) before it commits, and a
 * backup that does not match leaves the instance as it was. Scheduled sends start paused, so an
 * old send never fires from a restored copy until the operator resumes them.
 */
export async function restoreFrom(ctx: ServiceContext, file: string): Promise<RestoreSummary> {
  await access(file).catch(() => {
    throw new AppError('not_found', `No such file: ${file}`)
  })
  const gunzip = createGunzip()
  const source = createReadStream(file)
  source.on('error', (error) => gunzip.destroy(error))
  const lines = createInterface({
    input: source.pipe(gunzip),
    crlfDelay: Number.POSITIVE_INFINITY,
  })[Symbol.asyncIterator]()
  const next = async (): Promise<string | null> => {
    try {
      const step = await lines.next()
      return step.done ? null : step.value
    } catch (error) {
      throw invalid(error instanceof Error ? error.message : String(error))
    }
  }
  const first = await next()
  const header = headerSchema.safeParse(first === null ? null : parseJson(first))
  if (!header.success) throw invalid('it does not start with a Rapport backup header')
  await refuseUnlessRestorable(ctx, header.data)
  const staging = join(ctx.config.dataDir, `.restore-${newId()}`)
  const placed: string[] = []
  try {
    const summary = await ctx.db.transaction(async (tx) => {
      for (const table of SEEDED_TABLES) await deleteAllRows(tx, table)
      const read = await readBody(tx, header.data, next, staging)
      for (const [table, digest] of Object.entries(read.manifest.tables)) {
        if ((await countRows(tx, table)) !== digest.rows) {
          throw invalid(`the table ${table} did not restore to ${digest.rows} rows`)
        }
        await resetIdentitySequences(tx, table)
      }
      const now = ctx.clock()
      await pauseSends(tx, now)
      // The files go into place last, inside the transaction: if this fails, nothing commits.
      for (const path of Object.keys(read.manifest.files)) {
        const target = join(ctx.config.dataDir, path)
        await mkdir(dirname(target), { recursive: true })
        await rename(join(staging, path), target)
        placed.push(target)
      }
      return {
        createdAt: header.data.createdAt,
        rows: Object.values(read.manifest.tables).reduce((a, d) => a + d.rows, 0),
        files: placed.length,
        tables: Object.fromEntries(
          Object.entries(read.manifest.tables).map(([t, d]) => [t, d.rows]),
        ),
        sendsPaused: true as const,
      }
    })
    // Every process's graph, caches and member directory start again from the restored rows.
    await announce(ctx, { kind: 'graph.reload' })
    await ctx.network.load()
    return summary
  } catch (error) {
    for (const target of placed) await rm(target, { force: true })
    throw error
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function refuseUnlessRestorable(ctx: ServiceContext, header: BackupHeader): Promise<void> {
  const level = await migrationLevel(ctx.db)
  if (level.count !== header.migrations.count || level.latest !== header.migrations.latest) {
    throw new AppError(
      'conflict',
      `The backup was made at schema level ${header.migrations.count} and this instance is at ` +
        `${level.count}: restore it with the version of Rapport that made it, then upgrade`,
    )
  }
  const tables = await tablesInDependencyOrder(ctx.db)
  const missing = header.tables.filter((t) => !tables.includes(t))
  if (missing.length > 0) throw invalid(`this instance has no table ${missing.join(', ')}`)
  const holding: string[] = []
  for (const table of tables) {
    if (!SEEDED_TABLES.has(table) && (await countRows(ctx.db, table)) > 0) holding.push(table)
  }
  if ((await listStoredFiles(ctx)).length > 0) holding.push('stored files')
  if (holding.length > 0) {
    throw new AppError(
      'conflict',
      `A backup is restored only into an empty instance; this one holds ${holding.join(', ')}`,
    )
  }
}

interface TableTally {
  rows: number
  hash: Hash
}

/** Reads the rows and files after the header, inserting and staging them, and checks the manifest. */
async function readBody(
  tx: Db,
  header: BackupHeader,
  next: () => Promise<string | null>,
  staging: string,
): Promise<{ manifest: BackupManifest }> {
  const tallies = new Map<string, TableTally>(
    header.tables.map((t) => [t, { rows: 0, hash: createHash('sha256') }]),
  )
  const prefixes = header.tables.map((t) => [t, rowLinePrefix(t)] as const)
  const files = new Map<string, { bytes: number; sha256: string }>()
  const batch = { table: '', rows: [] as string[] }
  const flush = async () => {
    await insertRowsFromJson(tx, batch.table, batch.rows)
    batch.rows = []
  }
  for (;;) {
    const line = await next()
    if (line === null) throw invalid('it ends before its manifest (a cut-off file?)')
    const owner = prefixes.find(([, prefix]) => line.startsWith(prefix))
    if (owner !== undefined && line.endsWith('}')) {
      const [table, prefix] = owner
      const row = line.slice(prefix.length, -1)
      const tally = tallies.get(table) as TableTally
      tally.rows++
      tally.hash.update(`${row}\n`)
      if (batch.table !== table) {
        await flush()
        batch.table = table
      }
      batch.rows.push(row)
      if (batch.rows.length >= BATCH_ROWS) await flush()
      continue
    }
    await flush()
    const parsed = parseJson(line)
    const fileLine = fileLineSchema.safeParse(parsed)
    if (fileLine.success) {
      const bytes = Buffer.from(fileLine.data.data, 'base64')
      if (bytes.length !== fileLine.data.bytes || sha256(bytes) !== fileLine.data.sha256) {
        throw invalid(`the file ${fileLine.data.path} does not match its checksum`)
      }
      const target = join(staging, fileLine.data.path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, bytes, { mode: 0o600 })
      files.set(fileLine.data.path, { bytes: bytes.length, sha256: fileLine.data.sha256 })
      continue
    }
    const manifest = manifestSchema.safeParse(parsed)
    if (!manifest.success)
      throw invalid('it holds a line that is neither a row, a file nor a manifest')
    checkManifest(manifest.data, tallies, files)
    return { manifest: manifest.data }
  }
}

function checkManifest(
  manifest: BackupManifest,
  tallies: Map<string, TableTally>,
  files: Map<string, { bytes: number; sha256: string }>,
): void {
  for (const [table, tally] of tallies) {
    const expected = manifest.tables[table]
    if (expected === undefined || expected.rows !== tally.rows) {
      throw invalid(`the table ${table} holds ${tally.rows} rows, its manifest says otherwise`)
    }
    if (expected.sha256 !== tally.hash.digest('hex')) {
      throw invalid(`the rows of ${table} do not match their checksum`)
    }
  }
  const named = Object.entries(manifest.files)
  if (named.length !== files.size || named.some(([p, d]) => files.get(p)?.sha256 !== d.sha256)) {
    throw invalid('its files do not match the manifest')
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return null
  }
}
