import { extendSession, touchAccessToken } from '../../db/queries/auth.js'
import type { ServiceContext } from '../context.js'

/**
 * Uses of sessions and access tokens, noted in memory by the requests that make them (reads
 * among them, which write nothing) and written together once a minute and on shutdown. Losing a
 * minute of notes in a crash costs nothing: a session then slides a day later, a token's "last
 * used" is a minute older.
 */
interface Noted {
  /** Session id → the expiry it slides to. */
  sessions: Map<string, Date>
  /** Token id → when it was last used. */
  tokens: Map<string, Date>
}

const notes = new WeakMap<ServiceContext, Noted>()

function notedFor(ctx: ServiceContext): Noted {
  let noted = notes.get(ctx)
  if (noted === undefined) {
    noted = { sessions: new Map(), tokens: new Map() }
    notes.set(ctx, noted)
  }
  return noted
}

export function noteSessionUse(ctx: ServiceContext, sessionId: string, slidesTo: Date): void {
  notedFor(ctx).sessions.set(sessionId, slidesTo)
}

export function noteTokenUse(ctx: ServiceContext, tokenId: string, at: Date): void {
  notedFor(ctx).tokens.set(tokenId, at)
}

/** Writes what was noted since the last time, in one transaction; returns how many rows. */
export async function recordCredentialUse(ctx: ServiceContext): Promise<number> {
  const noted = notedFor(ctx)
  const sessions = [...noted.sessions]
  const tokens = [...noted.tokens]
  noted.sessions.clear()
  noted.tokens.clear()
  if (sessions.length + tokens.length === 0) return 0
  await ctx.db.transaction(async (tx) => {
    for (const [id, expiresAt] of sessions) await extendSession(tx, id, expiresAt)
    for (const [id, at] of tokens) await touchAccessToken(tx, id, at)
  })
  return sessions.length + tokens.length
}
