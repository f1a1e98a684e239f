import type { CreateInteraction, InteractionView } from '../../contracts/contacts.js'
import {
  findVisibleContact,
  insertContacts,
  updateContact as updateContactRow,
  visibleContactsOf,
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
  await syncConnectionContacts(db, ownerId, interaction.at)
  let contact = (await visibleContactsOf(db, ownerId)).find((r) => r.memberId === otherMemberId)
  if (contact === undefined) {
    const member = (await summariesWithin(db, [otherMemberId])).get(otherMemberId)
    if (member === undefined) return
    const id = newId()
    await insertContacts(db, [
      {
        id,
        ownerId,
        memberId: otherMemberId,
        name: member.name,
        company: member.company,
        title: member.title,
        source: 'platform',
        createdAt: interaction.at,
      },
    ])
    contact = (await visibleContactsOf(db, ownerId)).find((r) => r.id === id)
  }
  if (contact === undefined) return
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
