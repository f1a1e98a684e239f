import { z } from 'zod'

export const importCountsSchema = z
  .object({
    connections: z.number().int(),
    messages: z.number().int(),
    invitations: z.number().int(),
    recommendations: z.number().int(),
    positions: z.number().int(),
    endorsements: z.number().int(),
    contacts: z.number().int(),
  })
  .meta({ id: 'ImportCounts' })

export const importSkipSchema = z
  .object({
    file: z.string(),
    line: z.number().int(),
    reason: z.string(),
    detail: z.string().optional(),
  })
  .meta({ id: 'ImportSkip' })

/**
 * How a file's bytes were read as text: UTF-8 (with or without its byte-order mark), UTF-16 with
 * its mark, or Windows-1252 when the bytes are not valid UTF-8.
 */
export const textEncodingSchema = z
  .enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'])
  .meta({ id: 'TextEncoding' })

/**
 * One file of an import, accounted for: every row read is imported (new), merged (it matched a
 * contact or record already held, or met earlier in the same import) or skipped (each skip is
 * listed with its line and reason), so `rows = imported + merged + skipped`.
 */
export const importFileReportSchema = z
  .object({
    file: z.string(),
    encoding: textEncodingSchema,
    rows: z.number().int(),
    imported: z.number().int(),
    merged: z.number().int(),
    skipped: z.number().int(),
  })
  .strict()
  .meta({ id: 'ImportFileReport' })
export type ImportFileReport = z.output<typeof importFileReportSchema>

export const importStateSchema = z.enum(['running', 'done', 'failed']).meta({ id: 'ImportState' })

export const importStatusSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: importStateSchema,
    counts: importCountsSchema,
    unchanged: z.number().int(),
    skipped: z.array(importSkipSchema),
    files: z.array(importFileReportSchema),
    progress: z.object({ bytesRead: z.number(), totalBytes: z.number() }).nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    /** True when none of the importer's contacts is in a circle yet: circles are the next step. */
    noCirclesYet: z.boolean(),
  })
  .meta({ id: 'ImportStatus' })
export type ImportStatus = z.output<typeof importStatusSchema>

export const importListSchema = z
  .object({ items: z.array(importStatusSchema) })
  .meta({ id: 'ImportList' })

export const importStartedSchema = z.object({ importId: z.string() }).meta({ id: 'ImportStarted' })

/** What `rapport import … --json` prints when the import is done. */
export const importResultSchema = z
  .object({
    ok: z.literal(true),
    importId: z.string(),
    imported: importCountsSchema,
    unchanged: z.number().int(),
    skipped: z.array(importSkipSchema),
    files: z.array(importFileReportSchema),
  })
  .strict()
export type ImportResult = z.output<typeof importResultSchema>

/**
 * What `rapport import … --json` prints when the import fails (it exits with status 1): the
 * error's code (as the API's problem types: `too_large`, `bad_request`, …), its message, and
 * for a file that could not be read, that file as `errors[0].path`.
 */
export const importFailureSchema = z
  .object({
    ok: z.literal(false),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        errors: z.array(z.object({ path: z.string(), message: z.string() }).strict()).optional(),
      })
      .strict(),
  })
  .strict()
export type ImportFailure = z.output<typeof importFailureSchema>

/**
 * The upload as the OpenAPI document describes it: a `multipart/form-data` body whose `file` part
 * is the export zip. @fastify/multipart streams the parts, so the parsed body is null and
 * validation lets anything through; the route checks the upload itself. It stays inline in the
 * document, as a form's parts, not a shape a client names.
 */
export const linkedInUploadSchema = z.unknown().meta({
  type: 'object',
  properties: {
    file: { type: 'string', format: 'binary', description: 'The LinkedIn data export (a zip)' },
  },
  required: ['file'],
})
