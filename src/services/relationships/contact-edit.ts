import type { ContactDetail, CreateContact, UpdateContact } from '../../contracts/contacts.js'
import {
  findVisibleContact,
  insertContacts,
  membersByEmails,
  updateContact as updateContactRow,
  visibleContactsOf,
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

/** Adds an off-platform person by hand; linked to the member with that e-mail, if there is one. */
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
    const [member] = email === null ? [] : await membersByEmails(tx, [email])
    const linked = member !== undefined && member.id !== viewer ? member.id : null
    if (linked !== null) {
      const existing = (await visibleContactsOf(tx, viewer)).some((r) => r.memberId === linked)
      if (existing) throw new AppError('conflict', 'This member is already among your contacts')
    }
    await insertContacts(tx, [
      {
        id,
        ownerId: viewer,
        memberId: linked,
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
        importKey: email === null ? null : `email:${email}`,
        createdAt: now,
      },
    ])
  })
  return await contactDetail(ctx, viewer, id)
}
