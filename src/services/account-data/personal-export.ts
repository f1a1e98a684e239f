import { stringify } from 'csv-stringify/sync'
import {
  accessTokenNamesOf,
  connectionRowsOf,
  invitationRowsOf,
} from '../../db/queries/account-data.js'
import { blocksBy } from '../../db/queries/blocks.js'
import { allContactsOf } from '../../db/queries/contacts.js'
import { importedRecordsOf, importsOf } from '../../db/queries/imports.js'
import { cadencesOf, outcomesOf, pruneMarksOf } from '../../db/queries/insights.js'
import { allInteractionsOf } from '../../db/queries/interactions.js'
import { AppError } from '../../errors.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import { introductionsForExport } from '../introductions/index.js'
import { notificationChoicesOf } from '../mail-preferences/index.js'
import { getMe } from '../members/index.js'
import { messageRequestsForExport } from '../message-requests/index.js'
import { messagesForExport } from '../messages/index.js'
import { postsForExport } from '../posts/index.js'
import { listRecommendations, listWorkedTogether } from '../recommendations/index.js'

export const CSV_TABLES = ['contacts', 'interactions', 'connections'] as const
export type CsvTable = (typeof CSV_TABLES)[number]

/**
 * Everything the member owns, as one JSON document: profile, connections, invitations, contacts
 * with notes and circles, interactions, imported records, prune marks, whom they blocked,
 * worked-together records and recommendations (received and written),
 * cadences, outcomes, introductions (as the member's part in each lets them see it), imports, e-mail choices, conversations, message requests, and the posts and comments they wrote. The sender of an invitation sees its status as they always did (an ignore stays
 * hidden); nothing of another member's private data is included.
 */
export async function exportPersonalData(ctx: ServiceContext, viewer: MemberId) {
  const now = ctx.clock()
  const [profile, connectionRows, invitationRows, contacts, interactions, records, marks] =
    await Promise.all([
      getMe(ctx, viewer),
      connectionRowsOf(ctx.db, viewer),
      invitationRowsOf(ctx.db, viewer),
      allContactsOf(ctx.db, viewer),
      allInteractionsOf(ctx.db, viewer),
      importedRecordsOf(ctx.db, viewer),
      pruneMarksOf(ctx.db, viewer),
    ])
  const [cadences, outcomes, imports, tokens, blocks, notificationChoices, conversations] =
    await Promise.all([
      cadencesOf(ctx.db, viewer),
      outcomesOf(ctx.db, viewer),
      importsOf(ctx.db, viewer),
      accessTokenNamesOf(ctx.db, viewer),
      blocksBy(ctx.db, viewer),
      notificationChoicesOf(ctx, viewer),
      messagesForExport(ctx.db, viewer),
    ])
  // As the member sees them in the app: a decline or a hiding the other side keeps stays theirs.
  const [
    workedTogether,
    recommendationsReceived,
    recommendationsWritten,
    introductions,
    messageRequests,
    posts,
  ] = await Promise.all([
    listWorkedTogether(ctx, viewer),
    listRecommendations(ctx, viewer, { box: 'received' }),
    listRecommendations(ctx, viewer, { box: 'written' }),
    introductionsForExport(ctx, viewer),
    messageRequestsForExport(ctx.db, viewer),
    postsForExport(ctx, viewer),
  ])
  return {
    exportedAt: now.toISOString(),
    profile,
    accessTokens: tokens,
    notificationChoices,
    connections: connectionRows.map((c) => ({
      memberId: c.memberLo === viewer ? c.memberHi : c.memberLo,
      howWeMet: c.howWeMet,
      since: c.since,
      removedAt: c.removedBy === viewer ? c.removedAt : null,
    })),
    invitations: invitationRows.map((i) => {
      const sent = i.fromId === viewer
      const senderStatus =
        i.status === 'accepted'
          ? 'accepted'
          : i.withdrawnAt !== null
            ? 'withdrawn'
            : i.expiresAt <= now
              ? 'expired'
              : 'pending'
      return {
        id: i.id,
        direction: sent ? 'sent' : 'received',
        from: i.fromId,
        to: i.toId,
        note: i.note,
        howWeMet: i.howWeMet,
        status: sent ? senderStatus : i.status,
        createdAt: i.createdAt,
      }
    }),
    contacts: contacts.map(({ ownerId: _owner, ...c }) => c),
    interactions: interactions.map(({ ownerId: _owner, ...i }) => i),
    importedRecords: records.map(({ ownerId: _owner, ...r }) => r),
    pruneMarks: marks.map(({ ownerId: _owner, ...m }) => m),
    blocks: blocks.map((b) => ({ memberId: b.blockedId, since: b.createdAt })),
    workedTogether,
    recommendations: { received: recommendationsReceived, written: recommendationsWritten },
    cadences,
    outcomes: outcomes.map(({ ownerId: _owner, ...o }) => o),
    introductions,
    imports: imports.map(({ ownerId: _owner, ...i }) => i),
    conversations: conversations.conversations,
    messages: conversations.messages,
    messageRequests,
    posts,
  }
}

/**
 * RFC 4180 CSV, one row per record in the given columns. A cell that a spreadsheet would run as a
 * formula (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with a
 * single quote, as OWASP advises, so a contact named `=HYPERLINK(…)` stays text.
 */
function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return stringify(
    rows.map((row) => Object.fromEntries(columns.map((c) => [c, cellOf(row[c])]))),
    { header: true, columns: [...columns], record_delimiter: 'windows', escape_formulas: true },
  )
}

function cellOf(value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.join('; ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** One table of the personal export as CSV (RFC 4180), for spreadsheets. */
export async function exportPersonalCsv(
  ctx: ServiceContext,
  viewer: MemberId,
  table: string,
): Promise<string> {
  const data = await exportPersonalData(ctx, viewer)
  switch (table) {
    case 'contacts':
      return toCsv(
        [
          'id',
          'name',
          'email',
          'company',
          'title',
          'memberId',
          'howMet',
          'howMetNote',
          'since',
          'circles',
          'notes',
          'source',
          'strength',
          'band',
          'lastContactAt',
          'archivedAt',
        ],
        data.contacts,
      )
    case 'interactions':
      return toCsv(
        ['id', 'contactId', 'kind', 'at', 'intent', 'by', 'source', 'note'],
        data.interactions,
      )
    case 'connections':
      return toCsv(['memberId', 'howWeMet', 'since', 'removedAt'], data.connections)
    default:
      throw new AppError('not_found', `No table ${table}`)
  }
}
