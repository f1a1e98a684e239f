import type { Db } from '../../db/client.js'
import {
  insertMail,
  markMailFailed,
  markMailSent,
  recentMail,
  unsentMail,
} from '../../db/queries/instance.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { OutgoingMail } from '../../mail/transport.js'
import { sendsHold } from '../backup/index.js'
import type { ServiceContext } from '../context.js'
import { requireOperator } from '../operator/index.js'

/** Records a mail in the outbox, inside the caller's transaction, so it exists exactly when the change does. */
export async function queueMail(db: Db, mail: OutgoingMail, at: Date): Promise<void> {
  // The outbox keeps what a person reads; header fields only matter on the way to a mailbox.
  const { to, subject, text } = mail
  await insertMail(db, { id: newId(), to, subject, text, html: mail.html ?? null, createdAt: at })
}

/** Sends what the outbox holds over SMTP, when SMTP is configured; failures stay queued for the next run. */
export async function deliverQueuedMail(ctx: ServiceContext): Promise<number> {
  if (ctx.mail === null) return 0
  const hold = await sendsHold(ctx.db)
  let sent = 0
  for (const row of await unsentMail(ctx.db)) {
    // Mail a restored backup still had queued waits until the operator resumes sends.
    if (hold.since !== null && row.createdAt < new Date(hold.since)) continue
    try {
      await ctx.mail.send(row)
      await markMailSent(ctx.db, row.id, ctx.clock())
      sent++
    } catch (error) {
      ctx.log.warn({ err: error, mailId: row.id }, 'mail delivery failed')
      await markMailFailed(ctx.db, row.id, error instanceof Error ? error.message : String(error))
    }
  }
  return sent
}

/**
 * The newest mail in the outbox, for the operator alone: without SMTP it holds every reset code,
 * so neither a socket address nor a proxy in front of the server can stand in for signing in.
 */
export async function readOutbox(ctx: ServiceContext, viewer: MemberId | null) {
  if (viewer === null) throw new AppError('unauthenticated', 'Sign in as the operator first')
  await requireOperator(ctx, viewer)
  const rows = await recentMail(ctx.db, 100)
  return rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    createdAt: r.createdAt.toISOString(),
  }))
}
