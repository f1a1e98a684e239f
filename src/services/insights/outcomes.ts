import type { CreateOutcome } from '../../contracts/insights.js'
import { findVisibleContact, updateContact } from '../../db/queries/contacts.js'
import { insertOutcomes } from '../../db/queries/insights.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { scheduleRescore } from '../scoring/index.js'
import { inTransaction } from '../transaction.js'

/** Records what a relationship led to: the network's real score. */
export async function recordOutcome(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId: string,
  input: CreateOutcome,
) {
  const row = {
    id: newId(),
    ownerId: viewer,
    contactId,
    kind: input.kind,
    at: new Date(input.at),
    note: input.note ?? null,
  }
  await inTransaction(ctx, async (scope) => {
    const { tx } = scope
    if ((await findVisibleContact(tx, viewer, contactId)) === null) {
      throw new AppError('not_found', 'No such contact')
    }
    await insertOutcomes(tx, [row])
    await updateContact(tx, viewer, contactId, { scoredAt: null })
    await scheduleRescore(scope, viewer, ctx.clock())
  })
  return {
    id: row.id,
    contactId,
    kind: input.kind,
    at: row.at.toISOString(),
    note: row.note,
  }
}
