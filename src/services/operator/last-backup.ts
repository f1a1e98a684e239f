import { z } from 'zod'
import { readSetting } from '../../db/queries/instance.js'
import type { ServiceContext } from '../context.js'

/** Where a backup records itself: `{at, file?}` under this instance setting. */
export const LAST_BACKUP_KEY = 'last_backup'

const lastBackupSchema = z.object({ at: z.string(), file: z.string().optional() })

/** When the instance was last backed up, or null for never (or nothing recorded yet). */
export async function lastBackup(ctx: ServiceContext): Promise<{ at: string } | null> {
  const stored = lastBackupSchema.safeParse(await readSetting(ctx.db, LAST_BACKUP_KEY))
  return stored.success ? { at: stored.data.at } : null
}
