import { createReadStream } from 'node:fs'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { backupStatusSchema, sendsHoldSchema } from '../../contracts/backup.js'
import { problemResponses } from '../../contracts/common.js'
import { backupForDownload, backupStatus, resumeSends } from '../../services/backup/index.js'
import type { ServiceContext } from '../../services/context.js'
import { requireViewer } from '../auth.js'

const tags = ['operator']

export const backupRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/api/operator/backup',
    {
      schema: {
        operationId: 'getBackupStatus',
        tags,
        summary: 'The last backup made (when, how large) and whether scheduled sends are paused',
        response: { 200: backupStatusSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => await backupStatus(ctx, requireViewer(request)),
  )

  app.post(
    '/api/operator/backup',
    {
      schema: {
        operationId: 'downloadBackup',
        tags,
        summary: 'Makes a backup of the whole instance now and sends it as a download',
        response: {
          200: {
            description: 'The backup: gzipped JSON lines, to restore with `rapport restore`',
            content: { 'application/gzip': { schema: z.unknown() } },
          },
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const backup = await backupForDownload(ctx, requireViewer(request))
      const stream = createReadStream(backup.path)
      stream.on('close', () => void backup.done())
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${backup.name}"`)
        .header('cache-control', 'private, no-store')
        .send(stream)
    },
  )

  app.post(
    '/api/operator/sends/resume',
    {
      schema: {
        operationId: 'resumeSends',
        tags,
        summary: 'Lets scheduled sends go again after a restore',
        response: { 200: sendsHoldSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => await resumeSends(ctx, requireViewer(request)),
  )
}
