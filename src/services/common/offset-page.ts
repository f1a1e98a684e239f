import { AppError } from '../../errors.js'

/**
 * One page of a list ranked in memory: `limit` items from the offset the cursor carries, with the
 * next page's cursor while more remain. The cursor is the offset itself; a list that changed in
 * between may repeat or skip an item at the seam, never fail.
 */
export function offsetPage<T>(
  items: readonly T[],
  query: { limit: number; cursor?: string | undefined },
): { items: T[]; next?: string } {
  const offset = query.cursor === undefined ? 0 : offsetOf(query.cursor)
  const page = items.slice(offset, offset + query.limit)
  const next = offset + query.limit < items.length ? String(offset + query.limit) : undefined
  return next === undefined ? { items: page } : { items: page, next }
}

function offsetOf(cursor: string): number {
  const n = Number(cursor)
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  return n
}
