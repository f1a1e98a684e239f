import type { CreateOutcome } from '../../contracts/insights.js'
import { findVisibleContact, updateContact } from '../../db/queries/contacts.js'
import { insertOutcomes } from '../../db/queries/insights.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

/** Records what a relationship led to: the network's real score. */
export async function recordOutcome(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId: string,
  input: CreateOutcome,
) {
  const contact = await findVisibleContact(ctx.db, viewer, contactId)
  if (contact === null) throw new AppError('not_found', 'No such contact')
  const row = {
    id: newId(),
    ownerId: viewer,
    contactId,
    kind: input.kind,
    at: new Date(input.at),
    note: input.note ?? null,
  }
  await insertOutcomes(ctx.db, [row])
  await updateContact(ctx.db, viewer, contactId, { scoredAt: null })
  return {
    id: row.id,
    contactId,
    kind: input.kind,
    at: row.at.toISOString(),
    note: row.note,
  }
}
