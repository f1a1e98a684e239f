// Writes web/src/api/schema.d.ts from the server's OpenAPI document, so the web client is typed
// by the same zod schemas the server validates with.
import { writeFileSync } from 'node:fs'
import { buildApp } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { createLogger } from '../src/logger.js'
import { projectPath } from '../src/paths.js'
import { createServiceContext } from '../src/services/context.js'
import { openApiTypes } from './openapi-types.js'

const database = await openDatabase({ kind: 'pglite', dataDir: null })
const ctx = createServiceContext({
  db: database.db,
  config: loadConfig({ logLevel: 'silent' }),
  clock: () => new Date(),
  mail: null,
  log: createLogger('generate', 'silent'),
})
const app = await buildApp({ ctx, webRoot: null, logger: false })
await app.ready()
const target = projectPath('web', 'src', 'api', 'schema.d.ts')
writeFileSync(target, await openApiTypes(app))
await app.close()
await database.close()
process.stderr.write(`wrote ${target}\n`)
