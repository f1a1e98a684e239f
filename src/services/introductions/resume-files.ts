import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ServiceContext } from '../context.js'

/** Résumés live under the data directory, never under the web root, and are served by one route. */
export function resumeFolder(ctx: ServiceContext): string {
  return join(ctx.config.dataDir, 'resumes')
}

/** The columns that forget a résumé, for a request that no longer needs it. */
export const NO_RESUME = { resumeFile: null, resumeName: null, resumeBytes: null } as const

/**
 * Removes résumé files whose rows have let go of them. Called once the change has committed (or
 * inside a job whose rerun would clear the row again), so a file never outlives its purpose.
 */
export async function discardResumes(
  ctx: ServiceContext,
  files: readonly (string | null)[],
): Promise<void> {
  for (const file of files) {
    if (file !== null) await rm(join(resumeFolder(ctx), file), { force: true })
  }
}
