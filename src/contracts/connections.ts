import { z } from 'zod'
import { idSchema, listSchema, partialDateSchema } from './common.js'
import { memberSummarySchema } from './profile.js'

const text = (max: number) => z.string().trim().min(1).max(max)
const years = {
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
}

/** How two people know each other; each kind asks for what makes it checkable. */
export const howWeMetSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('worked_together'),
        company: text(200),
        ...years,
        detail: text(300).optional(),
      })
      .strict(),
    z
      .object({ kind: z.literal('studied_together'), detail: text(300).optional(), ...years })
      .strict(),
    z
      .object({
        kind: z.literal('met_in_person'),
        place: text(200),
        date: partialDateSchema,
        detail: text(300).optional(),
      })
      .strict(),
    z.object({ kind: z.literal('introduced'), detail: text(300) }).strict(),
    z.object({ kind: z.literal('other'), detail: text(300) }).strict(),
  ])
  .refine(
    (h) =>
      !('from' in h && 'to' in h) || h.from === undefined || h.to === undefined || h.from <= h.to,
    {
      message: '`to` is before `from`',
      path: ['to'],
    },
  )
  .meta({ id: 'HowWeMet' })
export type HowWeMet = z.output<typeof howWeMetSchema>

export const createInvitationSchema = z
  .object({
    to: idSchema,
    note: z.string().trim().min(1, 'a personal note is required').max(600),
    howWeMet: howWeMetSchema,
  })
  .strict()
  .meta({ id: 'CreateInvitation' })
export type CreateInvitation = z.output<typeof createInvitationSchema>

export const invitationStatusSchema = z
  .enum(['pending', 'accepted', 'withdrawn', 'expired'])
  .meta({ id: 'InvitationStatus' })

/** Whether a member looks like an open networker (who connects with anyone), and why. */
export const openNetworkerSignalSchema = z
  .object({ score: z.number(), reasons: z.array(z.string()) })
  .meta({ id: 'OpenNetworkerSignal' })

export const invitationSchema = z
  .object({
    id: z.string(),
    from: z.string(),
    to: z.string(),
    fromMember: memberSummarySchema,
    toMember: memberSummarySchema,
    note: z.string(),
    howWeMet: howWeMetSchema,
    status: invitationStatusSchema,
    createdAt: z.string(),
    /** On received invitations only. */
    senderOpenNetworker: openNetworkerSignalSchema.nullable(),
  })
  .meta({ id: 'Invitation' })
export type Invitation = z.output<typeof invitationSchema>

export const invitationEnvelopeSchema = z
  .object({ invitation: invitationSchema })
  .meta({ id: 'InvitationEnvelope' })
export const invitationListSchema = listSchema(invitationSchema).meta({ id: 'InvitationList' })

export const invitationBoxQuerySchema = z.object({
  box: z.enum(['received', 'sent']).default('received'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})

export const connectionSchema = z
  .object({
    member: memberSummarySchema,
    since: z.string(),
    howWeMet: howWeMetSchema,
    strength: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'Connection' })
export type Connection = z.output<typeof connectionSchema>

export const connectionEnvelopeSchema = z
  .object({ connection: connectionSchema })
  .meta({ id: 'ConnectionEnvelope' })
export const connectionListSchema = listSchema(connectionSchema).meta({ id: 'ConnectionList' })

export const connectionListQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})

export const removedConnectionSchema = connectionSchema
  .extend({ removedAt: z.string(), undoUntil: z.string() })
  .meta({ id: 'RemovedConnection' })
export const removedConnectionListSchema = z
  .object({ items: z.array(removedConnectionSchema) })
  .meta({ id: 'RemovedConnectionList' })

/** A quiet removal, which its author may undo until `undoUntil`. */
export const connectionRemovalSchema = z
  .object({ undoUntil: z.string() })
  .meta({ id: 'ConnectionRemoval' })

export const memberIdParamsSchema = z.object({ memberId: idSchema }).strict()
