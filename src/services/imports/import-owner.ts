import type { Db } from '../../db/client.js'
import {
  findMemberByEmail,
  findMemberById,
  insertMember,
  updateMember,
} from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ImportedProfile } from '../../imports/types.js'
import type { ServiceContext } from '../context.js'
import { announce } from '../transaction.js'

/** The name an import gives a member it creates, until their Profile.csv says better. */
function provisionalName(email: string): string {
  return email.split('@')[0] ?? email
}

/** Members' names are at most this long (see the sign-up contract). */
const MAX_NAME = 120

/**
 * The member an import from the command line belongs to, by e-mail; an unknown address creates
 * that member with no password, so they can set one later through a password reset.
 */
export async function memberForImport(ctx: ServiceContext, email: string): Promise<MemberId> {
  const address = email.trim().toLowerCase()
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    throw new AppError('validation', `Not an e-mail address: ${email}`, {
      errors: [{ path: 'member', message: 'not an e-mail address' }],
    })
  }
  const found = await findMemberByEmail(ctx.db, address)
  if (found !== null) return found.id as MemberId
  const now = ctx.clock()
  const created = await insertMember(ctx.db, {
    id: newId(),
    email: address,
    passwordHash: null,
    name: provisionalName(address),
    createdAt: now,
    updatedAt: now,
  })
  await announce(ctx, { kind: 'member.changed', member: created.id })
  return created.id as MemberId
}

/**
 * Names the member after their Profile.csv (first and last name) when they have no name of
 * their own: they never signed in (no password) and still bear the name an import gave them.
 * A member who chose a name keeps it. Returns whether the name was taken.
 */
export async function nameFromProfile(
  db: Db,
  memberId: string,
  profile: ImportedProfile,
  now: Date,
): Promise<boolean> {
  const member = await findMemberById(db, memberId)
  if (member === null || member.passwordHash !== null) return false
  if (member.name !== provisionalName(member.email)) return false
  const name = profile.fullName.slice(0, MAX_NAME).trim()
  if (name === '' || name === member.name) return false
  await updateMember(db, memberId, { name, updatedAt: now })
  return true
}
