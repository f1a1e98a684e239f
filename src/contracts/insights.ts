import { z } from 'zod'
import { OUTCOME_KINDS } from '../domain/network-health.js'
import { PRUNE_KINDS } from '../domain/prune.js'
import { TIE_BANDS } from '../domain/strength-bands.js'
import { idSchema, timestampSchema } from './common.js'

const counts = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])))

const labels = [
  'balanced',
  'you give more',
  'they ask more',
  'you ask more',
  'they give more',
  'no exchanges',
] as const

export const learnedThresholdSchema = z.object({
  threshold: z.number(),
  learnedFrom: z.number().int(),
  misclassified: z.number().int(),
})

export const healthSchema = z.object({
  size: z.number().int(),
  byBand: counts(TIE_BANDS),
  meanStrength: z.number(),
  reciprocityBalance: z.object({
    memberGave: z.number().int(),
    memberAsked: z.number().int(),
    contactGave: z.number().int(),
    contactAsked: z.number().int(),
    balance: z.number(),
    label: z.enum(labels),
    contactsByLabel: counts(labels),
    /** Exchanges both ways per calendar year, summed over every contact, oldest first. */
    byYear: z.array(
      z.object({
        year: z.number().int(),
        memberGave: z.number().int(),
        memberAsked: z.number().int(),
        contactGave: z.number().int(),
        contactAsked: z.number().int(),
        balance: z.number(),
        label: z.enum(labels),
      }),
    ),
  }),
  responsiveness: z.object({
    sent: z.number().int(),
    answered: z.number().int(),
    answeredWithin48h: z.number().int(),
    rate: z.number().nullable(),
    rateWithin48h: z.number().nullable(),
  }),
  dormantShare: z.number(),
  outcomesThisYear: counts(OUTCOME_KINDS),
  pruneSuggestions: z.number().int(),
  due: z.number().int(),
  pruneThreshold: learnedThresholdSchema,
})
export type HealthView = z.output<typeof healthSchema>

export const pruneContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  memberId: z.string().nullable(),
})

export const pruneItemSchema = z.object({
  contact: pruneContactSchema,
  reasons: z.array(z.string()),
  kinds: z.array(z.enum(PRUNE_KINDS)),
  score: z.number(),
  strength: z.number(),
  mark: z.enum(['keep', 'prune']).nullable(),
})
export type PruneItem = z.output<typeof pruneItemSchema>

export const pruneListSchema = z.object({
  items: z.array(pruneItemSchema),
  threshold: learnedThresholdSchema,
})

export const pruneFeedbackSchema = z
  .object({ contactId: idSchema, verdict: z.enum(['keep', 'prune']) })
  .strict()

export const pruneBulkSchema = z.object({ contactIds: z.array(idSchema).min(1).max(2000) }).strict()

export const pruneBulkResultSchema = z.object({
  removed: z.array(z.string()),
  undoUntil: z.string(),
})

export const pruneUndoResultSchema = z.object({ restored: z.array(z.string()) })

export const cadencesSchema = z.record(
  z.string().trim().min(1).max(60),
  z.number().int().min(1).max(3650),
)

export const cadencesBodySchema = z.object({ cadences: cadencesSchema }).strict()

export const stayInTouchQuerySchema = z
  .object({ horizonDays: z.coerce.number().int().min(0).max(365).default(0) })
  .strict()

export const dueItemSchema = z.object({
  contact: pruneContactSchema,
  circle: z.string(),
  cadenceDays: z.number().int(),
  lastContactAt: z.string().nullable(),
  daysSince: z.number().nullable(),
  overdueDays: z.number().nullable(),
  reason: z.string(),
})

export const stayInTouchSchema = z.object({
  cadences: cadencesSchema,
  items: z.array(dueItemSchema),
})
export type StayInTouchView = z.output<typeof stayInTouchSchema>

export const outcomeKindSchema = z.enum(OUTCOME_KINDS)

export const createOutcomeSchema = z
  .object({
    kind: outcomeKindSchema,
    at: timestampSchema,
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
export type CreateOutcome = z.output<typeof createOutcomeSchema>

export const outcomeSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  kind: outcomeKindSchema,
  at: z.string(),
  note: z.string().nullable(),
})
