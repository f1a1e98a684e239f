import type { z } from 'zod'
import type {
  NotificationChoices,
  NotificationKind,
  notificationChoicesPatchSchema,
} from '../../contracts/settings.js'
import {
  findNotificationPreferences,
  upsertNotificationPreferences,
} from '../../db/queries/settings.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

/**
 * What a member who never chose gets: mail about invitations and messages, which other people
 * wait on, and no digest, which nobody waits on.
 */
export const DEFAULT_NOTIFICATION_CHOICES: NotificationChoices = {
  invitations: true,
  messages: true,
  digest: false,
}

/** The member's choices, the defaults when they never chose (a read writes nothing). */
export async function notificationChoicesOf(
  ctx: ServiceContext,
  memberId: MemberId,
): Promise<NotificationChoices> {
  const row = await findNotificationPreferences(ctx.db, memberId)
  if (row === null) return { ...DEFAULT_NOTIFICATION_CHOICES }
  return { invitations: row.invitations, messages: row.messages, digest: row.digest }
}

/** Whether the member wants e-mail of this kind: what a capability asks before it queues one. */
export async function wantsMail(
  ctx: ServiceContext,
  memberId: MemberId,
  kind: NotificationKind,
): Promise<boolean> {
  return (await notificationChoicesOf(ctx, memberId))[kind]
}

/** Changes some of the choices; the others keep their stored (or default) value. */
export async function updateNotificationChoices(
  ctx: ServiceContext,
  memberId: MemberId,
  patch: z.output<typeof notificationChoicesPatchSchema>,
): Promise<NotificationChoices> {
  return await ctx.db.transaction(async (tx) => {
    const current = await notificationChoicesOf({ ...ctx, db: tx }, memberId)
    const next: NotificationChoices = { ...current, ...definedOf(patch) }
    await upsertNotificationPreferences(tx, { memberId, ...next, updatedAt: ctx.clock() })
    return next
  })
}

function definedOf(patch: Partial<NotificationChoices>): Partial<NotificationChoices> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
}
