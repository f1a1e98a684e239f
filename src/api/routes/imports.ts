import { createWriteStream } from 'node:fs'
import { open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  importListSchema,
  importStartedSchema,
  importStatusSchema,
  linkedInUploadSchema,
} from '../../contracts/imports.js'
import { AppError } from '../../errors.js'
import { newId } from '../../ids.js'
import type { ServiceContext } from '../../services/context.js'
import {
  importStatus,
  listImports,
  settleImports,
  startLinkedInUpload,
} from '../../services/imports/index.js'
import { requireViewer } from '../auth.js'

/** An export of many years of messages is large; past this the upload is refused with 413. */
export const MAX_EXPORT_BYTES = 1024 * 1024 * 1024

export const importRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  await app.register(multipart, { limits: { fileSize: MAX_EXPORT_BYTES, files: 1, fields: 5 } })
  app.addHook('onClose', async () => {
    await settleImports()
  })

  app.post(
    '/api/imports/linkedin',
    {
      schema: {
        operationId: 'importLinkedIn',
        tags: ['imports'],
        summary: 'Upload a LinkedIn data export (the zip, as multipart/form-data) and import it',
        description:
          'Reads the export through first: over a cap (10,000 entries, 512 MiB per inflated file, 1 GiB in all, 1 MiB per record) it answers 413, unreadable or with none of the export files 400, and nothing is recorded. Otherwise it answers with the import id; `GET /api/imports/:id` shows progress, then the counts, every skipped row and each file accounted for.',
        consumes: ['multipart/form-data'],
        body: linkedInUploadSchema,
        response: { 202: importStartedSchema, ...problemResponses(400, 401, 413, 415) },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request)
      if (!request.isMultipart()) {
        throw new AppError('bad_request', 'Send the export zip as multipart/form-data')
      }
      const file = await request.file()
      if (file === undefined) throw new AppError('bad_request', 'No file in the upload')
      const path = join(tmpdir(), `rapport-upload-${newId()}.zip`)
      try {
        await pipeline(file.file, createWriteStream(path))
        if (file.file.truncated) throw new AppError('too_large', 'The export is too large')
        if (!(await isZip(path))) throw new AppError('bad_request', 'The upload is not a zip file')
      } catch (error) {
        await rm(path, { force: true })
        throw error
      }
      const started = await startLinkedInUpload(ctx, viewer, path)
      return reply.code(202).send(started)
    },
  )

  app.get(
    '/api/imports',
    {
      schema: {
        operationId: 'listImports',
        tags: ['imports'],
        summary: 'My imports, newest first',
        response: { 200: importListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await listImports(ctx, requireViewer(request)),
  )

  app.get(
    '/api/imports/:id',
    {
      schema: {
        operationId: 'getImport',
        tags: ['imports'],
        summary: 'One import: progress while it runs, then what it added and every skipped row',
        params: idParamsSchema,
        response: { 200: importStatusSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await importStatus(ctx, requireViewer(request), request.params.id),
  )
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}
