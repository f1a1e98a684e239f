import { z } from 'zod'
import { idSchema } from './common.js'
import { memberSummarySchema } from './profile.js'

export const blockRequestSchema = z
  .object({ member: idSchema })
  .strict()
  .meta({ id: 'BlockRequest' })

export const blockedMemberSchema = z
  .object({ member: memberSummarySchema, since: z.string() })
  .strict()
  .meta({ id: 'BlockedMember' })
export type BlockedMember = z.output<typeof blockedMemberSchema>

export const blockListSchema = z
  .object({ items: z.array(blockedMemberSchema) })
  .strict()
  .meta({ id: 'BlockList' })
