import type { StayInTouchView } from '../../contracts/insights.js'
import { cadencesOf, replaceCadences } from '../../db/queries/insights.js'
import { stayInTouch } from '../../domain/stay-in-touch.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { displayOf } from '../relationships/index.js'
import {
  type AnalyzedNetwork,
  currentNetwork,
  type ReadingBasis,
  readingView,
} from '../scoring/index.js'

/** Cadences a member starts with until they set their own: clients monthly, partners quarterly. */
export const DEFAULT_CADENCES: Readonly<Record<string, number>> = {
  clients: 30,
  partners: 90,
  friends: 365,
}

export async function cadencesFor(
  ctx: ServiceContext,
  viewer: MemberId,
): Promise<Record<string, number>> {
  const rows = await cadencesOf(ctx.db, viewer)
  if (rows.length === 0) return { ...DEFAULT_CADENCES }
  return Object.fromEntries(rows.map((r) => [r.circle, r.days]))
}

export async function setCadences(
  ctx: ServiceContext,
  viewer: MemberId,
  cadences: Record<string, number>,
) {
  await ctx.db.transaction(async (tx) => {
    await replaceCadences(
      tx,
      viewer,
      Object.entries(cadences).map(([circle, days]) => ({ circle, days })),
    )
  })
  return await stayInTouchFor(ctx, viewer, 0)
}

/** The analysed contacts due a word by their circles' cadences (within `horizonDays` from now). */
export function dueContacts(
  network: AnalyzedNetwork,
  cadences: Record<string, number>,
  now: Date,
  horizonDays = 0,
) {
  return stayInTouch(
    network.contacts.map((c) => ({
      id: c.row.id,
      circles: c.row.circles,
      lastContactAt: c.analysis.lastContactAt,
    })),
    cadences,
    now,
    { horizonDays },
  )
}

async function dueItems(
  ctx: ServiceContext,
  network: AnalyzedNetwork,
  cadences: Record<string, number>,
  horizonDays: number,
) {
  const due = dueContacts(network, cadences, network.asOf.at, horizonDays)
  const rows = new Map(network.contacts.map((c) => [c.row.id, c.row]))
  const display = await displayOf(ctx, [...rows.values()])
  return due.flatMap((d) => {
    const row = rows.get(d.id)
    if (row === undefined) return []
    return [
      {
        contact: display(row),
        circle: d.circle,
        cadenceDays: d.cadenceDays,
        lastContactAt: d.lastContactAt?.toISOString() ?? null,
        daysSince: d.daysSince,
        overdueDays: d.overdueDays,
        reason: d.reason,
      },
    ]
  })
}

/** Who is due a word, by the member's cadence per circle (defaults until they set their own). */
export async function stayInTouchFor(
  ctx: ServiceContext,
  viewer: MemberId,
  horizonDays: number,
  basis: ReadingBasis = 'export',
): Promise<StayInTouchView> {
  const [network, cadences] = await Promise.all([
    currentNetwork(ctx, viewer, basis),
    cadencesFor(ctx, viewer),
  ])
  return {
    cadences,
    items: await dueItems(ctx, network, cadences, horizonDays),
    asOf: readingView(network.asOf),
  }
}
