import { z } from 'zod'
import { SENIORITY_BANDS } from '../domain/seniority.js'
import { listSchema, partialDateSchema } from './common.js'
import { memberSummarySchema } from './member-summary.js'
import { profileRecommendationSchema } from './recommendations.js'

export const visibilitySchema = z
  .enum(['only_me', 'strong_ties', 'connections'])
  .meta({ id: 'Visibility' })
export type Visibility = z.output<typeof visibilitySchema>

export const positionInputSchema = z
  .object({
    company: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(200),
    from: partialDateSchema.nullable().optional(),
    to: partialDateSchema.nullable().optional(),
  })
  .strict()
  .refine((p) => p.from == null || p.to == null || p.from <= p.to, {
    message: '`to` is before `from`',
    path: ['to'],
  })
export type PositionInput = z.output<typeof positionInputSchema>

export const senioritySchema = z.enum(SENIORITY_BANDS).meta({ id: 'Seniority' })

export const positionSchema = z
  .object({
    company: z.string(),
    title: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    seniority: senioritySchema,
  })
  .meta({ id: 'Position' })
export type Position = z.output<typeof positionSchema>

export const flagsSchema = z
  .object({
    student: z.boolean(),
    inTransition: z.boolean(),
    openNetworker: z.boolean(),
  })
  .meta({ id: 'Flags' })

const shortList = z.array(z.string().trim().min(1).max(120)).max(50)
export const careerStrategySchema = z
  .object({ companies: shortList, roles: shortList })
  .strict()
  .meta({ id: 'CareerStrategy' })
export type CareerStrategy = z.output<typeof careerStrategySchema>

export const roleSchema = z.enum(['member', 'operator']).meta({ id: 'Role' })

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    headline: z.string(),
    location: z.string(),
    valueProposition: z.string(),
    asks: z.string(),
    positions: z.array(positionSchema),
    flags: flagsSchema,
    visibility: visibilitySchema,
    careerStrategy: careerStrategySchema,
    role: roleSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'Me' })
export type Me = z.output<typeof meSchema>

export const updateMeSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    headline: z.string().trim().max(200),
    location: z.string().trim().max(120),
    valueProposition: z.string().trim().max(2000),
    asks: z.string().trim().max(2000),
    positions: z.array(positionInputSchema).max(30),
    flags: flagsSchema.partial().strict(),
    visibility: visibilitySchema,
    careerStrategy: careerStrategySchema,
  })
  .partial()
  .strict()
  .meta({ id: 'UpdateMe' })
export type UpdateMe = z.output<typeof updateMeSchema>

/** Another member's profile as the viewer may see it (career strategy and e-mail stay private). */
export const memberProfileSchema = meSchema
  .pick({
    id: true,
    name: true,
    headline: true,
    location: true,
    valueProposition: true,
    asks: true,
    positions: true,
    flags: true,
  })
  .extend({ isSelf: z.boolean() })
export type MemberProfile = z.output<typeof memberProfileSchema>

export { type MemberSummary, memberSummarySchema } from './member-summary.js'

export const memberListSchema = listSchema(memberSummarySchema).meta({ id: 'MemberList' })

export const memberSearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})

/**
 * A member's page: the profile, the viewer's degree to them (1, 2, 3 or null), visible mutual
 * connections and the recommendations they approved.
 */
export const memberPageSchema = memberProfileSchema
  .extend({
    degree: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    mutualConnections: z.array(memberSummarySchema),
    recommendations: z.array(profileRecommendationSchema),
  })
  .meta({ id: 'MemberPage' })
