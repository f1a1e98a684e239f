import type { CircleMembership, CreateCircle } from '../../contracts/circles.js'
import type { Db } from '../../db/client.js'
import {
  addToCircle,
  circleExists,
  deleteCadence,
  removeFromCircle,
  renameCadence,
  renameCircleOnContacts,
} from '../../db/queries/circles.js'
import { circlesOf, findContactsByIds } from '../../db/queries/contacts.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { inTransaction } from '../transaction.js'

// Circles are names on the owner's own contacts: nobody else ever reads or learns them.

export async function listCircles(ctx: ServiceContext, viewer: MemberId) {
  return { items: await circlesOf(ctx.db, viewer) }
}

async function circleOf(db: Db, viewer: MemberId, name: string) {
  const found = (await circlesOf(db, viewer)).find((c) => c.name === name)
  return found ?? { name, count: 0 }
}

function circleNotFound(): AppError {
  return new AppError('not_found', 'You have no circle by that name')
}

/** Every id must be one of the caller's own contacts; anyone else's is as absent as none. */
async function requireOwnContacts(db: Db, viewer: MemberId, ids: string[]) {
  const unique = [...new Set(ids)]
  const found = await findContactsByIds(db, viewer, unique)
  if (found.length !== unique.length) throw new AppError('not_found', 'No such contact')
  return unique
}

function relationshipsChanged(viewer: MemberId) {
  return { kind: 'relationships.changed', owner: viewer } as const
}

export async function createCircle(ctx: ServiceContext, viewer: MemberId, input: CreateCircle) {
  return await inTransaction(ctx, async ({ tx, announce }) => {
    if (await circleExists(tx, viewer, input.name)) {
      throw new AppError('conflict', 'You already have a circle by that name')
    }
    await addToCircle(
      tx,
      viewer,
      input.name,
      await requireOwnContacts(tx, viewer, input.contactIds),
    )
    announce(relationshipsChanged(viewer))
    return await circleOf(tx, viewer, input.name)
  })
}

/** Renames a circle on every contact and carries its stay-in-touch cadence along. */
export async function renameCircle(
  ctx: ServiceContext,
  viewer: MemberId,
  from: string,
  to: string,
) {
  return await inTransaction(ctx, async ({ tx, announce }) => {
    if (!(await circleExists(tx, viewer, from))) throw circleNotFound()
    if (from !== to && (await circleExists(tx, viewer, to))) {
      throw new AppError('conflict', 'You already have a circle by that name')
    }
    await renameCircleOnContacts(tx, viewer, from, to)
    await renameCadence(tx, viewer, from, to)
    announce(relationshipsChanged(viewer))
    return await circleOf(tx, viewer, to)
  })
}

/** Deletes the circle, not its contacts, and its cadence with it. */
export async function deleteCircle(ctx: ServiceContext, viewer: MemberId, name: string) {
  await inTransaction(ctx, async ({ tx, announce }) => {
    if (!(await circleExists(tx, viewer, name))) throw circleNotFound()
    await removeFromCircle(tx, viewer, name)
    await deleteCadence(tx, viewer, name)
    announce(relationshipsChanged(viewer))
  })
}

/** Adds and removes contacts in bulk; adding to a name not yet used starts that circle. */
export async function changeCircleMembers(
  ctx: ServiceContext,
  viewer: MemberId,
  name: string,
  change: CircleMembership,
) {
  return await inTransaction(ctx, async ({ tx, announce }) => {
    const add = await requireOwnContacts(tx, viewer, change.add)
    const remove = await requireOwnContacts(tx, viewer, change.remove)
    if (add.length === 0 && !(await circleExists(tx, viewer, name))) throw circleNotFound()
    await addToCircle(tx, viewer, name, add)
    if (remove.length > 0) await removeFromCircle(tx, viewer, name, remove)
    announce(relationshipsChanged(viewer))
    return await circleOf(tx, viewer, name)
  })
}
