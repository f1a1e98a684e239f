import type { ContactListQuery, ContactSummary } from '../../contracts/contacts.js'
import type { ContactRow } from '../../db/queries/contacts.js'
import type { RelationshipAnalysis } from '../../domain/relationship-analysis.js'
import type { MemberId } from '../../ids.js'
import { offsetPage } from '../common/index.js'
import type { ServiceContext } from '../context.js'
import { currentNetwork, readingView } from '../scoring/index.js'
import { displayOf } from './contact-display.js'

export function summaryOf(
  row: ContactRow,
  display: ReturnType<Awaited<ReturnType<typeof displayOf>>>,
  analysis: RelationshipAnalysis,
) {
  return {
    ...display,
    email: row.email,
    circles: row.circles,
    strength: analysis.tie.strength,
    band: analysis.tie.band,
    topReason: analysis.tie.reasons[0] ?? null,
    lastContactAt: analysis.lastContactAt?.toISOString() ?? null,
    source: row.source,
  } satisfies ContactSummary
}

/** The caller's contacts (connections and off-platform people), by strength, last contact or name. */
export async function listContacts(ctx: ServiceContext, viewer: MemberId, query: ContactListQuery) {
  const network = await currentNetwork(ctx, viewer, query.asOf)
  const circle = query.circle
  const contacts =
    circle === undefined
      ? network.contacts
      : network.contacts.filter((c) => c.row.circles.includes(circle))
  const display = await displayOf(
    ctx,
    contacts.map((c) => c.row),
  )
  const items = contacts.map((c) => summaryOf(c.row, display(c.row), c.analysis))
  const byName = (a: ContactSummary, b: ContactSummary) =>
    a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
  if (query.sort === 'name') items.sort(byName)
  else if (query.sort === 'lastContact') {
    items.sort(
      (a, b) => (b.lastContactAt ?? '').localeCompare(a.lastContactAt ?? '') || byName(a, b),
    )
  } else items.sort((a, b) => (b.strength ?? -1) - (a.strength ?? -1) || byName(a, b))
  return { ...offsetPage(items, query), asOf: readingView(network.asOf) }
}
