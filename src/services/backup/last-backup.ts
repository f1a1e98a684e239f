import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { readSetting, writeSetting } from '../../db/queries/instance.js'
import type { ServiceContext } from '../context.js'

const SETTING = 'last_backup'

const lastBackupSchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    bytes: z.number().int().nonnegative(),
    rows: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
  })
  .strict()
export type LastBackup = z.output<typeof lastBackupSchema>

export async function recordBackup(db: Db, backup: LastBackup): Promise<void> {
  await writeSetting(db, SETTING, backup, new Date(backup.at))
}

/** The newest backup this instance made (when, how large), for the operator's health panel. */
export async function lastBackup(ctx: Pick<ServiceContext, 'db'>): Promise<LastBackup | null> {
  const stored = lastBackupSchema.safeParse(await readSetting(ctx.db, SETTING))
  return stored.success ? stored.data : null
}
