import type { CreateInteraction, InteractionView } from '../../contracts/contacts.js'
import type { Db } from '../../db/client.js'
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
import { summariesOf } from '../members/index.js'
import { syncConnectionContacts } from './connection-contacts.js'
import { interactionView, notFound } from './contact-detail.js'

/** Logs an interaction by hand on one of the caller's contacts. */
export async function addInteraction(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId: string,
  input: CreateInteraction,
): Promise<InteractionView> {
  const row = await findVisibleContact(ctx.db, viewer, contactId)
  if (row === null) throw notFound()
  const dedupeKey = `manual:${newId()}`
  await insertInteractions(ctx.db, [
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
  await updateContactRow(ctx.db, viewer, contactId, { scoredAt: null })
  const created = (await interactionsOfContact(ctx.db, viewer, contactId)).find(
    (i) => i.dedupeKey === dedupeKey,
  )
  if (created === undefined) throw new Error('interaction not stored')
  return interactionView(created)
}

/**
 * Records something that happened on the platform between two members in the owner's log
 * (a message, an introduction, an event…), creating the owner's contact for the other member
 * if needed. `dedupeKey` makes repeating the call harmless. For other features to call.
 */
export async function recordPlatformInteraction(
  db: Db,
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
  await syncConnectionContacts(db, ownerId, interaction.at)
  let contact = (await visibleContactsOf(db, ownerId)).find((r) => r.memberId === otherMemberId)
  if (contact === undefined) {
    const member = (await summariesOf(db, [otherMemberId])).get(otherMemberId)
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
      dedupeKey: `platform:${interaction.dedupeKey}`,
    },
  ])
  await updateContactRow(db, ownerId, contact.id, { scoredAt: null })
}
