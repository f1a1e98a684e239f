import { z } from 'zod'

/** A date as people know it: a year, a month or a day (`2018`, `2018-03`, `2018-03-14`). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'not a calendar date' })
/** Rejects days a month does not have (2021-02-29); `Date` would silently roll them over. */
function isCalendarDate(value: string): boolean {
  if (value.length < 10) return true
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export type PartialDate = z.output<typeof partialDateSchema>

export const idSchema = z.string().min(1).max(64)
export const idParamsSchema = z.object({ id: idSchema }).strict()

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})
export type ListQuery = z.output<typeof listQuerySchema>

export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().optional() })
}

/** Problems a route may answer with, for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema])) as Record<
    number,
    typeof problemSchema
  >
}
