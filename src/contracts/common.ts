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

export const fieldProblemSchema = z
  .object({ path: z.string(), message: z.string() })
  .meta({ id: 'FieldProblem' })

/** An RFC 9457 problem: every 4xx and 5xx answer, as `application/problem+json`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(fieldProblemSchema).optional(),
  })
  .meta({ id: 'Problem' })

export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' })

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})
export type ListQuery = z.output<typeof listQuerySchema>

/**
 * `asOf=export` (the default) reads an imported history as of its own date when that is older
 * than today; `asOf=today` reads it as of today.
 */
export const asOfQuerySchema = z.object({
  asOf: z.enum(['export', 'today']).default('export'),
})

/** The date an analysis is read as of, with the words to show it. */
export const readingDateSchema = z
  .object({
    at: z.string(),
    basis: z.enum(['export', 'today']),
    /** The export's own date when the history is an import older than today, else null. */
    exportDate: z.string().nullable(),
    /** "as of 16 Dec 2024, the date of your export", or "as of today". */
    label: z.string(),
  })
  .meta({ id: 'ReadingDate' })

/** A page of a list: pass `next` back as `?cursor=` for the following one. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().optional() })
}

const PROBLEM_DESCRIPTIONS = {
  400: 'The request is not valid; `errors` names each field that is not',
  401: 'Not signed in, or the access token is not valid',
  403: 'Not allowed',
  404: 'Not found, or not yours to know',
  409: 'In conflict with the current state',
  413: 'Too large',
  415: 'Not a media type this operation takes',
  422: 'Well-formed but against a rule',
  429: 'A limit is reached; `Retry-After` says in how many seconds to try again',
} as const
export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS

const problemContent = { 'application/problem+json': { schema: problemSchema } }
type ProblemResponse = { description: string; content: typeof problemContent }

/** Problems an operation may answer with, for the OpenAPI document and the serializer. */
export function problemResponses<S extends ProblemStatus>(
  ...statuses: S[]
): Record<S, ProblemResponse> {
  const responses = {} as Record<S, ProblemResponse>
  for (const status of statuses) {
    responses[status] = { description: PROBLEM_DESCRIPTIONS[status], content: problemContent }
  }
  return responses
}
