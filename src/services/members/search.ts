import { decodeCursor, encodeCursor } from '../common/index.js'
import type { ServiceContext } from '../context.js'

/** Members by name, headline, company or title, a page at a time, from the member directory. */
export async function searchMembers(
  ctx: ServiceContext,
  query: { q: string; limit: number; cursor?: string | undefined },
) {
  const after =
    query.cursor === undefined ? null : decodeCursor(query.cursor, { name: 'text', id: 'text' })
  const { items, more } = await ctx.directory.search(query.q, query.limit, after)
  const last = items.at(-1)
  return more && last !== undefined
    ? { items, next: encodeCursor({ name: last.name.toLowerCase(), id: last.id }) }
    : { items }
}
