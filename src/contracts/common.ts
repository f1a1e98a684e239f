import { z } from 'zod'

// In a `u` pattern a well-formed surrogate pair is one code point, so this finds lone halves only.
const LONE_SURROGATE = /\p{Cs}/u

/**
 * Whether PostgreSQL can store the text as given: `text` cannot hold a NUL character, and a lone
 * surrogate has no UTF-8 encoding. Every string of every request is held to it.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value)
}

export const UNSTORABLE_TEXT_MESSAGE = 'contains a NUL character or a lone surrogate'

const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z')
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z')

/** Whether an ISO 8601 instant falls in the years 0001–9999 (UTC), which JavaScript and PostgreSQL both hold. */
export function isStorableInstant(value: string): boolean {
  const at = Date.parse(value)
  return at >= FIRST_INSTANT && at <= LAST_INSTANT
}

/** An instant with its offset (`2026-06-01T09:00:00Z`), in the years 0001–9999. */
export const timestampSchema = z.iso
  .datetime({ offset: true })
  .refine(isStorableInstant, { message: 'use a year from 0001 to 9999' })

/** A date as people know it: a year, a month or a day (`2018`, `2018-03`, `2018-03-14`); no year 0. */
export const partialDateSchema = z
  .string()
  .regex(
    /^(?!0000)\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'use YYYY, YYYY-MM or YYYY-MM-DD',
  )
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
