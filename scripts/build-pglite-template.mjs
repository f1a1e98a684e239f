#!/usr/bin/env node
// Part of `npm run build`: the migrated, empty embedded database a new data folder starts from
// (see src/db/pglite-template.ts). Runs on the compiled server, so it needs `build:server` first.
import { pgliteDatabase } from '../dist/src/db/client.js'
import { migrateDatabase } from '../dist/src/db/migrate.js'
import { PGLITE_TEMPLATE, writePgliteTemplate } from '../dist/src/db/pglite-template.js'

await writePgliteTemplate(async (client) => {
  await migrateDatabase(await pgliteDatabase(client))
})
console.log(`Wrote ${PGLITE_TEMPLATE}`)
