import type { Announcement } from '../../announcements/announcement.js'
import type { MemberSummary } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import { directoryRows } from '../../db/queries/members.js'
import {
  comesBefore,
  type DirectoryEntry,
  entriesFrom,
  FIELD_SEPARATOR,
} from './directory-entry.js'
import { summariesWithin } from './summaries.js'

/** Where a search page starts: after this (lowercased name, id), as the cursor carries it. */
export interface SearchKey {
  name: string
  id: string
}

/**
 * Every member's summary, suspension and searchable text, held by the process so that summaries
 * and member search read no database when warm. Loaded in one statement on first use, then kept
 * current by the announcements every process hears after a commit: a changed member is marked
 * stale at once and read again (one indexed statement for all the stale ones) by the next read,
 * so a change is seen by the very next request; `graph.reload` drops everything.
 *
 * Marks are numbered: a read clears only the marks made before it started, so a change announced
 * while it was in flight is read again. Reads of the database go one at a time, so an older answer
 * never overwrites a newer one.
 */
export class MemberDirectory {
  private entries: Map<string, DirectoryEntry> | null = null
  /** The entries in search order (lowercased name, then id). */
  private ordered: DirectoryEntry[] = []
  private readonly stale = new Map<string, number>()
  private marks = 0
  private epoch = 0
  private reading: Promise<void> | null = null

  constructor(private readonly db: Db) {}

  /**
   * The summaries of the given members, keyed by id (unknown ids left out). `db` is the caller's:
   * inside a transaction the answer is read from it, as that transaction sees the members, and
   * not kept (its changes are not committed yet).
   */
  async summaries(db: Db, ids: readonly string[]): Promise<Map<string, MemberSummary>> {
    if (db !== this.db) return await summariesWithin(db, ids)
    await this.current()
    const found = new Map<string, MemberSummary>()
    for (const id of ids) {
      const entry = this.entries?.get(id)
      if (entry !== undefined) found.set(id, entry.summary)
    }
    return found
  }

  /** Whether the member exists and is not suspended: whether other members may find them. */
  async mayBeFound(id: string): Promise<boolean> {
    await this.current()
    const entry = this.entries?.get(id)
    return entry !== undefined && !entry.suspended
  }

  /**
   * Members not suspended whose name, headline, or a position's company or title contains `q`
   * (any case; every member for an empty `q`), in search order after `after`: up to `limit`, and
   * whether more follow.
   */
  async search(
    q: string,
    limit: number,
    after: SearchKey | null,
  ): Promise<{ items: MemberSummary[]; more: boolean }> {
    await this.current()
    const needle = q.toLowerCase()
    // A match may not span two fields.
    if (needle.includes(FIELD_SEPARATOR)) return { items: [], more: false }
    const items: MemberSummary[] = []
    for (let i = after === null ? 0 : this.firstAfter(after); i < this.ordered.length; i++) {
      const entry = this.ordered[i] as DirectoryEntry
      if (entry.suspended || !entry.searchText.includes(needle)) continue
      if (items.length === limit) return { items, more: true }
      items.push(entry.summary)
    }
    return { items, more: false }
  }

  onAnnouncement(a: Announcement): void {
    if (
      a.kind === 'member.changed' ||
      a.kind === 'member.erased' ||
      a.kind === 'member.suspension'
    ) {
      this.markStale(a.member)
    } else if (a.kind === 'graph.reload') this.forgetAll()
  }

  /** After announcements may have been missed (the relay reconnected): the next read loads all. */
  forgetAll(): void {
    this.epoch++
    this.entries = null
    this.ordered = []
    this.stale.clear()
  }

  private markStale(id: string): void {
    // Cold and not loading: the next load reads the change anyway.
    if (this.entries === null && this.reading === null) return
    this.stale.set(id, ++this.marks)
  }

  /** Waits until the entries are loaded and every change marked before this call is read. */
  private async current(): Promise<void> {
    const seen = this.marks
    while (this.entries === null || this.staleSince(seen)) {
      this.reading ??= this.read().finally(() => {
        this.reading = null
      })
      await this.reading
    }
  }

  private staleSince(mark: number): boolean {
    for (const at of this.stale.values()) if (at <= mark) return true
    return false
  }

  /** Loads every member when cold, else reads the stale ones again. */
  private async read(): Promise<void> {
    const epoch = this.epoch
    const mark = this.marks
    const ids = this.entries === null ? undefined : [...this.stale.keys()]
    const entries = entriesFrom(await directoryRows(this.db, ids))
    if (epoch !== this.epoch) return
    if (ids === undefined) {
      this.entries = byId(entries)
      this.ordered = [...this.entries.values()].sort((a, b) => (comesBefore(a, keyOf(b)) ? -1 : 1))
    } else {
      const read = byId(entries)
      for (const id of ids) this.replace(id, read.get(id))
    }
    for (const [id, at] of this.stale) if (at <= mark) this.stale.delete(id)
  }

  /** Puts a member's new entry in place of the old one (none: erased). */
  private replace(id: string, entry: DirectoryEntry | undefined): void {
    const old = this.entries?.get(id)
    if (old !== undefined) {
      this.ordered.splice(this.firstAfterOrAt(keyOf(old)), 1)
      this.entries?.delete(id)
    }
    if (entry !== undefined && this.entries !== null) {
      this.ordered.splice(this.firstAfterOrAt(keyOf(entry)), 0, entry)
      this.entries.set(id, entry)
    }
  }

  /** The index of the first entry that does not come before the key. */
  private firstAfterOrAt(key: SearchKey): number {
    let low = 0
    let high = this.ordered.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (comesBefore(this.ordered[mid] as DirectoryEntry, key)) low = mid + 1
      else high = mid
    }
    return low
  }

  private firstAfter(key: SearchKey): number {
    const at = this.firstAfterOrAt(key)
    const entry = this.ordered[at]
    return entry !== undefined && entry.summary.id === key.id && entry.sortName === key.name
      ? at + 1
      : at
  }
}

function keyOf(entry: DirectoryEntry): SearchKey {
  return { name: entry.sortName, id: entry.summary.id }
}

function byId(entries: DirectoryEntry[]): Map<string, DirectoryEntry> {
  return new Map(entries.map((e) => [e.summary.id, e]))
}
