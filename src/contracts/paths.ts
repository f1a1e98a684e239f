import { z } from 'zod'
import { SENIORITY_BANDS } from '../domain/seniority.js'
import { listSchema } from './common.js'
import { memberSummarySchema } from './profile.js'

export const pathsQuerySchema = z
  .object({
    to: z.string().min(1).max(64).optional(),
    company: z.string().trim().min(1).max(200).optional(),
    k: z.coerce.number().int().min(1).max(20).default(5),
  })
  .strict()
  .refine((q) => (q.to === undefined) !== (q.company === undefined), {
    message: 'give exactly one of `to` or `company`',
    path: ['to'],
  })

/**
 * The caller's own score of one of their ties, from their contact record (null until it has been
 * scored). A tie's weight in the graph comes from both sides' private scores, so no answer shows
 * it: each member sees their own scores and nobody else's.
 */
const ownScoreSchema = z.number().min(0).max(1).nullable().meta({ id: 'OwnScore' })

export const warmPathSchema = z
  .object({
    /** The intermediaries, in order: neither the caller nor the target (at most two). */
    via: z.array(z.string()),
    viaMembers: z.array(memberSummarySchema),
    target: memberSummarySchema,
    hops: z.number().int().min(1).max(3),
    /**
     * The caller's own score of the path's first tie: to the introducer, or to the target on a
     * direct path. Paths are ranked by every tie on them, which the caller does not see.
     */
    strength: ownScoreSchema,
    /**
     * The weakest tie on the path as far as the caller may see it: their own score on a direct
     * path, null on a longer one (the other ties are other members' to score).
     */
    weakestLink: ownScoreSchema,
  })
  .meta({ id: 'WarmPath' })
export type WarmPathView = z.output<typeof warmPathSchema>

export const pathsResponseSchema = z
  .object({ paths: z.array(warmPathSchema) })
  .meta({ id: 'WarmPaths' })

/** Whose paths a career-strategy list holds: people in the caller's target roles, or anyone. */
export const roleScopeSchema = z.enum(['target', 'any'])
export type RoleScope = z.output<typeof roleScopeSchema>

export const careerStrategyQuerySchema = z
  .object({
    /** Target companies per page, in the order of the strategy. */
    limit: z.coerce.number().int().min(1).max(50).default(10),
    cursor: z.string().max(200).optional(),
    /** People shown per company; more come from `GET /api/career-strategy/people`. */
    perCompany: z.coerce.number().int().min(1).max(50).default(10),
    /** `target`: only people whose title matches a target role (everyone when there are none). */
    roles: roleScopeSchema.default('target'),
  })
  .strict()
export type CareerStrategyQuery = z.output<typeof careerStrategyQuerySchema>

export const careerPeopleQuerySchema = z
  .object({
    company: z.string().trim().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
    roles: roleScopeSchema.default('target'),
  })
  .strict()
export type CareerPeopleQuery = z.output<typeof careerPeopleQuerySchema>

/** Someone at a target company and the best path to them. */
export const careerPersonSchema = warmPathSchema
  .extend({
    /** Their title at that company. */
    title: z.string(),
    seniority: z.enum(SENIORITY_BANDS),
    /** Whether the title matches one of the caller's target roles (false when there are none). */
    inTargetRole: z.boolean(),
  })
  .meta({ id: 'CareerPerson' })
export type CareerPerson = z.output<typeof careerPersonSchema>

export const careerPeopleResponseSchema = listSchema(careerPersonSchema).meta({
  id: 'CareerPersonList',
})

/** Who could introduce the caller at a company, with how many people there each reaches. */
export const introducerSchema = z
  .object({ member: memberSummarySchema, reaches: z.number().int(), strength: ownScoreSchema })
  .meta({ id: 'Introducer' })

export const companyReachSchema = z
  .object({
    company: z.string(),
    /** Members currently at the company. */
    staff: z.number().int(),
    /** Of those, how many the caller reaches within three hops. */
    reachable: z.number().int(),
    /** Of those, how many hold one of the caller's target roles. */
    inTargetRoles: z.number().int(),
    /** The first people of the list, best path first: the weakest link, then the whole path. */
    people: z.array(careerPersonSchema),
    /** The cursor of the rest, for `GET /api/career-strategy/people?company=…&cursor=…`. */
    next: z.string().optional(),
    /**
     * Who could introduce the caller to the people of the list (at most ten, best path first), how
     * many of them each reaches, and the caller's own score of their tie to the introducer.
     */
    introducers: z.array(introducerSchema),
  })
  .meta({ id: 'CompanyReach' })
export type CompanyReach = z.output<typeof companyReachSchema>

export const careerStrategyResponseSchema = z
  .object({
    roles: z.array(z.string()),
    companies: z.array(companyReachSchema),
    /** The cursor of the next target companies. */
    next: z.string().optional(),
  })
  .meta({ id: 'CareerStrategyReach' })

export const mapNodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    isSelf: z.boolean(),
    /** The viewer's contact record for this member, when there is one. */
    contactId: z.string().nullable(),
    circles: z.array(z.string()),
    /** The viewer's own score of their tie to this member (null for the viewer themself). */
    strength: ownScoreSchema,
    lion: z.boolean(),
  })
  .meta({ id: 'MapNode' })

export const mapEdgeSchema = z
  .object({
    source: z.string(),
    target: z.string(),
    /** The viewer's own score for their own ties; null for ties among their connections. */
    weight: ownScoreSchema,
  })
  .meta({ id: 'MapEdge' })

export const networkMapSchema = z
  .object({ nodes: z.array(mapNodeSchema), edges: z.array(mapEdgeSchema) })
  .meta({ id: 'NetworkMap' })

export const networkReachSchema = z
  .object({
    first: z.number().int(),
    second: z.number().int(),
    third: z.number().int(),
  })
  .meta({ id: 'NetworkReach' })
