import type { PruneItem } from '../../contracts/insights.js'
import { findConnection, lockPair, updateConnection } from '../../db/queries/connections.js'
import { findContactsByIds, findVisibleContact, setArchived } from '../../db/queries/contacts.js'
import { upsertPruneMark } from '../../db/queries/insights.js'
import { PRUNE_KINDS, type PruneKind } from '../../domain/prune.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import { offsetPage } from '../common/index.js'
import { UNDO_WINDOW_MS } from '../connections/index.js'
import type { ServiceContext } from '../context.js'
import { displayOf } from '../relationships/index.js'
import {
  type AnalyzedNetwork,
  currentNetwork,
  learnedThresholdOf,
  type ReadingBasis,
  readingView,
  scheduleRescore,
} from '../scoring/index.js'
import { inTransaction } from '../transaction.js'

export function thresholdView(network: AnalyzedNetwork) {
  const t = network.threshold
  return { threshold: t.threshold, learnedFrom: t.learnedFrom, misclassified: t.misclassified }
}

async function pruneItems(ctx: ServiceContext, network: AnalyzedNetwork): Promise<PruneItem[]> {
  // @NOTE A marked contact stays listed with its mark even once the learned threshold no longer
  // suggests it, so the member sees what they decided and can change their mind.
  const suggested = network.contacts.filter(
    (c) => c.analysis.prune.suggested || network.marks.has(c.row.id),
  )
  const display = await displayOf(
    ctx,
    suggested.map((c) => c.row),
  )
  return suggested
    .map((c) => ({
      contact: display(c.row),
      reasons: c.analysis.prune.reasons,
      kinds: c.analysis.prune.kinds as PruneKind[],
      score: c.analysis.prune.score,
      strength: c.analysis.tie.strength,
      mark: network.marks.get(c.row.id) ?? null,
      clear: c.analysis.prune.clear,
    }))
    .sort(
      (a, b) =>
        Number(b.clear) - Number(a.clear) ||
        b.score - a.score ||
        a.contact.name.localeCompare(b.contact.name) ||
        (a.contact.id < b.contact.id ? -1 : 1),
    )
}

/**
 * Contacts the model suggests pruning at the member's own threshold, each with its reasons, and
 * every contact the member marked, with the mark (a later mark replaces it); a page at a time.
 * Proportionate: the clear cases come first (what someone did, or one meeting long ago), then
 * the quiet ties by score, and the counts say how many there are of each, so a network that is
 * mostly silent opens with what a person can act on rather than thousands of near-equal rows.
 */
export async function pruneSuggestions(
  ctx: ServiceContext,
  viewer: MemberId,
  query: { limit: number; cursor?: string | undefined; asOf?: ReadingBasis } = { limit: 50 },
) {
  const network = await currentNetwork(ctx, viewer, query.asOf ?? 'export')
  const all = await pruneItems(ctx, network)
  const byKind = Object.fromEntries(PRUNE_KINDS.map((k) => [k, 0])) as Record<PruneKind, number>
  for (const item of all) for (const k of item.kinds) byKind[k]++
  return {
    ...offsetPage(all, query),
    total: all.length,
    clear: all.filter((i) => i.clear).length,
    byKind,
    threshold: thresholdView(network),
    asOf: readingView(network.asOf),
  }
}

/**
 * Records the member's verdict on a contact with the prune score it has now, and returns the
 * threshold learned from all their marks.
 */
export async function markPruneSuggestion(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId: string,
  verdict: 'keep' | 'prune',
) {
  const contact = await findVisibleContact(ctx.db, viewer, contactId)
  if (contact === null) throw new AppError('not_found', 'No such contact')
  const network = await currentNetwork(ctx, viewer)
  const analysed = network.contacts.find((c) => c.row.id === contactId)
  if (analysed === undefined) throw new AppError('not_found', 'No such contact')
  // The learned threshold moves every stored prune score, so the owner's scores are redone.
  await inTransaction(ctx, async (scope) => {
    await upsertPruneMark(scope.tx, {
      ownerId: viewer,
      contactId,
      score: analysed.analysis.prune.score,
      verdict,
      markedAt: ctx.clock(),
    })
    await scheduleRescore(scope, viewer, ctx.clock())
  })
  const { threshold } = await learnedThresholdOf(ctx.db, viewer)
  return {
    threshold: {
      threshold: threshold.threshold,
      learnedFrom: threshold.learnedFrom,
      misclassified: threshold.misclassified,
    },
  }
}

/**
 * Prunes several contacts at once: a connection is removed quietly (the other member is not
 * told), an off-platform contact is archived; both can be undone for 30 days. One transaction.
 */
export async function pruneContacts(ctx: ServiceContext, viewer: MemberId, contactIds: string[]) {
  const now = ctx.clock()
  const ids = [...new Set(contactIds)]
  const removed = await inTransaction(ctx, async ({ tx, announce }) => {
    const rows = await findContactsByIds(tx, viewer, ids)
    if (rows.length !== ids.length || rows.some((r) => r.archivedAt !== null)) {
      throw new AppError('not_found', 'No such contact')
    }
    for (const row of rows) {
      if (row.memberId === null) continue
      await lockPair(tx, viewer, row.memberId)
      const connection = await findConnection(tx, viewer, row.memberId)
      if (connection !== null && connection.removedAt === null) {
        await updateConnection(tx, connection.id, { removedAt: now, removedBy: viewer })
        announce({ kind: 'connection.removed', a: connection.memberLo, b: connection.memberHi })
      }
    }
    await setArchived(tx, viewer, ids, now)
    return rows.map((r) => r.id)
  })
  return { removed, undoUntil: new Date(now.getTime() + UNDO_WINDOW_MS).toISOString() }
}

/** Undoes a prune within 30 days: archived contacts come back and their connections are restored. */
export async function undoPrune(ctx: ServiceContext, viewer: MemberId, contactIds: string[]) {
  const now = ctx.clock()
  const ids = [...new Set(contactIds)]
  const restored = await inTransaction(ctx, async ({ tx, announce }) => {
    const rows = await findContactsByIds(tx, viewer, ids)
    const undoable = rows.filter(
      (r) => r.archivedAt !== null && now.getTime() - r.archivedAt.getTime() <= UNDO_WINDOW_MS,
    )
    if (undoable.length !== ids.length) {
      throw new AppError('not_found', 'Nothing pruned in the last 30 days to restore')
    }
    for (const row of undoable) {
      if (row.memberId === null) continue
      await lockPair(tx, viewer, row.memberId)
      const connection = await findConnection(tx, viewer, row.memberId)
      if (connection?.removedAt != null && connection.removedBy === viewer) {
        await updateConnection(tx, connection.id, { removedAt: null, removedBy: null })
        announce({ kind: 'connection.made', a: connection.memberLo, b: connection.memberHi })
      }
    }
    await setArchived(tx, viewer, ids, null)
    return undoable.map((r) => r.id)
  })
  return { restored }
}
