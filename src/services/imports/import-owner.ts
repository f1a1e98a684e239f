import { findMemberByEmail, insertMember } from '../../db/queries/members.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

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
    name: address.split('@')[0] ?? address,
    createdAt: now,
    updatedAt: now,
  })
  return created.id as MemberId
}
