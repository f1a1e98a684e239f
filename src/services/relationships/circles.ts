import { circlesOf } from '../../db/queries/contacts.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'

export async function listCircles(ctx: ServiceContext, viewer: MemberId) {
  return { items: await circlesOf(ctx.db, viewer) }
}
