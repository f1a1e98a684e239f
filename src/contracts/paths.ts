import { z } from 'zod'
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

export const warmPathSchema = z
  .object({
    /** The intermediaries, in order: neither the caller nor the target (at most two). */
    via: z.array(z.string()),
    viaMembers: z.array(memberSummarySchema),
    target: memberSummarySchema,
    hops: z.number().int().min(1).max(3),
    /** The product of the path's tie strengths. */
    strength: z.number(),
    /** The weakest tie on the path: a path is only as good as its weakest link. */
    weakestLink: z.number(),
  })
  .meta({ id: 'WarmPath' })
export type WarmPathView = z.output<typeof warmPathSchema>

export const pathsResponseSchema = z
  .object({ paths: z.array(warmPathSchema) })
  .meta({ id: 'WarmPaths' })

/** Who could introduce the caller at a company, with how many people there each reaches. */
export const introducerSchema = z
  .object({ member: memberSummarySchema, reaches: z.number().int(), strength: z.number() })
  .meta({ id: 'Introducer' })

export const companyReachSchema = z
  .object({
    company: z.string(),
    /** Members currently at the company. */
    staff: z.number().int(),
    /** Everyone there within three hops, best path first. */
    people: z.array(warmPathSchema),
    introducers: z.array(introducerSchema),
  })
  .meta({ id: 'CompanyReach' })

export const careerStrategyResponseSchema = z
  .object({
    roles: z.array(z.string()),
    companies: z.array(companyReachSchema),
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
    strength: z.number().nullable(),
    lion: z.boolean(),
  })
  .meta({ id: 'MapNode' })

export const mapEdgeSchema = z
  .object({ source: z.string(), target: z.string(), weight: z.number() })
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
