import type { Announcement } from '../../announcements/announcement.js'
import { keepRecent } from '../../collections.js'
import type { Me } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'

// Every member signed in on a busy instance; beyond it the least recently read go first.
const MAX_ENTRIES = 20_000

/**
 * Members' own profiles (`Me`) as last read, so that `GET /api/me` and the pages built on it
 * read no database when warm. Whatever changes a profile, an e-mail or a role announces it after
 * commit (`member.changed`, `member.visibility`, a suspension, an erasure) and every process
 * forgets that member's entry; the next read goes to the database again.
 *
 * A read that started before such an announcement may come back with the profile as it was:
 * forgettings are counted, and an answer read across one is not kept.
 */
export class ProfileCache {
  private readonly entries = new Map<string, Me>()
  private generationCount = 0

  constructor(private readonly db: Db) {}

  /**
   * The member's profile, kept or read with `read`. `db` is the caller's: inside a transaction the
   * profile is read from it, as that transaction sees it, and not kept (it is not committed yet).
   */
  async profileOf(db: Db, member: string, read: (db: Db) => Promise<Me>): Promise<Me> {
    if (db !== this.db) return await read(db)
    const kept = this.entries.get(member)
    if (kept !== undefined) return keepRecent(this.entries, member, kept, MAX_ENTRIES)
    const readAt = this.generationCount
    const me = Object.freeze(await read(db))
    if (readAt === this.generationCount) keepRecent(this.entries, member, me, MAX_ENTRIES)
    return me
  }

  onAnnouncement(a: Announcement): void {
    if (
      a.kind === 'member.changed' ||
      a.kind === 'member.visibility' ||
      a.kind === 'member.suspension' ||
      a.kind === 'member.erased'
    ) {
      this.forget(a.member)
    } else if (a.kind === 'graph.reload') this.forgetAll()
  }

  /** After announcements may have been missed (the relay reconnected). */
  forgetAll(): void {
    this.generationCount++
    this.entries.clear()
  }

  private forget(member: string): void {
    this.generationCount++
    this.entries.delete(member)
  }
}
