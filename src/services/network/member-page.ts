import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { getMemberProfile } from '../members/index.js'
import { degreeBetween } from './degrees.js'

/** A member's page for a viewer: the profile, the viewer's degree to them and visible mutual connections. */
export async function memberPage(ctx: ServiceContext, viewer: MemberId, memberId: string) {
  const profile = await getMemberProfile(ctx, viewer, memberId)
  const { degree, mutualConnections } = await degreeBetween(ctx, viewer, memberId)
  return { ...profile, degree, mutualConnections }
}
