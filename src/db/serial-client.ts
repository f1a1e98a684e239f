import type pg from 'pg'

type Query = pg.PoolClient['query']

/**
 * Makes one pooled connection run its queries one after another by itself. A transaction is one
 * connection, and services read several things at once (`Promise.all`) whether or not they run
 * inside one; `pg` still queues such overlapping queries on a connection, but warns that it will
 * stop doing so. Calls with a callback or a submittable (a cursor, a COPY stream) pass straight
 * through: they manage their own flow.
 */
export function serializeQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  let tail: Promise<unknown> = Promise.resolve()
  client.query = ((...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined
    if (typeof args.at(-1) === 'function' || typeof first?.submit === 'function') {
      return query(...args)
    }
    const run = tail.then(() => query(...args))
    tail = run.catch(() => undefined)
    return run
  }) as Query
}
