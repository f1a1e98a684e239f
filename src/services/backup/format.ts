import { z } from 'zod'

/**
 * A backup is one gzipped file of JSON lines: a header, each table's rows in dependency order,
 * the stored files, and a manifest last with the counts and checksums the restore checks.
 */
export const BACKUP_FORMAT = 'rapport-backup'
export const BACKUP_VERSION = 1

export const headerSchema = z
  .object({
    kind: z.literal('header'),
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: z.string(),
    database: z.enum(['pglite', 'postgres']),
    migrations: z.object({ count: z.number().int(), latest: z.string().nullable() }).strict(),
    tables: z.array(z.string()),
  })
  .strict()
export type BackupHeader = z.output<typeof headerSchema>

export const fileLineSchema = z
  .object({
    kind: z.literal('file'),
    path: z.string().regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9._-]+)+$/),
    bytes: z.number().int().nonnegative(),
    sha256: z.string(),
    data: z.string(),
  })
  .strict()

const digestSchema = z.object({ rows: z.number().int(), sha256: z.string() }).strict()
const fileDigestSchema = z.object({ bytes: z.number().int(), sha256: z.string() }).strict()

export const manifestSchema = z
  .object({
    kind: z.literal('manifest'),
    tables: z.record(z.string(), digestSchema),
    files: z.record(z.string(), fileDigestSchema),
  })
  .strict()
export type BackupManifest = z.output<typeof manifestSchema>

/**
 * A row line carries the row exactly as the database wrote it out, so the restore hands the same
 * text back and the checksum covers it byte for byte (numbers are never re-encoded).
 */
export function rowLinePrefix(table: string): string {
  return `{"kind":"row","table":${JSON.stringify(table)},"row":`
}

export function rowLine(table: string, row: string): string {
  return `${rowLinePrefix(table)}${row}}`
}
