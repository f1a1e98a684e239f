import type { Announcement } from '../../announcements/announcement.js'
import type { Db } from '../../db/client.js'
import { activeConnectionRowsOf, type ConnectionRow } from '../../db/queries/connections.js'
import { KeptReads } from '../common/index.js'

// Members whose lists are kept; beyond it the least recently read go first.
const MAX_MEMBERS = 10_000

/**
 * Each member's active connections as last read (the rows: who, since when, how they met), so
 * that the connection list reads no database when warm. The names, order and filter come from
 * the member directory at every read, so a rename is seen without touching these lists.
 *
 * Whatever makes, removes or restores a connection announces it after commit and every process
 * forgets both members' lists; an erasure forgets every list that names the member, a bulk
 * change (`graph.reload`) everything.
 */
export class ConnectionLists {
  private readonly reads: KeptReads<readonly ConnectionRow[]>

  constructor(db: Db) {
    this.reads = new KeptReads(db, MAX_MEMBERS)
  }

  /** The member's active connections, in no particular order (see `KeptReads.read`). */
  async of(db: Db, member: string): Promise<readonly ConnectionRow[]> {
    return await this.reads.read(db, member, async (from) =>
      Object.freeze(await activeConnectionRowsOf(from, member)),
    )
  }

  onAnnouncement(a: Announcement): void {
    if (a.kind === 'connection.made' || a.kind === 'connection.removed') {
      this.reads.forget(a.a)
      this.reads.forget(a.b)
    } else if (a.kind === 'member.erased') {
      this.reads.forget(a.member)
      this.reads.forgetWhere((rows) =>
        rows.some((r) => r.memberLo === a.member || r.memberHi === a.member),
      )
    } else if (a.kind === 'graph.reload') this.forgetAll()
  }

  /** After announcements may have been missed (the relay reconnected). */
  forgetAll(): void {
    this.reads.forgetAll()
  }
}
