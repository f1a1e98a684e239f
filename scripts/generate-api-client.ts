// Writes web/src/api/schema.d.ts and enums.ts from the server's OpenAPI document, so the web
// client is typed by the same zod schemas the server validates with.
import { writeFileSync } from 'node:fs'
import { buildApp } from '../src/api/app.js'
import { projectPath } from '../src/paths.js'
import { openStandalone } from '../src/services/common/index.js'
import { openApiEnums, openApiTypes } from './openapi-types.js'

const { database, ctx } = await openStandalone({ kind: 'pglite', dataDir: null })
const app = await buildApp({ ctx, webRoot: null, logger: false })
await app.ready()
const files = {
  'schema.d.ts': await openApiTypes(app),
  'enums.ts': openApiEnums(app),
}
for (const [name, text] of Object.entries(files)) {
  const target = projectPath('web', 'src', 'api', name)
  writeFileSync(target, text)
  process.stderr.write(`wrote ${target}\n`)
}
await app.close()
await database.close()
