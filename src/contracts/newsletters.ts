import { z } from 'zod'
import { circleNameSchema } from './contacts.js'
import { senioritySchema } from './profile.js'

/** A circle of the author's, or every connection. */
export const audienceSchema = z
  .union([
    z.object({ circle: circleNameSchema }).strict(),
    z.object({ allConnections: z.literal(true) }).strict(),
  ])
  .meta({ id: 'Audience' })
export type Audience = z.output<typeof audienceSchema>

export const createIssueSchema = z
  .object({
    subject: z.string().trim().min(1).max(200),
    markdown: z.string().min(1).max(100_000),
    audience: audienceSchema,
  })
  .strict()
  .meta({ id: 'CreateIssue' })
export type CreateIssue = z.output<typeof createIssueSchema>

export const previewSchema = z
  .object({ markdown: z.string().max(100_000) })
  .strict()
  .meta({ id: 'IssuePreviewInput' })

export const renderedSchema = z.object({ html: z.string() }).meta({ id: 'RenderedMarkdown' })

export const issueStatusSchema = z
  .enum(['draft', 'sending', 'paused', 'sent'])
  .meta({ id: 'IssueStatus' })

export const issueCreatedSchema = z.object({ id: z.string() }).meta({ id: 'IssueCreated' })

export const issueSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    html: z.string(),
    author: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    /** For the author only (null for a reader): the Markdown, the audience and the state. */
    markdown: z.string().nullable(),
    audience: audienceSchema.nullable(),
    status: issueStatusSchema.nullable(),
  })
  .meta({ id: 'Issue' })
export type IssueView = z.output<typeof issueSchema>

export const issueSummarySchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    status: issueStatusSchema,
    audience: audienceSchema,
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'IssueSummary' })

export const issueListSchema = z
  .object({ items: z.array(issueSummarySchema) })
  .meta({ id: 'IssueList' })

export const sendAcceptedSchema = z
  .object({ status: issueStatusSchema, recipients: z.number().int() })
  .meta({ id: 'SendAccepted' })

export const receivedIssueSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    author: z.object({ id: z.string(), name: z.string() }),
    deliveredAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'ReceivedIssue' })

export const receivedListSchema = z
  .object({ items: z.array(receivedIssueSchema) })
  .meta({ id: 'ReceivedIssueList' })

/** Read counts of one group; a rate only where at least five received it. */
export const readGroupSchema = z
  .object({
    recipients: z.number().int(),
    reads: z.number().int(),
    readRate: z.number().nullable(),
    /** "too few to tell" below five recipients, so nobody's reading is singled out. */
    note: z.string().nullable(),
  })
  .meta({ id: 'ReadGroup' })

export const issueStatsSchema = z
  .object({
    recipients: z.number().int(),
    reads: z.number().int(),
    readRate: z.number().nullable(),
    mailed: z.number().int(),
    mailOwed: z.number().int(),
    unsubscribed: z.number().int(),
    /** Visits from links in the mail: counted apart, they are not reads. */
    emailLinkVisits: z.number().int(),
    // One property per band, spelled out so the document names each (a keyed record would not).
    bySeniority: z
      .object(
        Object.fromEntries(
          senioritySchema.options.map((band) => [band, readGroupSchema]),
        ) as Record<(typeof senioritySchema.options)[number], typeof readGroupSchema>,
      )
      .strict(),
    byCircle: z.record(z.string(), readGroupSchema),
  })
  .meta({ id: 'IssueStats' })
export type IssueStats = z.output<typeof issueStatsSchema>

export const unsubscribeParamsSchema = z.object({ token: z.string().min(1).max(300) }).strict()

export const visitSchema = z
  .object({ token: z.string().min(1).max(300) })
  .strict()
  .meta({ id: 'EmailVisit' })
