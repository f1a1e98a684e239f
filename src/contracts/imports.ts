import { z } from 'zod'

export const importCountsSchema = z.object({
  connections: z.number().int(),
  messages: z.number().int(),
  invitations: z.number().int(),
  recommendations: z.number().int(),
  positions: z.number().int(),
  endorsements: z.number().int(),
  contacts: z.number().int(),
})

export const importSkipSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  reason: z.string(),
  detail: z.string().optional(),
})

export const importStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  counts: importCountsSchema,
  unchanged: z.number().int(),
  skipped: z.array(importSkipSchema),
  progress: z.object({ bytesRead: z.number(), totalBytes: z.number() }).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
})
export type ImportStatus = z.output<typeof importStatusSchema>

export const importStartedSchema = z.object({ importId: z.string() })

/**
 * The upload as the OpenAPI document describes it: a `multipart/form-data` body whose `file` part
 * is the export zip. @fastify/multipart streams the parts, so the parsed body is null and
 * validation lets anything through; the route checks the upload itself.
 */
export const linkedInUploadSchema = z.unknown().meta({
  type: 'object',
  properties: {
    file: { type: 'string', format: 'binary', description: 'The LinkedIn data export (a zip)' },
  },
  required: ['file'],
})
