import type { Me, MemberProfile, Position, UpdateMe } from '../../contracts/profile.js'
import type { Db } from '../../db/client.js'
import {
  findMemberByEmail,
  findMemberById,
  type MemberRow,
  type PositionRow,
  positionsOf,
  replacePositions,
  updateMember,
} from '../../db/queries/members.js'
import { type Seniority, seniorityOf } from '../../domain/seniority.js'
import { AppError } from '../../errors.js'
import { type MemberId, newId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { mayBeFound } from '../network/index.js'
import { inTransaction } from '../transaction.js'

function toPosition(row: PositionRow): Position {
  return {
    company: row.company,
    title: row.title,
    from: row.from,
    to: row.to,
    seniority: row.seniority as Seniority,
  }
}

/** The part of a profile every signed-in member may see. */
function publicProfileOf(row: MemberRow, positions: PositionRow[]) {
  return {
    id: row.id,
    name: row.name,
    headline: row.headline,
    location: row.location,
    valueProposition: row.valueProposition,
    asks: row.asks,
    positions: positions.map(toPosition),
    flags: {
      student: row.student,
      inTransition: row.inTransition,
      openNetworker: row.openNetworker,
    },
  }
}

function toMe(row: MemberRow, positions: PositionRow[]): Me {
  return {
    ...publicProfileOf(row, positions),
    email: row.email,
    visibility: row.visibility,
    careerStrategy: row.careerStrategy,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
  }
}

async function requireMember(db: Db, id: string): Promise<MemberRow> {
  const row = await findMemberById(db, id)
  if (row === null) throw new AppError('not_found', 'No such member')
  return row
}

/** The member's own profile, from the profile cache when warm. */
export async function getMe(ctx: ServiceContext, memberId: MemberId): Promise<Me> {
  return await ctx.profiles.profileOf(ctx.db, memberId, async (db) => {
    const row = await requireMember(db, memberId)
    return toMe(row, await positionsOf(db, [memberId]))
  })
}

/** Applies a partial profile update; a `positions` list replaces the whole list, in one transaction. */
export async function updateMe(ctx: ServiceContext, memberId: MemberId, patch: UpdateMe) {
  const now = ctx.clock()
  await inTransaction(ctx, async ({ tx, announce }) => {
    const current = await requireMember(tx, memberId)
    const { positions, flags, ...fields } = patch
    await updateMember(tx, memberId, {
      ...fields,
      ...(flags?.student !== undefined ? { student: flags.student } : {}),
      ...(flags?.inTransition !== undefined ? { inTransition: flags.inTransition } : {}),
      ...(flags?.openNetworker !== undefined ? { openNetworker: flags.openNetworker } : {}),
      updatedAt: now,
    })
    if (positions !== undefined) {
      await replacePositions(
        tx,
        current.id,
        positions.map((p, ord) => ({
          id: newId(),
          memberId: current.id,
          company: p.company,
          title: p.title,
          seniority: seniorityOf(p.title),
          from: p.from ?? null,
          to: p.to ?? null,
          ord,
        })),
      )
    }
    announce({ kind: 'member.changed', member: memberId })
    if (patch.visibility !== undefined) {
      announce({ kind: 'member.visibility', member: memberId, visibility: patch.visibility })
    }
  })
  return await getMe(ctx, memberId)
}

/** Another member's profile as any signed-in member of the community sees it. */
export async function getMemberProfile(
  ctx: ServiceContext,
  viewer: MemberId,
  memberId: string,
): Promise<MemberProfile> {
  const row = await requireMember(ctx.db, memberId)
  if (!mayBeFound(row)) throw new AppError('not_found', 'No such member')
  const positions = await positionsOf(ctx.db, [row.id])
  return { ...publicProfileOf(row, positions), isSelf: row.id === viewer }
}

/** The member with this e-mail, for commands that name members by address; never creates one. */
export async function memberIdByEmail(ctx: ServiceContext, email: string): Promise<MemberId> {
  const row = await findMemberByEmail(ctx.db, email.trim().toLowerCase())
  if (row === null) throw new AppError('not_found', `No member with the e-mail ${email}`)
  return row.id as MemberId
}
