import { insertConnections, pairOf } from '../../db/queries/connections.js'
import { insertContacts } from '../../db/queries/contacts.js'
import { findEvent, insertEventsBulk } from '../../db/queries/events.js'
import { insertOutcomes } from '../../db/queries/insights.js'
import { insertInteractions } from '../../db/queries/interactions.js'
import { insertIntroductionsBulk } from '../../db/queries/introductions.js'
import { insertInvitations } from '../../db/queries/invitations.js'
import { countMembers, insertMembers, insertPositions } from '../../db/queries/members.js'
import { insertMessageRequest } from '../../db/queries/message-requests.js'
import { insertConversationsWithMessages } from '../../db/queries/messages-bulk.js'
import { insertDeliveries, insertIssues } from '../../db/queries/newsletters.js'
import { insertComments, insertPosts } from '../../db/queries/posts.js'
import {
  insertRecommendationRows,
  insertWorkedTogetherRows,
} from '../../db/queries/recommendations.js'
import { generateColdRequests } from '../../demo/cold-requests.js'
import {
  DEMO_LOGIN_EMAIL,
  DEMO_PASSWORD,
  type DemoCommunity,
  generateCommunity,
} from '../../demo/community.js'
import { generateConversations } from '../../demo/conversations.js'
import { generateHistory } from '../../demo/history.js'
import { generateIntroductions } from '../../demo/introductions.js'
import { generateMixers } from '../../demo/mixers.js'
import { generateNetwork } from '../../demo/network.js'
import { generateNewsletter } from '../../demo/newsletter.js'
import { generatePosts } from '../../demo/posts.js'
import { generateRecommendations } from '../../demo/recommendations.js'
import { seniorityOf } from '../../domain/seniority.js'
import { triageMessage } from '../../domain/triage/triage-score.js'
import { AppError } from '../../errors.js'
import { newId } from '../../ids.js'
import { hashPassword } from '../accounts/index.js'
import { newSecret } from '../common/index.js'
import { INVITATION_LIFETIME_MS } from '../connections/index.js'
import type { ServiceContext } from '../context.js'
import { attendanceKey, scheduleAttendance } from '../events/index.js'
import { scheduleDemoIntroductionJobs } from '../introductions/index.js'
import { platformKey, syncConnectionContacts } from '../relationships/index.js'
import { inTransaction } from '../transaction.js'

export interface DemoLoadResult {
  members: number
  connections: number
  invitations: number
  companies: number
  login: { email: string; password: string }
}

/**
 * Fills an empty database with a generated community, in one transaction. Every demo member
 * shares one password, hashed once, so loading 2,000 members takes seconds, not minutes.
 */
