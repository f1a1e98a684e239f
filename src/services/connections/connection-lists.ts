import type { Announcement } from '../../announcements/announcement.js'
import { keepRecent } from '../../collections.js'
import type { Db } from '../../db/client.js'
import { activeConnectionRowsOf, type ConnectionRow } from '../../db/queries/connections.js'

// Members whose lists are kept; beyond it the least recently read go first.
const MAX_MEMBERS = 10_000

/**
 * Each member's active connections as last read (the rows: who, since when, how they met), so
 * that the connection list reads no database when warm. The names, order and filter come from
 * the member directory at every read, so a rename is seen without touching these lists.
 *
 * Whatever makes, removes or restores a connection announces it after commit and every process
 * forgets both members' lists; an erasure forgets every list that names the member, a bulk
 * change (`graph.reload`) everything. A read that crossed a forgetting is answered but not kept.
 */
export class ConnectionLists {
  private readonly lists = new Map<string, readonly ConnectionRow[]>()
  private generation = 0

  constructor(private readonly db: Db) {}

  /**
   * The member's active connections, in no particular order. `db` is the caller's: inside a
   * transaction they are read from it, as it sees them, and not kept.
   */
  async of(db: Db, member: string): Promise<readonly ConnectionRow[]> {
    if (db !== this.db) return await activeConnectionRowsOf(db, member)
    const kept = this.lists.get(member)
    if (kept !== undefined) return keepRecent(this.lists, member, kept, MAX_MEMBERS)
    const readAt = this.generation
    const rows = Object.freeze(await activeConnectionRowsOf(db, member))
    if (readAt === this.generation) keepRecent(this.lists, member, rows, MAX_MEMBERS)
    return rows
  }

  onAnnouncement(a: Announcement): void {
    if (a.kind === 'connection.made' || a.kind === 'connection.removed') {
      this.generation++
      this.lists.delete(a.a)
      this.lists.delete(a.b)
    } else if (a.kind === 'member.erased') this.forgetNaming(a.member)
    else if (a.kind === 'graph.reload') this.forgetAll()
  }

  /** After announcements may have been missed (the relay reconnected). */
  forgetAll(): void {
    this.generation++
    this.lists.clear()
  }

  private forgetNaming(member: string): void {
    this.generation++
    this.lists.delete(member)
    for (const [owner, rows] of this.lists) {
      if (rows.some((r) => r.memberLo === member || r.memberHi === member)) this.lists.delete(owner)
    }
  }
}
