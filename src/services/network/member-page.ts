import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { getMemberProfile } from '../members/index.js'
import { recommendationsOnProfile } from '../recommendations/index.js'
import { degreeBetween } from './degrees.js'

/**
 * A member's page for a viewer: the profile, the viewer's degree to them, visible mutual
 * connections and the recommendations the member approved.
 */
export async function memberPage(ctx: ServiceContext, viewer: MemberId, memberId: string) {
  const profile = await getMemberProfile(ctx, viewer, memberId)
  const { degree, mutualConnections } = await degreeBetween(ctx, viewer, memberId)
  const recommendations = await recommendationsOnProfile(ctx, profile.id)
  return { ...profile, degree, mutualConnections, recommendations }
}
