import type { Announcement } from '../../announcements/announcement.js'
import { keepRecent } from '../../collections.js'
import type { MemberId } from '../../ids.js'

/** A live session as the database holds it, by the hash of its cookie. */
export interface CachedSession {
  id: string
  memberId: MemberId
  expiresAt: Date
}

/** A live access token as the database holds it, by the hash of its secret. */
export interface CachedToken {
  id: string
  memberId: MemberId
  expiresAt: Date | null
  lastUsedAt: Date | null
}

// Enough for every member signed in on a busy instance; beyond it the oldest entries go first.
const MAX_ENTRIES = 20_000

/**
 * Sessions and access tokens found in the database, so that a signed-in request need not read it.
 * Only what the database answered is kept, never "unknown" (a guessed secret must not fill it), and
 * an entry's expiry is checked on every use. Whatever ends a credential announces it after commit
 * (`credentials.ended`, a suspension, an erasure) and every process forgets all of that member's
 * entries at once; the next request reads the database again.
 *
 * A read that started before such an announcement may come back with a credential that has just
 * ended: `generation` counts the forgettings, and an answer read across one is not kept.
 */
export class CredentialCache {
  private readonly sessions = new Map<string, CachedSession>()
  private readonly tokens = new Map<string, CachedToken>()
  private generationCount = 0

  /** To hand back to `keepSession` or `keepToken` with what the database then answered. */
  get generation(): number {
    return this.generationCount
  }

  session(hash: string): CachedSession | undefined {
    return this.sessions.get(hash)
  }

  token(hash: string): CachedToken | undefined {
    return this.tokens.get(hash)
  }

  keepSession(hash: string, session: CachedSession, readAt: number): void {
    if (readAt === this.generationCount) keepRecent(this.sessions, hash, session, MAX_ENTRIES)
  }

  keepToken(hash: string, token: CachedToken, readAt: number): void {
    if (readAt === this.generationCount) keepRecent(this.tokens, hash, token, MAX_ENTRIES)
  }

  /** A credential seen to have expired: the database no longer answers it either. */
  dropSession(hash: string): void {
    this.sessions.delete(hash)
  }

  dropToken(hash: string): void {
    this.tokens.delete(hash)
  }

  onAnnouncement(a: Announcement): void {
    if (a.kind === 'credentials.ended' || a.kind === 'member.erased') this.forgetMember(a.member)
    else if (a.kind === 'member.suspension' && a.suspended) this.forgetMember(a.member)
    else if (a.kind === 'graph.reload') this.forgetAll()
  }

  /** After announcements may have been missed (the relay reconnected). */
  forgetAll(): void {
    this.generationCount++
    this.sessions.clear()
    this.tokens.clear()
  }

  private forgetMember(member: string): void {
    this.generationCount++
    for (const map of [this.sessions, this.tokens]) {
      for (const [hash, entry] of map) if (entry.memberId === member) map.delete(hash)
    }
  }
}
