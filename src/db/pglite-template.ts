import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { projectPath } from '../paths.js'
import { PGLITE_OPTIONS } from './pglite-options.js'

/**
 * A migrated, empty PGlite data folder as a compressed tarball, written by the build. A new data
 * folder starts from it instead of running PostgreSQL's `initdb` in WebAssembly, which is most of
 * a first start (about 14 s and 800 MB against 3.5 s and 580 MB on a busy 2-core machine). The
 * migrations still run on every open, so a template older than the code only leaves them more to do.
 */
export const PGLITE_TEMPLATE = projectPath('dist', 'pglite-template.tar.gz')

/** The template to start a data folder from: none when the folder holds a database already. */
export function templateFor(dataDir: string, file = PGLITE_TEMPLATE): Blob | undefined {
  if (existsSync(join(dataDir, 'PG_VERSION')) || !existsSync(file)) return undefined
  return new Blob([readFileSync(file)])
}

/** Migrates an in-memory database with `migrate` and writes its data folder as the template. */
export async function writePgliteTemplate(
  migrate: (client: PGlite) => Promise<void>,
  file = PGLITE_TEMPLATE,
): Promise<void> {
  const client = new PGlite(PGLITE_OPTIONS)
  try {
    await migrate(client)
    const dump = await client.dumpDataDir('gzip')
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  } finally {
    await client.close()
  }
}
