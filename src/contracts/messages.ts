import { z } from 'zod'
import { idSchema, listQuerySchema, listSchema } from './common.js'
import { messageRequestPurposeSchema, sentMessageRequestSchema } from './message-requests.js'

export const MESSAGE_MAX_CHARACTERS = 10_000
/** How an erased member is shown to the people they wrote to, who keep their copy. */
export const FORMER_MEMBER_NAME = 'a former member'

/**
 * A message body: plain text, stored exactly as written, 1 to 10,000 characters (code points, so
 * an emoji counts as one), and not only white space.
 */
export const messageBodySchema = z
  .string()
  .refine((s) => s.trim().length > 0, { message: 'a message cannot be empty' })
  .refine((s) => [...s].length <= MESSAGE_MAX_CHARACTERS, {
    message: `at most ${MESSAGE_MAX_CHARACTERS} characters`,
  })

export const offerKindSchema = z
  .enum(['introduction', 'advice', 'referral', 'reference'])
  .meta({ id: 'OfferKind' })
export type OfferKind = z.output<typeof offerKindSchema>

export const messageKindSchema = z.enum(['text', 'offer']).meta({ id: 'MessageKind' })

export const sendMessageSchema = z
  .object({
    to: idSchema,
    body: messageBodySchema,
    /** Required to someone who is not a connection, whose tray the message then lands in. */
    purpose: messageRequestPurposeSchema.optional(),
  })
  .strict()
  .meta({ id: 'SendMessage' })
export type SendMessage = z.output<typeof sendMessageSchema>

/** "How can I help?": an offer of help to a connection, as a message of kind `offer`. */
export const sendOfferSchema = z
  .object({ to: idSchema, kind: offerKindSchema, body: messageBodySchema })
  .strict()
  .meta({ id: 'SendOffer' })
export type SendOffer = z.output<typeof sendOfferSchema>

export const postMessageSchema = z
  .object({ body: messageBodySchema })
  .strict()
  .meta({ id: 'PostMessage' })

/** Someone in a conversation as another member sees them: `id` is null once they erased their account. */
export const participantSchema = z
  .object({ id: z.string().nullable(), name: z.string(), headline: z.string() })
  .meta({ id: 'Participant' })
export type Participant = z.output<typeof participantSchema>

export const offerSchema = z
  .object({ kind: offerKindSchema, acceptedAt: z.string().nullable() })
  .meta({ id: 'Offer' })

export const messageSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    sender: participantSchema,
    /** Whether the caller wrote it. */
    mine: z.boolean(),
    kind: messageKindSchema,
    /** Plain text: show it as text, never as HTML. */
    body: z.string(),
    offer: offerSchema.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Message' })
export type Message = z.output<typeof messageSchema>

export const messageEnvelopeSchema = z
  .object({ message: messageSchema })
  .meta({ id: 'MessageEnvelope' })

/** What `POST /api/messages` made: a message to a connection, or a request to anyone else. */
export const sentMessageResultSchema = z
  .union([messageEnvelopeSchema, z.object({ request: sentMessageRequestSchema })])
  .meta({ id: 'SentMessageResult' })

export const conversationSchema = z
  .object({
    id: z.string(),
    origin: z.enum(['direct', 'introduction', 'request']),
    /** The other people in it, an erased one as "a former member". */
    with: z.array(participantSchema),
    lastMessage: messageSchema.nullable(),
    /** Messages from the others the caller has not read. */
    unread: z.number().int().min(0),
    lastMessageAt: z.string(),
  })
  .meta({ id: 'Conversation' })
export type Conversation = z.output<typeof conversationSchema>

export const conversationListSchema = listSchema(conversationSchema)
  .extend({ unreadTotal: z.number().int().min(0) })
  .meta({ id: 'ConversationList' })

export const messageListSchema = listSchema(messageSchema).meta({ id: 'MessageList' })

export const conversationListQuerySchema = listQuerySchema
export const unreadSchema = z
  .object({ unreadTotal: z.number().int().min(0) })
  .meta({ id: 'UnreadTotal' })
