import { failUnheldImports } from '../../db/queries/imports.js'
import type { ServiceContext } from '../context.js'

export const INTERRUPTED =
  'The import was interrupted when the server stopped, and nothing of it was kept: upload the export again.'

/**
 * Run as a server starts: an import still marked running whose row no transaction holds was cut
 * short by a stopped process (its records rolled back with it), so it reads failed rather than
 * running forever. Imports other live processes are writing hold their rows and are left alone.
 */
export async function failInterruptedImports(ctx: ServiceContext): Promise<number> {
  return await failUnheldImports(ctx.db, INTERRUPTED, ctx.clock())
}
