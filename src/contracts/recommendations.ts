import { z } from 'zod'
import { idSchema, partialDateSchema } from './common.js'
import { memberSummarySchema } from './member-summary.js'

export const proposeWorkedTogetherSchema = z
  .object({
    member: idSchema,
    company: z.string().trim().min(1).max(200),
    from: partialDateSchema,
    to: partialDateSchema.nullable().optional(),
  })
  .strict()
  .refine((p) => p.to == null || p.from <= p.to, {
    message: '`to` is before `from`',
    path: ['to'],
  })
  .meta({ id: 'ProposeWorkedTogether' })
export type ProposeWorkedTogether = z.output<typeof proposeWorkedTogetherSchema>

/**
 * What the proposer sees is `proposed` or `confirmed`: a decline, like an ignored invitation,
 * stays `proposed` for them. The member it was proposed to sees `declined` too.
 */
export const workedTogetherStatusSchema = z
  .enum(['proposed', 'confirmed', 'declined'])
  .meta({ id: 'WorkedTogetherStatus' })

export const workedTogetherDirectionSchema = z
  .enum(['by_me', 'to_me'])
  .meta({ id: 'WorkedTogetherDirection' })

/** An engagement as both sides know it, with the line people read ("Worked together at …"). */
export const engagementSchema = z
  .object({
    id: z.string(),
    company: z.string(),
    from: z.string(),
    to: z.string().nullable(),
    confirmed: z.boolean(),
    line: z.string(),
  })
  .strict()
  .meta({ id: 'Engagement' })
export type Engagement = z.output<typeof engagementSchema>

export const workedTogetherSchema = z
  .object({
    id: z.string(),
    direction: workedTogetherDirectionSchema,
    member: memberSummarySchema,
    engagement: engagementSchema,
    status: workedTogetherStatusSchema,
    createdAt: z.string(),
  })
  .strict()
  .meta({ id: 'WorkedTogether' })
export type WorkedTogether = z.output<typeof workedTogetherSchema>

export const workedTogetherListSchema = z
  .object({ items: z.array(workedTogetherSchema) })
  .strict()
  .meta({ id: 'WorkedTogetherList' })

export const workedTogetherEnvelopeSchema = z
  .object({ workedTogether: workedTogetherSchema })
  .strict()
  .meta({ id: 'WorkedTogetherEnvelope' })

export const writeRecommendationSchema = z
  .object({
    for: idSchema,
    body: z.string().trim().min(1).max(3000),
    /** Which confirmed engagement it is about; may be left out when there is exactly one. */
    engagement: idSchema.optional(),
  })
  .strict()
  .meta({ id: 'WriteRecommendation' })
export type WriteRecommendation = z.output<typeof writeRecommendationSchema>

/**
 * `pending` until the subject approves, then `approved`; the subject may hide it (`hidden`) and
 * show it again. The author sees `pending` or `approved` only: hiding is the subject's affair.
 */
export const recommendationStatusSchema = z
  .enum(['pending', 'approved', 'hidden'])
  .meta({ id: 'RecommendationStatus' })

export const recommendationSchema = z
  .object({
    id: z.string(),
    author: memberSummarySchema,
    subject: memberSummarySchema,
    body: z.string(),
    engagement: engagementSchema,
    status: recommendationStatusSchema,
    createdAt: z.string(),
    approvedAt: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'Recommendation' })
export type Recommendation = z.output<typeof recommendationSchema>

export const recommendationEnvelopeSchema = z
  .object({ recommendation: recommendationSchema })
  .strict()
  .meta({ id: 'RecommendationEnvelope' })

export const recommendationBoxSchema = z
  .enum(['received', 'written'])
  .meta({ id: 'RecommendationBox' })

export const recommendationListQuerySchema = z.object({
  box: recommendationBoxSchema.default('received'),
  status: recommendationStatusSchema.optional(),
})

export const recommendationListSchema = z
  .object({ items: z.array(recommendationSchema) })
  .strict()
  .meta({ id: 'RecommendationList' })

/** An approved recommendation as it stands on the subject's profile. */
export const profileRecommendationSchema = recommendationSchema
  .pick({ id: true, author: true, body: true, engagement: true, approvedAt: true })
  .strict()
  .meta({ id: 'ProfileRecommendation' })
export type ProfileRecommendation = z.output<typeof profileRecommendationSchema>

/**
 * A recommendation from the member's own LinkedIn export: kept on their record of the contact
 * (when the import could match one), never published on a profile.
 */
export const importedRecommendationSchema = z
  .object({
    id: z.string(),
    direction: z.enum(['given', 'received']),
    name: z.string(),
    company: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string(),
    status: z.string().nullable(),
    at: z.string().nullable(),
    contactId: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'ImportedRecommendation' })
export type ImportedRecommendation = z.output<typeof importedRecommendationSchema>

export const importedRecommendationQuerySchema = z.object({ contact: idSchema.optional() })

export const importedRecommendationListSchema = z
  .object({ items: z.array(importedRecommendationSchema) })
  .strict()
  .meta({ id: 'ImportedRecommendationList' })
