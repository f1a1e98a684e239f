import { z } from 'zod'

const pair = { a: z.string(), b: z.string() }

/**
 * What a service says changed, once its transaction has committed. Each names the members
 * concerned and nothing private beyond what every process of the instance may hold in memory.
 */
export const announcementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('connection.made'), ...pair }).strict(),
  z.object({ kind: z.literal('connection.removed'), ...pair }).strict(),
  z.object({ kind: z.literal('member.erased'), member: z.string() }).strict(),
  // A member joined, or their profile, e-mail or role changed: summaries, search and profiles follow.
  z.object({ kind: z.literal('member.changed'), member: z.string() }).strict(),
  // A session, an access token or all of them ended (sign-out, revocation, a new password).
  z.object({ kind: z.literal('credentials.ended'), member: z.string() }).strict(),
  z
    .object({
      kind: z.literal('member.visibility'),
      member: z.string(),
      visibility: z.enum(['only_me', 'strong_ties', 'connections']),
    })
    .strict(),
  // An owner's scores of their member contacts were written; the graph's weights follow.
  z
    .object({
      kind: z.literal('ties.rescored'),
      owner: z.string(),
      ties: z.array(z.object({ member: z.string(), strength: z.number() }).strict()),
    })
    .strict(),
  // What an owner's analysis reads changed: an interaction, an outcome, a contact, a prune mark.
  z.object({ kind: z.literal('relationships.changed'), owner: z.string() }).strict(),
  // Bulk changes (a demo load, a restore) that only a rebuild from the database reflects.
  z.object({ kind: z.literal('graph.reload') }).strict(),
  z.object({ kind: z.literal('lions.rescanned') }).strict(),
  // A message was posted: who is in the conversation, so each one's live stream can fetch it.
  z
    .object({
      kind: z.literal('message.posted'),
      conversation: z.string(),
      message: z.string(),
      members: z.array(z.string()),
    })
    .strict(),
  // A member read a conversation: their other open windows update their unread counts.
  z
    .object({ kind: z.literal('conversation.read'), conversation: z.string(), member: z.string() })
    .strict(),
  z.object({ kind: z.literal('jobs.scheduled') }).strict(),
  // The operator changed the instance's settings: every process reads them again.
  z.object({ kind: z.literal('instance.settings') }).strict(),
  // A member was suspended or restored: sessions elsewhere and the graph's visibility follow.
  z
    .object({
      kind: z.literal('member.suspension'),
      member: z.string(),
      suspended: z.boolean(),
      visibility: z.enum(['only_me', 'strong_ties', 'connections']),
    })
    .strict(),
])
export type Announcement = z.output<typeof announcementSchema>
export type AnnouncementKind = Announcement['kind']

/** What travels between processes: the sender's id, so a process skips its own, and the list. */
export const envelopeSchema = z
  .object({ origin: z.string(), announcements: z.array(announcementSchema) })
  .strict()
export type Envelope = z.output<typeof envelopeSchema>
