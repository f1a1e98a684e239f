import { z } from 'zod'
import { listSchema } from './common.js'
import { warmPathSchema } from './paths.js'
import { memberSummarySchema } from './profile.js'

export const MESSAGE_REQUEST_PURPOSES = [
  'job',
  'sales',
  'investment',
  'introduction',
  'advice',
  'other',
] as const
export const messageRequestPurposeSchema = z
  .enum(MESSAGE_REQUEST_PURPOSES)
  .meta({ id: 'MessageRequestPurpose' })
export type MessageRequestPurpose = z.output<typeof messageRequestPurposeSchema>

export const triageReasonCodeSchema = z
  .enum([
    'mutual_strong_ties',
    'met_in_person',
    'introduced_before',
    'student',
    'in_transition',
    'open_networker',
    'pitch',
    'opener',
    'clients',
  ])
  .meta({ id: 'TriageReasonCode' })

/** One reason of the triage, in the words the recipient reads, and what it added to the score. */
export const triageReasonSchema = z
  .object({ code: triageReasonCodeSchema, words: z.string(), weight: z.number().int() })
  .meta({ id: 'TriageReason' })

/** A request in the recipient's tray. */
export const receivedMessageRequestSchema = z
  .object({
    id: z.string(),
    from: memberSummarySchema,
    purpose: messageRequestPurposeSchema,
    /** Plain text: show it as text, never as HTML. */
    body: z.string(),
    score: z.number().int(),
    reasons: z.array(triageReasonSchema),
    createdAt: z.string(),
    /** When it leaves the tray unanswered, silently. */
    expiresAt: z.string(),
  })
  .meta({ id: 'ReceivedMessageRequest' })
export type ReceivedMessageRequest = z.output<typeof receivedMessageRequestSchema>

/** What the sender sees: only ever delivered or answered, never dismissed or blocked. */
export const sentMessageRequestStatusSchema = z
  .enum(['delivered', 'answered'])
  .meta({ id: 'SentMessageRequestStatus' })

export const sentMessageRequestSchema = z
  .object({
    id: z.string(),
    to: memberSummarySchema,
    purpose: messageRequestPurposeSchema,
    body: z.string(),
    status: sentMessageRequestStatusSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'SentMessageRequest' })
export type SentMessageRequest = z.output<typeof sentMessageRequestSchema>

export const messageRequestTraySchema = listSchema(receivedMessageRequestSchema)
  .extend({ total: z.number().int() })
  .meta({ id: 'MessageRequestTray' })
export const sentMessageRequestListSchema = listSchema(sentMessageRequestSchema).meta({
  id: 'SentMessageRequestList',
})
export const messageRequestCountSchema = z
  .object({ open: z.number().int() })
  .meta({ id: 'MessageRequestCount' })

export const replyToRequestResultSchema = z
  .object({ conversationId: z.string() })
  .meta({ id: 'MessageRequestReply' })

export const requestWarmPathsSchema = z
  .object({ paths: z.array(warmPathSchema) })
  .meta({ id: 'MessageRequestWarmPaths' })
