import { z } from 'zod'
import { isStorableText, timestampSchema } from '../../contracts/common.js'
import { AppError } from '../../errors.js'

/** What a field of a cursor holds: text (a name, an id) or an ISO 8601 instant. */
export type CursorField = 'text' | 'timestamp'

const FIELD_SCHEMAS: Record<CursorField, z.ZodType<string>> = {
  text: z.string().max(200).refine(isStorableText),
  timestamp: timestampSchema,
}

/** Opaque list cursors: the sort key of the last item, base64url-encoded JSON. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/**
 * The sort key a cursor carries, each field checked as what it holds: a cursor is client input,
 * so one that was tampered with is a 400, never a query the database refuses.
 */
export function decodeCursor<K extends string>(
  cursor: string,
  fields: Record<K, CursorField>,
): Record<K, string> {
  const shape = z
    .object(
      Object.fromEntries(
        Object.entries<CursorField>(fields).map(([name, kind]) => [name, FIELD_SCHEMAS[kind]]),
      ),
    )
    .strict()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    // Not JSON: refused below like any other cursor of the wrong shape.
  }
  const result = shape.safeParse(parsed)
  if (!result.success) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  return result.data as Record<K, string>
}
