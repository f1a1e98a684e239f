import type {
  ContactDetail,
  ContactListQuery,
  ContactSummary,
  CreateContact,
  CreateInteraction,
  InteractionView,
  UpdateContact,
} from '../contracts/contacts.js'
import type { Db } from '../db/client.js'
import {
  type ContactRow,
  circlesOf,
  findVisibleContact,
  insertContacts,
  membersByEmails,
  updateContact as updateContactRow,
  visibleContactsOf,
} from '../db/queries/contacts.js'
import {
  type InteractionRow,
  insertInteractions,
  interactionsOfContact,
} from '../db/queries/interactions.js'
import { reciprocity } from '../domain/reciprocity.js'
import type { InteractionKind } from '../domain/relationship.js'
import { analyzeRelationship, type RelationshipAnalysis } from '../domain/relationship-analysis.js'
import { AppError } from '../errors.js'
import { type MemberId, newId } from '../ids.js'
import type { ServiceContext } from './context.js'
import {
  currentNetwork,
  displayOf,
  howMetOf,
  interactionOf,
  learnedThresholdOf,
  mutualStrongTiesOf,
  relationshipOf,
  syncConnectionContacts,
} from './intelligence.js'
import { summariesOf } from './profiles.js'

function notFound(): AppError {
  return new AppError('not_found', 'No such contact')
}

function summaryOf(
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
  const network = await currentNetwork(ctx, viewer)
  const circle = query.circle
  const contacts =
    circle === undefined
      ? network.contacts
      : network.contacts.filter((c) => c.row.circles.includes(circle))
  const display = await displayOf(
    ctx.db,
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
  const offset = query.cursor === undefined ? 0 : offsetOf(query.cursor)
  const page = items.slice(offset, offset + query.limit)
  const next = offset + query.limit < items.length ? String(offset + query.limit) : undefined
  return next === undefined ? { items: page } : { items: page, next }
}

function offsetOf(cursor: string): number {
  const n = Number(cursor)
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  return n
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
): Promise<ContactDetail> {
  const now = ctx.clock()
  await syncConnectionContacts(ctx.db, viewer, now)
  const row = await findVisibleContact(ctx.db, viewer, id)
  if (row === null) throw notFound()
  const [timeline, mutual, learned, display] = await Promise.all([
    interactionsOfContact(ctx.db, viewer, id),
    row.memberId === null
      ? Promise.resolve(new Map<string, number>())
      : mutualStrongTiesOf(ctx, viewer),
    learnedThresholdOf(ctx.db, viewer),
    displayOf(ctx.db, [row]),
  ])
  const interactions = timeline.map(interactionOf)
  const rel = relationshipOf(
    row,
    interactions,
    row.memberId === null ? 0 : (mutual.get(row.memberId) ?? 0),
    ctx.network.lions(),
  )
  const a = analyzeRelationship(rel, now, { pruneThreshold: learned.threshold.threshold })
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
  }
}

