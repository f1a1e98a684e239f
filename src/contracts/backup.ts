import { z } from 'zod'

export const sendsHoldSchema = z
  .object({
    paused: z.boolean(),
    since: z.string().nullable().describe('When the hold began: the restore of a backup'),
  })
  .strict()
  .meta({ id: 'SendsHold' })

export const lastBackupSchema = z
  .object({
    at: z.string(),
    bytes: z.number().int(),
    rows: z.number().int(),
    files: z.number().int(),
  })
  .strict()
  .meta({ id: 'LastBackup' })

export const backupStatusSchema = z
  .object({ lastBackup: lastBackupSchema.nullable(), sends: sendsHoldSchema })
  .strict()
  .meta({ id: 'BackupStatus' })
