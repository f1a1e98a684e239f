import { z } from 'zod'
import { OUTCOME_KINDS } from '../domain/network-health.js'
import { idSchema, listSchema } from './common.js'
import { howWeMetSchema } from './connections.js'
import { memberProfileSchema, memberSummarySchema } from './profile.js'

const value = z.string().trim().min(20, 'at least 20 characters').max(1000)

export const introductionKindSchema = z
  .enum(['introduction', 'referral'])
  .meta({ id: 'IntroductionKind' })

export const createIntroductionSchema = z
  .object({
    via: idSchema,
    target: idSchema,
    /** Why the target would want to meet the requester. */
    valueForTarget: value,
    /** What the requester hopes for. */
    valueForRequester: value,
  })
  .strict()
  .meta({ id: 'CreateIntroduction' })
export type CreateIntroduction = z.output<typeof createIntroductionSchema>

/**
 * The status as the viewer may know it: the requester sees any decline as `not_this_time`, and so
 * does the introducer for the target's; each decliner sees their own.
 */
export const introductionStatusSchema = z
  .enum([
    'requested',
    'forwarded',
    'declined_by_introducer',
    'declined_by_target',
    'not_this_time',
    'accepted',
    'expired',
  ])
  .meta({ id: 'IntroductionStatus' })
export type IntroductionStatus = z.output<typeof introductionStatusSchema>

export const introductionRoleSchema = z
  .enum(['requester', 'introducer', 'target'])
  .meta({ id: 'IntroductionRole' })
export type IntroductionRole = z.output<typeof introductionRoleSchema>

/** The requester's relationship with the introducer, from the introducer's own record. */
export const requesterRelationshipSchema = z
  .object({
    /** The introducer's own score of the tie (0–1), null until scored. */
    strength: z.number().min(0).max(1).nullable(),
    howWeMet: howWeMetSchema.nullable(),
    lastContactAt: z.string().nullable(),
  })
  .meta({ id: 'RequesterRelationship' })

export const resumeSchema = z
  .object({ name: z.string(), bytes: z.number().int() })
  .meta({ id: 'Resume' })

export const introductionSchema = z
  .object({
    id: z.string(),
    kind: introductionKindSchema,
    role: introductionRoleSchema,
    status: introductionStatusSchema,
    requester: memberSummarySchema,
    introducer: memberSummarySchema,
    target: memberSummarySchema,
    valueForTarget: z.string(),
    valueForRequester: z.string(),
    /** Why the introducer vouches: to the introducer and the target, and to all three once accepted. */
    introducerNote: z.string().nullable(),
    /** The viewer's own decline reason, if they declined and gave one. */
    declineReason: z.string().nullable(),
    /** To the introducer and the target. */
    requesterProfile: memberProfileSchema.nullable(),
    /** To the introducer. */
    targetProfile: memberProfileSchema.nullable(),
    /** To the introducer. */
    requesterRelationship: requesterRelationshipSchema.nullable(),
    resume: resumeSchema.nullable(),
    conversationId: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'Introduction' })
export type Introduction = z.output<typeof introductionSchema>

export const introductionEnvelopeSchema = z
  .object({ introduction: introductionSchema })
  .meta({ id: 'IntroductionEnvelope' })
export const introductionListSchema = listSchema(introductionSchema).meta({
  id: 'IntroductionList',
})

export const introductionListQuerySchema = z.object({
  role: introductionRoleSchema.default('requester'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})

export const forwardIntroductionSchema = z
  .object({ note: z.string().trim().min(1, 'say why you vouch').max(1000) })
  .strict()
  .meta({ id: 'ForwardIntroduction' })

export const declineIntroductionSchema = z
  .object({ reason: z.string().trim().min(1).max(1000).optional() })
  .strict()
  .meta({ id: 'DeclineIntroduction' })

export const acceptedIntroductionSchema = z
  .object({ conversationId: z.string().nullable() })
  .meta({ id: 'AcceptedIntroduction' })

export const introductionOutcomeKindSchema = z
  .enum(OUTCOME_KINDS)
  .meta({ id: 'IntroductionOutcomeKind' })

export const createIntroductionOutcomeSchema = z
  .object({
    kind: introductionOutcomeKindSchema,
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
  .meta({ id: 'CreateIntroductionOutcome' })
export type CreateIntroductionOutcome = z.output<typeof createIntroductionOutcomeSchema>

export const introductionOutcomeSchema = z
  .object({
    introductionId: z.string(),
    kind: introductionOutcomeKindSchema,
    note: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'IntroductionOutcome' })

/** An open question, in the app only: what did this introduction lead to? */
export const outcomeQuestionSchema = z
  .object({
    introductionId: z.string(),
    /** The other member introduced. */
    with: memberSummarySchema,
    introducer: memberSummarySchema,
    askedAt: z.string(),
  })
  .meta({ id: 'OutcomeQuestion' })
export const outcomeQuestionListSchema = z
  .object({ items: z.array(outcomeQuestionSchema) })
  .meta({ id: 'OutcomeQuestionList' })

const outcomeCounts = z.object(
  Object.fromEntries(OUTCOME_KINDS.map((k) => [k, z.number().int()])) as Record<
    (typeof OUTCOME_KINDS)[number],
    z.ZodNumber
  >,
)

/** What the member's network produced through introductions they were given. */
export const networkProducedSchema = z
  .object({
    counts: outcomeCounts,
    items: z.array(
      introductionOutcomeSchema.extend({
        with: memberSummarySchema,
        introducer: memberSummarySchema,
      }),
    ),
  })
  .meta({ id: 'NetworkProduced' })

/** The introducer's private record of how their introductions went. */
export const introducerRecordSchema = z
  .object({
    forwarded: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    expired: z.number().int(),
    outcomes: outcomeCounts,
  })
  .meta({ id: 'IntroducerRecord' })

export const introducerSettingsSchema = z
  .object({
    /** The introducer's own tie score (0–1) below which requests are refused; null takes every connection's. */
    minTieStrength: z.number().min(0).max(1).nullable(),
    /** Students and people in transition may ask whatever the tie. */
    openToStudentsAndTransition: z.boolean(),
  })
  .strict()
  .meta({ id: 'IntroducerSettings' })
export type IntroducerSettings = z.output<typeof introducerSettingsSchema>

/** What a requester may know of an introducer's bar: never the score. */
export const introducerBarSchema = z
  .object({
    takesRequestsFrom: z.enum(['all_connections', 'close_ties']),
    openToStudentsAndTransition: z.boolean(),
  })
  .meta({ id: 'IntroducerBar' })
