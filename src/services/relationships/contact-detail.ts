import type { ContactDetail, InteractionView } from '../../contracts/contacts.js'
import { findVisibleContact } from '../../db/queries/contacts.js'
import { type InteractionRow, interactionsOfContact } from '../../db/queries/interactions.js'
import { reciprocity } from '../../domain/reciprocity.js'
import type { InteractionKind } from '../../domain/relationship.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import {
  currentNetwork,
  howMetOf,
  interactionOf,
  type ReadingBasis,
  readingView,
} from '../scoring/index.js'
import { displayOf } from './contact-display.js'
import { summaryOf } from './contact-list.js'

export function notFound(): AppError {
  return new AppError('not_found', 'No such contact')
}

export function interactionView(row: InteractionRow): InteractionView {
  return {
    id: String(row.id),
    kind: row.kind as InteractionKind,
    at: row.at.toISOString(),
    intent:
      row.intent === 'ask' || row.intent === 'offer' || row.intent === 'none' ? row.intent : null,
    by: row.by === 'member' || row.by === 'contact' ? row.by : null,
    source: row.source,
    note: row.note,
  }
}

/** One contact with everything the model says about it, explained; 404 for anyone but its owner. */
export async function contactDetail(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  basis: ReadingBasis = 'export',
): Promise<ContactDetail> {
  const row = await findVisibleContact(ctx.db, viewer, id)
  if (row === null) throw notFound()
  // The contact as the network's analysis reads it (the same date, the same export signals),
  // so the page agrees with the list and the insights.
  const [timeline, network, display] = await Promise.all([
    interactionsOfContact(ctx.db, viewer, id),
    currentNetwork(ctx, viewer, basis),
    displayOf(ctx, [row]),
  ])
  const now = network.asOf.at
  const a = network.contacts.find((c) => c.row.id === id)?.analysis
  if (a === undefined) throw notFound()
  const interactions = timeline.map(interactionOf)
  const { byYear, ...totals } = reciprocity(interactions, now)
  return {
    ...summaryOf(row, display(row), a),
    notes: row.notes,
    howMet: howMetOf(row.howMet),
    howMetNote: row.howMetNote,
    since: row.since?.toISOString() ?? null,
    profileUrl: row.profileUrl,
    strengthReasons: a.tie.reasons,
    factors: a.tie.factors,
    responsiveness: a.responsiveness,
    reciprocity: { ...totals, byYear },
    prune: { score: a.prune.score, suggested: a.prune.suggested, reasons: a.prune.reasons },
    timeline: timeline.map(interactionView),
    asOf: readingView(network.asOf),
  }
}