export async function updateContact(
  ctx: ServiceContext,
  viewer: MemberId,
  id: string,
  patch: UpdateContact,
): Promise<ContactDetail> {
  const row = await findVisibleContact(ctx.db, viewer, id)
  if (row === null) throw notFound()
  const circles = patch.circles === undefined ? undefined : [...new Set(patch.circles)]
  await updateContactRow(ctx.db, viewer, id, {
    ...(circles !== undefined ? { circles } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    ...(patch.company !== undefined ? { company: patch.company } : {}),
    ...(patch.title !== undefined ? { title: patch.title } : {}),
  })
  return await contactDetail(ctx, viewer, id)
}

/** Adds an off-platform person by hand; linked to the member with that e-mail, if there is one. */
export async function createContact(
  ctx: ServiceContext,
  viewer: MemberId,
  input: CreateContact,
): Promise<ContactDetail> {
  const now = ctx.clock()
  const email = input.email?.toLowerCase() ?? null
  const id = newId()
  await ctx.db.transaction(async (tx) => {
    await syncConnectionContacts(tx, viewer, now)
    const [member] = email === null ? [] : await membersByEmails(tx, [email])
    const linked = member !== undefined && member.id !== viewer ? member.id : null
    if (linked !== null) {
      const existing = (await visibleContactsOf(tx, viewer)).some((r) => r.memberId === linked)
      if (existing) throw new AppError('conflict', 'This member is already among your contacts')
    }
    await insertContacts(tx, [
      {
        id,
        ownerId: viewer,
        memberId: linked,
        name: input.name,
        email,
        company: input.company ?? null,
        title: input.title ?? null,
        howMet: input.howMet ?? null,
        howMetNote: input.howMetNote ?? null,
        since: input.since === undefined ? null : new Date(input.since),
        notes: input.notes ?? '',
        circles: [...new Set(input.circles ?? [])],
        source: 'manual',
        importKey: email === null ? null : `email:${email}`,
        createdAt: now,
      },
    ])
  })
  return await contactDetail(ctx, viewer, id)
}

/** Logs an interaction by hand on one of the caller's contacts. */
export async function addInteraction(
  ctx: ServiceContext,
  viewer: MemberId,
  contactId: string,
  input: CreateInteraction,
): Promise<InteractionView> {
  const row = await findVisibleContact(ctx.db, viewer, contactId)
  if (row === null) throw notFound()
  const dedupeKey = `manual:${newId()}`
  await insertInteractions(ctx.db, [
    {
      ownerId: viewer,
      contactId,
      kind: input.kind,
      at: new Date(input.at),
      intent: input.intent ?? null,
      by: input.by ?? null,
      source: 'manual',
      note: input.note ?? null,
      dedupeKey,
    },
  ])
  await updateContactRow(ctx.db, viewer, contactId, { scoredAt: null })
  const created = (await interactionsOfContact(ctx.db, viewer, contactId)).find(
    (i) => i.dedupeKey === dedupeKey,
  )
  if (created === undefined) throw new Error('interaction not stored')
  return interactionView(created)
}

/**
 * Records something that happened on the platform between two members in the owner's log
 * (a message, an introduction, an event…), creating the owner's contact for the other member
 * if needed. `dedupeKey` makes repeating the call harmless. For other features to call.
 */
export async function recordPlatformInteraction(
  db: Db,
  ownerId: string,
  otherMemberId: string,
  interaction: {
    kind: InteractionKind
    at: Date
    by?: 'member' | 'contact'
    intent?: 'ask' | 'offer' | 'none'
    note?: string
    dedupeKey: string
  },
): Promise<void> {
  await syncConnectionContacts(db, ownerId, interaction.at)
  let contact = (await visibleContactsOf(db, ownerId)).find((r) => r.memberId === otherMemberId)
  if (contact === undefined) {
    const member = (await summariesOf(db, [otherMemberId])).get(otherMemberId)
    if (member === undefined) return
    const id = newId()
    await insertContacts(db, [
      {
        id,
        ownerId,
        memberId: otherMemberId,
        name: member.name,
        company: member.company,
        title: member.title,
        source: 'platform',
        createdAt: interaction.at,
      },
    ])
    contact = (await visibleContactsOf(db, ownerId)).find((r) => r.id === id)
  }
  if (contact === undefined) return
  await insertInteractions(db, [
    {
      ownerId,
      contactId: contact.id,
      kind: interaction.kind,
      at: interaction.at,
      intent: interaction.intent ?? null,
      by: interaction.by ?? null,
      source: 'platform',
      note: interaction.note ?? null,
      dedupeKey: `platform:${interaction.dedupeKey}`,
    },
  ])
  await updateContactRow(db, ownerId, contact.id, { scoredAt: null })
}

export async function listCircles(ctx: ServiceContext, viewer: MemberId) {
  return { items: await circlesOf(ctx.db, viewer) }
}
