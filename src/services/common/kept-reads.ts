import { keepRecent } from '../../collections.js'
import type { Db } from '../../db/client.js'

/**
 * Answers read from the database and kept by key, so that the next read of the same key runs no
 * statement; past `limit` keys the least recently read go first. Whoever learns that a kept
 * answer changed (an announcement, after the commit that changed it) forgets it. A read that
 * started before a forgetting is answered but not kept: it may hold what was just forgotten.
 */
export class KeptReads<V> {
  private readonly kept = new Map<string, V>()
  private generation = 0

  constructor(
    private readonly db: Db,
    private readonly limit: number,
  ) {}

  /**
   * The kept answer for `key`, or `load`'s. `db` is the caller's: inside a transaction the answer
   * is loaded from it, as that transaction sees it, and not kept (it is not committed yet).
   */
  async read(db: Db, key: string, load: (db: Db) => Promise<V>): Promise<V> {
    if (db !== this.db) return await load(db)
    const kept = this.kept.get(key)
    if (kept !== undefined) return keepRecent(this.kept, key, kept, this.limit)
    const readAt = this.generation
    const value = await load(db)
    if (readAt === this.generation) keepRecent(this.kept, key, value, this.limit)
    return value
  }

  forget(key: string): void {
    this.generation++
    this.kept.delete(key)
  }

  /** Forgets every kept answer that passes `test`. */
  forgetWhere(test: (value: V) => boolean): void {
    this.generation++
    for (const [key, value] of this.kept) if (test(value)) this.kept.delete(key)
  }

  forgetAll(): void {
    this.generation++
    this.kept.clear()
  }
}
