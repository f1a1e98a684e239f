import type { IntroducerSettings } from '../../contracts/introductions.js'
import type { Db } from '../../db/client.js'
import { findConnection } from '../../db/queries/connections.js'
import { memberContactOf } from '../../db/queries/contacts.js'
import { introducerSettingsOf, saveIntroducerSettings } from '../../db/queries/introductions.js'
import { findMemberById } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

const EVERY_CONNECTION: IntroducerSettings = {
  minTieStrength: null,
  openToStudentsAndTransition: false,
}

export async function introducerSettings(
  ctx: ServiceContext,
  member: string,
): Promise<IntroducerSettings> {
  const row = await introducerSettingsOf(ctx.db, member)
  if (row === null) return EVERY_CONNECTION
  return {
    minTieStrength: row.minTieStrength,
    openToStudentsAndTransition: row.openToStudentsAndTransition,
  }
}

export async function setIntroducerSettings(
  ctx: ServiceContext,
  viewer: MemberId,
  settings: IntroducerSettings,
): Promise<IntroducerSettings> {
  await saveIntroducerSettings(ctx.db, { memberId: viewer, ...settings })
  return settings
}

/** What a connection may know of the introducer's bar: whether it is there, never where. */
export async function introducerBar(ctx: ServiceContext, viewer: MemberId, introducer: string) {
  const connection = viewer === introducer ? null : await findConnection(ctx.db, viewer, introducer)
  if (connection === null || connection.removedAt !== null)
    throw new AppError('not_found', 'No such connection')
  const settings = await introducerSettings(ctx, introducer)
  return {
    takesRequestsFrom:
      settings.minTieStrength === null ? ('all_connections' as const) : ('close_ties' as const),
    openToStudentsAndTransition: settings.openToStudentsAndTransition,
  }
}

/**
 * Refuses a request below the introducer's bar, with a problem that says only that they take
 * requests from close ties. The tie is the introducer's own score of the requester; a tie not yet
 * scored is not close, as everywhere else (docs/decisions/0005).
 */
export async function enforceIntroducerBar(
  db: Db,
  introducer: string,
  requester: string,
): Promise<void> {
  const settings = await introducerSettingsOf(db, introducer)
  if (settings === null || settings.minTieStrength === null) return
  if (settings.openToStudentsAndTransition) {
    const member = await findMemberById(db, requester)
    if (member !== null && (member.student || member.inTransition)) return
  }
  const strength = (await memberContactOf(db, introducer, requester))?.strength ?? null
  if (strength !== null && strength >= settings.minTieStrength) return
  throw new AppError(
    'rule_violation',
    'This member only takes introduction requests from close ties',
  )
}
