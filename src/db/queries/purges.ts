import { isNotNull, lt, or } from 'drizzle-orm'
import type { Db } from '../client.js'
import { failedLogins, passwordResets, sessions } from '../schema/auth.js'
import { rateEvents } from '../schema/instance.js'
import { emailChanges } from '../schema/settings.js'

/** What a purge removed, table by table. */
export interface Purged {
  sessions: number
  passwordResets: number
  emailChanges: number
  failedLogins: number
  rateEvents: number
}

/**
 * Deletes credentials that can no longer be used (expired sessions, used or expired reset codes, expired e-mail change codes)
 * and counted events older than every window that reads them.
 */
export async function purgeExpired(db: Db, now: Date, eventsBefore: Date): Promise<Purged> {
  const gone = async (q: Promise<unknown[]>) => (await q).length
  return {
    sessions: await gone(db.delete(sessions).where(lt(sessions.expiresAt, now)).returning()),
    passwordResets: await gone(
      db
        .delete(passwordResets)
        .where(or(lt(passwordResets.expiresAt, now), isNotNull(passwordResets.usedAt)))
        .returning(),
    ),
    emailChanges: await gone(
      db.delete(emailChanges).where(lt(emailChanges.expiresAt, now)).returning(),
    ),
    failedLogins: await gone(
      db.delete(failedLogins).where(lt(failedLogins.at, eventsBefore)).returning(),
    ),
    rateEvents: await gone(
      db.delete(rateEvents).where(lt(rateEvents.at, eventsBefore)).returning(),
    ),
  }
}
