import type { Announcement } from '../../announcements/announcement.js'
import type { Me } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import { KeptReads } from '../common/index.js'

// Every member signed in on a busy instance; beyond it the least recently read go first.
const MAX_ENTRIES = 20_000

/**
 * Members' own profiles (`Me`) as last read, so that `GET /api/me` and the pages built on it
 * read no database when warm. Whatever changes a profile, an e-mail or a role announces it after
 * commit (`member.changed`, `member.visibility`, a suspension, an erasure) and every process
 * forgets that member's entry; the next read goes to the database again. Kept answers are frozen,
 * so no caller can change what the next one gets.
 */
export class ProfileCache {
  private readonly reads: KeptReads<Me>

  constructor(db: Db) {
    this.reads = new KeptReads(db, MAX_ENTRIES)
  }

  /** The member's profile, kept or read with `read` (see `KeptReads.read`). */
  async profileOf(db: Db, member: string, read: (db: Db) => Promise<Me>): Promise<Me> {
    return await this.reads.read(db, member, async (from) => Object.freeze(await read(from)))
  }

  onAnnouncement(a: Announcement): void {
    if (
      a.kind === 'member.changed' ||
      a.kind === 'member.visibility' ||
      a.kind === 'member.suspension' ||
      a.kind === 'member.erased'
    ) {
      this.reads.forget(a.member)
    } else if (a.kind === 'graph.reload') this.forgetAll()
  }

  /** After announcements may have been missed (the relay reconnected). */
  forgetAll(): void {
    this.reads.forgetAll()
  }
}
