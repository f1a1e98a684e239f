import type { ContactDetail, CreateContact, UpdateContact } from '../../contracts/contacts.js'
import type { Db } from '../../db/client.js'
import { findConnection } from '../../db/queries/connections.js'
import {
  allContactsOf,
  findVisibleContact,
  insertContacts,
  membersByEmails,
  updateContact as updateContactRow,
} from '../../db/queries/contacts.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { syncConnectionContacts } from './connection-contacts.js'
import { contactDetail, notFound } from './contact-detail.js'

export async function updateContact(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  patch: UpdateContact,
): Promise<ContactDetail> {
  const row = await findVisibleContact(ctx.db, viewer, id)
  if (row === null) throw notFound()
  const circles = patch.circles === undefined ? undefined : [...new Set(patch.circles)]
  await updateContactRow(ctx.db, viewer, id, {
    ...(circles !== undefined ? { circles } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    ...(patch.company !== undefined ? { company: patch.company } : {}),
    ...(patch.title !== undefined ? { title: patch.title } : {}),
  })
  return await contactDetail(ctx, viewer, id)
}

async function isConnection(db: Db, viewer: string, other: string): Promise<boolean> {
  const row = other === viewer ? null : await findConnection(db, viewer, other)
  return row !== null && row.removedAt === null
}

/**
 * Adds a person by hand, with exactly what the caller typed. It is never linked to the member
 * who owns the e-mail: that would tell the caller who is behind an address, with their name and
 * company. The only members the caller may know by e-mail are their connections, and each of them
 * is a contact already, so typing a connection's e-mail is refused as a second contact for them.
 */
export async function createContact(
  ctx: ServiceContext,
  viewer: MemberId,
  input: CreateContact,
): Promise<ContactDetail> {
  const now = ctx.clock()
  const email = input.email?.toLowerCase() ?? null
  const id = newId()
  await ctx.db.transaction(async (tx) => {
    await syncConnectionContacts(tx, viewer, now)
    const importKey = email === null ? null : `email:${email}`
    const [member] = email === null ? [] : await membersByEmails(tx, [email])
    if (member !== undefined && (await isConnection(tx, viewer, member.id))) {
      throw new AppError('conflict', 'This member is already among your contacts')
    }
    if (
      importKey !== null &&
      (await allContactsOf(tx, viewer)).some((r) => r.importKey === importKey)
    ) {
      throw new AppError('conflict', 'A contact with this e-mail is already among your contacts')
    }
    await insertContacts(tx, [
      {
        id,
        ownerId: viewer,
        memberId: null,
        name: input.name,
        email,
        company: input.company ?? null,
        title: input.title ?? null,
        howMet: input.howMet ?? null,
        howMetNote: input.howMetNote ?? null,
        since: input.since === undefined ? null : new Date(input.since),
        notes: input.notes ?? '',
        circles: [...new Set(input.circles ?? [])],
        source: 'manual',
        importKey,
        createdAt: now,
      },
    ])
  })
  return await contactDetail(ctx, viewer, id)
}
