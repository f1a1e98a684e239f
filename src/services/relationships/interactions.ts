import type { CreateInteraction, InteractionView } from '../../contracts/contacts.js'
import {
  findMemberContact,
  findVisibleContact,
  insertMemberContactIfMissing,
  updateContact as updateContactRow,
} from '../../db/queries/contacts.js'
import { insertInteractions, interactionsOfContact } from '../../db/queries/interactions.js'
import type { InteractionKind } from '../../domain/relationship.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { summariesWithin } from '../members/index.js'
import { scheduleRescore } from '../scoring/index.js'
import { inTransaction, type TransactionScope } from '../transaction.js'
import { syncConnectionContacts } from './connection-contacts.js'
import { interactionView, notFound } from './contact-detail.js'

/** Logs an interaction by hand on one of the caller's contacts. */
export async function addInteraction(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId: string,
  input: CreateInteraction,
): Promise<InteractionView> {
  const dedupeKey = `manual:${newId()}`
  const created = await inTransaction(ctx, async (scope) => {
    const { tx } = scope
    const row = await findVisibleContact(tx, viewer, contactId)
    if (row === null) throw notFound()
    await insertInteractions(tx, [
      {
        ownerId: viewer,
        contactId,
        kind: input.kind,
        at: new Date(input.at),
        intent: input.intent ?? null,
        by: input.by ?? null,
        source: 'manual',
        note: input.note ?? null,
        dedupeKey,
      },
    ])
    await updateContactRow(tx, viewer, contactId, { scoredAt: null })
    await scheduleRescore(scope, viewer, ctx.clock())
    return (await interactionsOfContact(tx, viewer, contactId)).find(
      (i) => i.dedupeKey === dedupeKey,
    )
  })
  if (created === undefined) throw new Error('interaction not stored')
  return interactionView(created)
}

/** The stored key of a platform interaction: apart from the keys of imports and manual entries. */
export function platformKey(dedupeKey: string): string {
  return `platform:${dedupeKey}`
}

/**
 * Records something that happened on the platform between two members in the owner's log
 * (a message, an introduction, an event…), creating the owner's contact for the other member
 * if needed, inside the caller's transaction. `dedupeKey` makes repeating the call harmless. For
 * other features (messages, introductions, events) to call.
 */
export async function recordPlatformInteraction(
  scope: TransactionScope,
  ownerId: string,
  otherMemberId: string,
  interaction: {
    kind: InteractionKind
    at: Date
    by?: 'member' | 'contact'
    intent?: 'ask' | 'offer' | 'none'
    note?: string
    dedupeKey: string
  },
): Promise<void> {
  const db = scope.tx
  // @NOTE The owner's contact may be hidden (archived by a prune, or its connection removed): the
  // interaction goes on that contact's timeline, never on a second contact for the same member.
  let contact = await findMemberContact(db, ownerId, otherMemberId)
  if (contact === null) {
    // A connection's contact is made as every connection's is, with how the two met.
    await syncConnectionContacts(db, ownerId, interaction.at)
    contact = await findMemberContact(db, ownerId, otherMemberId)
  }
  if (contact === null) {
    const member = (await summariesWithin(db, [otherMemberId])).get(otherMemberId)
    if (member === undefined) return
    await insertMemberContactIfMissing(db, {
      id: newId(),
      ownerId,
      memberId: otherMemberId,
      name: member.name,
      company: member.company,
      title: member.title,
      source: 'platform',
      createdAt: interaction.at,
    })
    contact = await findMemberContact(db, ownerId, otherMemberId)
  }
  if (contact === null) return
  await insertInteractions(db, [
    {
      ownerId,
      contactId: contact.id,
      kind: interaction.kind,
      at: interaction.at,
      intent: interaction.intent ?? null,
      by: interaction.by ?? null,
      source: 'platform',
      note: interaction.note ?? null,
      dedupeKey: platformKey(interaction.dedupeKey),
    },
  ])
  await updateContactRow(db, ownerId, contact.id, { scoredAt: null })
  await scheduleRescore(scope, ownerId, interaction.at)
}
