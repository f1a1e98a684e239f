import { z } from 'zod'
import { OUTCOME_KINDS } from '../domain/network-health.js'
import { PRUNE_KINDS } from '../domain/prune.js'
import { TIE_BANDS } from '../domain/strength-bands.js'
import {
  asOfQuerySchema,
  idSchema,
  listQuerySchema,
  readingDateSchema,
  timestampSchema,
} from './common.js'
import { reciprocityLabelSchema, reciprocityYearSchema, responsivenessSchema } from './contacts.js'

const counts = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])))

export const learnedThresholdSchema = z
  .object({
    threshold: z.number(),
    learnedFrom: z.number().int(),
    misclassified: z.number().int(),
  })
  .meta({ id: 'LearnedThreshold' })

/** The exchanges of every contact pooled, and how many contacts lean each way. */
export const reciprocityBalanceSchema = z
  .object({
    memberGave: z.number().int(),
    memberAsked: z.number().int(),
    contactGave: z.number().int(),
    contactAsked: z.number().int(),
    balance: z.number(),
    label: reciprocityLabelSchema,
    contactsByLabel: counts(reciprocityLabelSchema.options),
    /** Exchanges both ways per calendar year, summed over every contact, oldest first. */
    byYear: z.array(reciprocityYearSchema),
  })
  .meta({ id: 'ReciprocityBalance' })

/** Responsiveness pooled over every contact. */
export const networkResponsivenessSchema = responsivenessSchema
  .pick({ sent: true, answered: true, answeredWithin48h: true, rate: true, rateWithin48h: true })
  .meta({ id: 'NetworkResponsiveness' })

export const healthSchema = z
  .object({
    size: z.number().int(),
    byBand: counts(TIE_BANDS),
    meanStrength: z.number(),
    reciprocityBalance: reciprocityBalanceSchema,
    responsiveness: networkResponsivenessSchema,
    dormantShare: z.number(),
    outcomesThisYear: counts(OUTCOME_KINDS),
    pruneSuggestions: z.number().int(),
    due: z.number().int(),
    pruneThreshold: learnedThresholdSchema,
    asOf: readingDateSchema,
  })
  .meta({ id: 'NetworkHealth' })

export const healthQuerySchema = asOfQuerySchema.strict()
export type HealthView = z.output<typeof healthSchema>

/** A contact as an insight names it. */
export const contactRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    company: z.string().nullable(),
    title: z.string().nullable(),
    memberId: z.string().nullable(),
  })
  .meta({ id: 'ContactRef' })

export const pruneKindSchema = z.enum(PRUNE_KINDS).meta({ id: 'PruneKind' })
export const pruneVerdictSchema = z.enum(['keep', 'prune']).meta({ id: 'PruneVerdict' })

export const pruneItemSchema = z
  .object({
    contact: contactRefSchema,
    reasons: z.array(z.string()),
    kinds: z.array(pruneKindSchema),
    score: z.number(),
    strength: z.number(),
    mark: pruneVerdictSchema.nullable(),
    /** A clear case (one-way asker, non-responder, open networker, met once long ago): listed first. */
    clear: z.boolean(),
  })
  .meta({ id: 'PruneSuggestion' })
export type PruneItem = z.output<typeof pruneItemSchema>

export const pruneQuerySchema = listQuerySchema.extend(asOfQuerySchema.shape).strict()

export const pruneListSchema = z
  .object({
    /** One page: the clear cases first, then the rest, each group by score. */
    items: z.array(pruneItemSchema),
    /** Pass back as `?cursor=` for the next page; absent on the last. */
    next: z.string().optional(),
    /** Suggestions in all (every page), with the contacts the member marked. */
    total: z.number().int(),
    /** How many of those are clear cases. */
    clear: z.number().int(),
    /** How many suggestions name each kind. */
    byKind: counts(PRUNE_KINDS),
    threshold: learnedThresholdSchema,
    asOf: readingDateSchema,
  })
  .meta({ id: 'PruneList' })

export const pruneFeedbackSchema = z
  .object({ contactId: idSchema, verdict: pruneVerdictSchema })
  .strict()
  .meta({ id: 'PruneFeedback' })

export const pruneFeedbackResultSchema = z
  .object({ threshold: learnedThresholdSchema })
  .meta({ id: 'PruneFeedbackResult' })

export const pruneBulkSchema = z
  .object({ contactIds: z.array(idSchema).min(1).max(2000) })
  .strict()
  .meta({ id: 'ContactIds' })

export const pruneBulkResultSchema = z
  .object({
    removed: z.array(z.string()),
    undoUntil: z.string(),
  })
  .meta({ id: 'PruneResult' })

export const pruneUndoResultSchema = z
  .object({ restored: z.array(z.string()) })
  .meta({ id: 'PruneUndoResult' })

/** Days between words, per circle. */
export const cadencesSchema = z
  .record(z.string().trim().min(1).max(60), z.number().int().min(1).max(3650))
  .meta({ id: 'Cadences' })

export const cadencesBodySchema = z
  .object({ cadences: cadencesSchema })
  .strict()
  .meta({ id: 'SetCadences' })

export const stayInTouchQuerySchema = z
  .object({ horizonDays: z.coerce.number().int().min(0).max(365).default(0) })
  .extend(asOfQuerySchema.shape)
  .strict()

export const dueItemSchema = z
  .object({
    contact: contactRefSchema,
    circle: z.string(),
    cadenceDays: z.number().int(),
    lastContactAt: z.string().nullable(),
    daysSince: z.number().nullable(),
    overdueDays: z.number().nullable(),
    reason: z.string(),
  })
  .meta({ id: 'DueContact' })

export const stayInTouchSchema = z
  .object({
    cadences: cadencesSchema,
    items: z.array(dueItemSchema),
    asOf: readingDateSchema,
  })
  .meta({ id: 'StayInTouch' })
export type StayInTouchView = z.output<typeof stayInTouchSchema>

export const outcomeKindSchema = z.enum(OUTCOME_KINDS).meta({ id: 'OutcomeKind' })

export const createOutcomeSchema = z
  .object({
    kind: outcomeKindSchema,
    at: timestampSchema,
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .meta({ id: 'CreateOutcome' })
export type CreateOutcome = z.output<typeof createOutcomeSchema>

export const outcomeSchema = z
  .object({
    id: z.string(),
    contactId: z.string().nullable(),
    kind: outcomeKindSchema,
    at: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Outcome' })

export const outcomeEnvelopeSchema = z
  .object({ outcome: outcomeSchema })
  .meta({ id: 'OutcomeEnvelope' })
