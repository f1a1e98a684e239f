import { z } from 'zod'
import { memberSummarySchema } from './profile.js'

/** A member who looks like an open networker, with the score's reasons and graph measures. */
export const openNetworkerSchema = z
  .object({
    member: memberSummarySchema,
    score: z.number(),
    reasons: z.array(z.string()),
    degree: z.number().int(),
    clustering: z.number(),
  })
  .meta({ id: 'OpenNetworker' })

export const openNetworkerListSchema = z
  .object({ items: z.array(openNetworkerSchema) })
  .meta({ id: 'OpenNetworkerList' })

export const mailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Mail' })

export const mailListSchema = z.object({ items: z.array(mailSchema) }).meta({ id: 'MailList' })
