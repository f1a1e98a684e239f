import { z } from 'zod'

/** A member in a list: the current position, if any, as `company` and `title`. */
export const memberSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    headline: z.string(),
    company: z.string().nullable(),
    title: z.string().nullable(),
  })
  .meta({ id: 'MemberSummary' })
export type MemberSummary = z.output<typeof memberSummarySchema>
