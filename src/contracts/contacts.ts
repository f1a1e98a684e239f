import { z } from 'zod'
import type { ReciprocityLabel } from '../domain/reciprocity.js'
import { HOW_MET_KINDS, INTERACTION_KINDS } from '../domain/relationship.js'
import { TIE_BANDS } from '../domain/strength-bands.js'
import { asOfQuerySchema, listSchema, readingDateSchema, timestampSchema } from './common.js'

export const circleNameSchema = z.string().trim().min(1).max(60)
const circleName = circleNameSchema

// @NOTE Enums of query parameters stay unnamed: @fastify/swagger drops whatever sits beside a
// `$ref` in a parameter, and with it the default.
export const contactSortSchema = z.enum(['strength', 'lastContact', 'name'])

export const tieBandSchema = z.enum(TIE_BANDS).meta({ id: 'TieBand' })
export const howMetKindSchema = z.enum(HOW_MET_KINDS).meta({ id: 'HowMetKind' })

export const contactListQuerySchema = z
  .object({
    sort: contactSortSchema.default('strength'),
    circle: circleName.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .extend(asOfQuerySchema.shape)
  .strict()
export type ContactListQuery = z.output<typeof contactListQuerySchema>

export const contactSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    memberId: z.string().nullable(),
    company: z.string().nullable(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    circles: z.array(z.string()),
    strength: z.number().nullable(),
    band: tieBandSchema.nullable(),
    /** The first of the strength reasons, so a list can say why without opening the contact. */
    topReason: z.string().nullable(),
    lastContactAt: z.string().nullable(),
    source: z.string(),
  })
  .meta({ id: 'ContactSummary' })
export type ContactSummary = z.output<typeof contactSummarySchema>

export const contactListSchema = listSchema(contactSummarySchema)
  .extend({ asOf: readingDateSchema })
  .meta({ id: 'ContactList' })

export const contactDetailQuerySchema = asOfQuerySchema.strict()

export const interactionKindSchema = z.enum(INTERACTION_KINDS).meta({ id: 'InteractionKind' })
export const interactionIntentSchema = z
  .enum(['ask', 'offer', 'none'])
  .meta({ id: 'InteractionIntent' })
export const interactionActorSchema = z.enum(['member', 'contact']).meta({ id: 'InteractionActor' })

export const interactionSchema = z
  .object({
    id: z.string(),
    kind: interactionKindSchema,
    at: z.string(),
    intent: interactionIntentSchema.nullable(),
    by: interactionActorSchema.nullable(),
    source: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Interaction' })
export type InteractionView = z.output<typeof interactionSchema>

export const interactionEnvelopeSchema = z
  .object({ interaction: interactionSchema })
  .meta({ id: 'InteractionEnvelope' })

export const responsivenessSchema = z
  .object({
    sent: z.number().int(),
    answered: z.number().int(),
    /** The contact's messages that answered one or more of the member's. */
    replies: z.number().int(),
    answeredWithin48h: z.number().int(),
    pending: z.number().int(),
    rate: z.number().nullable(),
    rateWithin48h: z.number().nullable(),
    medianReplyHours: z.number().nullable(),
  })
  .meta({ id: 'Responsiveness' })

/** How the exchanges with a contact lean, in words the member reads as is. */
export const reciprocityLabelSchema = z
  .enum([
    'balanced',
    'you give more',
    'they ask more',
    'you ask more',
    'they give more',
    'no exchanges',
  ] as const satisfies readonly ReciprocityLabel[])
  .meta({ id: 'ReciprocityLabel' })

const exchangeCounts = {
  memberGave: z.number().int(),
  memberAsked: z.number().int(),
  contactGave: z.number().int(),
  contactAsked: z.number().int(),
  balance: z.number(),
  label: reciprocityLabelSchema,
}

/** What each side gave and asked for in one calendar year. */
export const reciprocityYearSchema = z
  .object({ year: z.number().int(), ...exchangeCounts })
  .meta({ id: 'ReciprocityYear' })

export const reciprocitySchema = z
  .object({
    ...exchangeCounts,
    given: z.number().int(),
    asked: z.number().int(),
    received: z.number().int(),
    byYear: z.array(reciprocityYearSchema),
  })
  .meta({ id: 'Reciprocity' })

export const pruneAssessmentSchema = z
  .object({ score: z.number(), suggested: z.boolean(), reasons: z.array(z.string()) })
  .meta({ id: 'PruneAssessment' })

export const contactDetailSchema = contactSummarySchema
  .extend({
    notes: z.string(),
    howMet: howMetKindSchema.nullable(),
    howMetNote: z.string().nullable(),
    since: z.string().nullable(),
    profileUrl: z.string().nullable(),
    strength: z.number(),
    band: tieBandSchema,
    strengthReasons: z.array(z.string()),
    factors: z.record(z.string(), z.number()),
    responsiveness: responsivenessSchema,
    reciprocity: reciprocitySchema,
    prune: pruneAssessmentSchema,
    timeline: z.array(interactionSchema),
    asOf: readingDateSchema,
  })
  .meta({ id: 'ContactDetail' })
export type ContactDetail = z.output<typeof contactDetailSchema>

export const updateContactSchema = z
  .object({
    circles: z.array(circleName).max(30).optional(),
    notes: z.string().max(20_000).optional(),
    company: z.string().trim().max(200).nullable().optional(),
    title: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateContact' })
export type UpdateContact = z.output<typeof updateContactSchema>

export const createContactSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().email().max(320).optional(),
    company: z.string().trim().max(200).optional(),
    title: z.string().trim().max(200).optional(),
    howMet: howMetKindSchema.optional(),
    howMetNote: z.string().trim().max(300).optional(),
    since: timestampSchema.optional(),
    notes: z.string().max(20_000).optional(),
    circles: z.array(circleName).max(30).optional(),
  })
  .strict()
  .meta({ id: 'CreateContact' })
export type CreateContact = z.output<typeof createContactSchema>

export const createInteractionSchema = z
  .object({
    kind: interactionKindSchema,
    at: timestampSchema,
    note: z.string().trim().max(2000).optional(),
    by: interactionActorSchema.optional(),
    intent: interactionIntentSchema.optional(),
  })
  .strict()
  .meta({ id: 'CreateInteraction' })
export type CreateInteraction = z.output<typeof createInteractionSchema>

export const circleSchema = z
  .object({ name: z.string(), count: z.number().int() })
  .meta({ id: 'Circle' })
export const circleListSchema = z
  .object({ items: z.array(circleSchema) })
  .meta({ id: 'CircleList' })