export async function loadDemoCommunity(
  ctx: ServiceContext,
  options: { members: number; seed: number },
): Promise<DemoLoadResult> {
  const now = ctx.clock()
  const community = generateCommunity({ ...options, now })
  const network = generateNetwork(community, options.seed, now)
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await inTransaction(ctx, async (scope) => {
    const { tx, announce } = scope
    if ((await countMembers(tx)) > 0) {
      throw new AppError('conflict', 'The demo community loads only into an empty database')
    }
    await insertMembers(tx, memberRows(community, passwordHash, now))
    await insertPositions(tx, positionRows(community))
    await insertConnections(
      tx,
      network.connections.map((c) => ({
        id: newId(),
        ...pairOf(c.a, c.b),
        howWeMet: c.howWeMet,
        since: c.since,
      })),
    )
    await insertInvitations(
      tx,
      network.invitations.map((i) => ({
        id: newId(),
        fromId: i.from,
        toId: i.to,
        note: i.note,
        howWeMet: i.howWeMet,
        status: i.status,
        createdAt: i.createdAt,
        answeredAt: i.status === 'ignored' ? i.createdAt : null,
        expiresAt: new Date(i.createdAt.getTime() + INVITATION_LIFETIME_MS),
      })),
    )
    // Years of interactions for the featured members, so strengths and suggestions mean something.
    const history = generateHistory(community, network, options.seed, now)
    // The newsletter widens the recruiter's client circle first, so it is in the contacts written.
    const newsletter = generateNewsletter(community, history, options.seed, now)
    await insertContacts(tx, history.contacts)
    await insertInteractions(tx, history.interactions)
    await insertOutcomes(tx, history.outcomes)
    // The messages of those histories are the pairs' conversations, already read by both.
    const talk = generateConversations(history, options.seed)
    await insertConversationsWithMessages(tx, talk.conversations, talk.messages)
    // Quarterly client mixers, after the newsletter has widened the clients circle they invite.
    const mixers = generateMixers(community, network, history, options.seed, now)
    await insertEventsBulk(tx, mixers)
    await insertInteractions(
      tx,
      mixers.attendances.map((a) => ({
        ownerId: a.ownerId,
        contactId: a.contactId,
        kind: 'event' as const,
        at: a.at,
        intent: null,
        by: null,
        source: 'platform',
        note: a.title,
        dedupeKey: platformKey(attendanceKey(a.eventId, a.otherId)),
      })),
    )
    await insertInvitations(
      tx,
      mixers.connections.map((c) => ({
        id: c.invitationId,
        fromId: c.a,
        toId: c.b,
        note: c.note,
        howWeMet: c.howWeMet,
        status: 'accepted' as const,
        createdAt: c.invitedAt,
        answeredAt: c.since,
        expiresAt: new Date(c.invitedAt.getTime() + INVITATION_LIFETIME_MS),
      })),
    )
    await insertConnections(
      tx,
      mixers.connections.map((c) => ({
        id: newId(),
        ...pairOf(c.a, c.b),
        howWeMet: c.howWeMet,
        invitationId: c.invitationId,
        since: c.since,
      })),
    )
    const upcoming = mixers.upcomingId === null ? null : await findEvent(tx, mixers.upcomingId)
    if (upcoming !== null) await scheduleAttendance(scope, upcoming)
    // Introductions over two years, in every state, told in the same timelines; some were asked
    // of the host after a mixer, and none between two already connected, at a mixer or before.
    const intros = generateIntroductions(
      community,
      { ...network, connections: [...network.connections, ...mixers.connections] },
      history,
      options.seed,
      now,
      mixers.leads,
    )
    await insertIntroductionsBulk(tx, intros.introductions, intros.questions)
    await insertInteractions(tx, intros.interactions)
    await insertOutcomes(tx, intros.outcomes)
    await insertConversationsWithMessages(tx, intros.conversations, intros.messages)
    await scheduleDemoIntroductionJobs(scope, intros.introductions, now)
    // Colleagues confirm where they worked together; some recommend each other.
    const recommended = generateRecommendations(community, network, options.seed, now)
    await insertWorkedTogetherRows(tx, recommended.engagements)
    await insertRecommendationRows(tx, recommended.recommendations)
    await syncConnectionContacts(tx, null, now)
    // A year of client newsletters, as a finished send leaves the ledger: no mail goes out.
    await insertIssues(
      tx,
      newsletter.issues.map((i) => ({ ...i, unsubscribeKey: newSecret() })),
    )
    await insertDeliveries(tx, newsletter.deliveries)
    const shared = generatePosts(community, network, options.seed, now)
    await insertPosts(tx, shared.posts)
    await insertComments(tx, shared.comments)
    // A tray of cold requests for the featured members. Triage here reads the senders' own
    // flags only: the graph is not built until the load commits.
    const byId = new Map(community.members.map((m) => [m.id, m]))
    for (const cold of generateColdRequests(community, network, options.seed, now)) {
      const sender = byId.get(cold.senderId)
      const triage = triageMessage(cold.body, {
        mutualStrongTies: [],
        metInPerson: false,
        introducedBefore: false,
        student: sender?.student ?? false,
        inTransition: sender?.inTransition ?? false,
        openNetworker: sender?.openNetworker ?? false,
      })
      await insertMessageRequest(tx, {
        id: newId(),
        ...cold,
        score: triage.score,
        reasons: triage.reasons,
      })
    }
    announce({ kind: 'graph.reload' })
  })
  const first = community.members[0]
  return {
    members: community.members.length,
    connections: network.connections.length,
    invitations: network.invitations.length,
    companies: community.companies.length,
    login: { email: first?.email ?? '', password: DEMO_PASSWORD },
  }
}

function memberRows(community: DemoCommunity, passwordHash: string, now: Date) {
  return community.members.map((m) => ({
    id: m.id,
    email: m.email,
    passwordHash,
    name: m.name,
    headline: m.headline,
    location: m.location,
    valueProposition: m.valueProposition,
    asks: m.asks,
    student: m.student,
    inTransition: m.inTransition,
    openNetworker: m.openNetworker,
    visibility: m.visibility,
    careerStrategy: m.careerStrategy,
    role: m.role,
    createdAt: now,
    updatedAt: now,
  }))
}

function positionRows(community: DemoCommunity) {
  return community.members.flatMap((m) =>
    m.positions.map((p, ord) => ({
      id: newId(),
      memberId: m.id,
      company: p.company,
      title: p.title,
      seniority: seniorityOf(p.title),
      from: p.from,
      to: p.to,
      ord,
    })),
  )
}

/** The demo's login: loads the community first when the database is empty (the first run). */
export async function ensureDemoCommunity(
  ctx: ServiceContext,
  onLoading: () => void,
): Promise<{ email: string; password: string }> {
  if ((await countMembers(ctx.db)) === 0) {
    onLoading()
    try {
      return (await loadDemoCommunity(ctx, { members: 2000, seed: 1 })).login
    } catch (error) {
      // Another process filled it first: its login is the same.
      if (!(error instanceof AppError && error.code === 'conflict')) throw error
    }
  }
  return { email: DEMO_LOGIN_EMAIL, password: DEMO_PASSWORD }
}
