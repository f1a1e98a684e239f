import { z } from 'zod'
import { HOW_MET_KINDS, INTERACTION_KINDS } from '../domain/relationship.js'
import { TIE_BANDS } from '../domain/strength-bands.js'
import { timestampSchema } from './common.js'

const circleName = z.string().trim().min(1).max(60)

export const contactSortSchema = z.enum(['strength', 'lastContact', 'name'])

export const contactListQuerySchema = z
  .object({
    sort: contactSortSchema.default('strength'),
    circle: circleName.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict()
export type ContactListQuery = z.output<typeof contactListQuerySchema>

export const contactSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  memberId: z.string().nullable(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  circles: z.array(z.string()),
  strength: z.number().nullable(),
  band: z.enum(TIE_BANDS).nullable(),
  /** The first of the strength reasons, so a list can say why without opening the contact. */
  topReason: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  source: z.string(),
})
export type ContactSummary = z.output<typeof contactSummarySchema>

export const interactionKindSchema = z.enum(INTERACTION_KINDS)

export const interactionSchema = z.object({
  id: z.string(),
  kind: interactionKindSchema,
  at: z.string(),
  intent: z.enum(['ask', 'offer', 'none']).nullable(),
  by: z.enum(['member', 'contact']).nullable(),
  source: z.string(),
  note: z.string().nullable(),
})
export type InteractionView = z.output<typeof interactionSchema>

export const responsivenessSchema = z.object({
  sent: z.number().int(),
  answered: z.number().int(),
  answeredWithin48h: z.number().int(),
  pending: z.number().int(),
  rate: z.number().nullable(),
  rateWithin48h: z.number().nullable(),
  medianReplyHours: z.number().nullable(),
})

const exchangeCounts = {
  memberGave: z.number().int(),
  memberAsked: z.number().int(),
  contactGave: z.number().int(),
  contactAsked: z.number().int(),
  balance: z.number(),
  label: z.string(),
}

export const reciprocitySchema = z.object({
  ...exchangeCounts,
  given: z.number().int(),
  asked: z.number().int(),
  received: z.number().int(),
  byYear: z.array(z.object({ year: z.number().int(), ...exchangeCounts })),
})

export const contactDetailSchema = contactSummarySchema.extend({
  notes: z.string(),
  howMet: z.enum(HOW_MET_KINDS).nullable(),
  howMetNote: z.string().nullable(),
  since: z.string().nullable(),
  profileUrl: z.string().nullable(),
  strength: z.number(),
  band: z.enum(TIE_BANDS),
  strengthReasons: z.array(z.string()),
  factors: z.record(z.string(), z.number()),
  responsiveness: responsivenessSchema,
  reciprocity: reciprocitySchema,
  prune: z.object({
    score: z.number(),
    suggested: z.boolean(),
    reasons: z.array(z.string()),
  }),
  timeline: z.array(interactionSchema),
})
export type ContactDetail = z.output<typeof contactDetailSchema>

export const updateContactSchema = z
  .object({
    circles: z.array(circleName).max(30).optional(),
    notes: z.string().max(20_000).optional(),
    company: z.string().trim().max(200).nullable().optional(),
    title: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
export type UpdateContact = z.output<typeof updateContactSchema>

export const createContactSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().email().max(320).optional(),
    company: z.string().trim().max(200).optional(),
    title: z.string().trim().max(200).optional(),
    howMet: z.enum(HOW_MET_KINDS).optional(),
    howMetNote: z.string().trim().max(300).optional(),
    since: timestampSchema.optional(),
    notes: z.string().max(20_000).optional(),
    circles: z.array(circleName).max(30).optional(),
  })
  .strict()
export type CreateContact = z.output<typeof createContactSchema>

export const createInteractionSchema = z
  .object({
    kind: interactionKindSchema,
    at: timestampSchema,
    note: z.string().trim().max(2000).optional(),
    by: z.enum(['member', 'contact']).optional(),
    intent: z.enum(['ask', 'offer', 'none']).optional(),
  })
  .strict()
export type CreateInteraction = z.output<typeof createInteractionSchema>

export const circleSchema = z.object({ name: z.string(), count: z.number().int() })
