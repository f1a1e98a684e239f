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

export const importStateSchema = z.enum(['running', 'done', 'failed']).meta({ id: 'ImportState' })

export const importStatusSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: importStateSchema,
    counts: importCountsSchema,
    unchanged: z.number().int(),
    skipped: z.array(importSkipSchema),
    progress: z.object({ bytesRead: z.number(), totalBytes: z.number() }).nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportStatus' })
export type ImportStatus = z.output<typeof importStatusSchema>

export const importListSchema = z
  .object({ items: z.array(importStatusSchema) })
  .meta({ id: 'ImportList' })

export const importStartedSchema = z.object({ importId: z.string() }).meta({ id: 'ImportStarted' })

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
