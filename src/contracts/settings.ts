import { z } from 'zod'
import { emailSchema, passwordSchema } from './accounts.js'

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .strict()
  .meta({ id: 'ChangePassword' })
export type ChangePasswordInput = z.output<typeof changePasswordSchema>

export const emailChangeRequestSchema = z
  .object({ newEmail: emailSchema, currentPassword: z.string().min(1).max(200) })
  .strict()
  .meta({ id: 'EmailChangeRequest' })
export type EmailChangeRequest = z.output<typeof emailChangeRequestSchema>

export const emailChangeConfirmSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{8}$/, 'the 8-digit code from the mail'),
  })
  .strict()
  .meta({ id: 'EmailChangeConfirm' })

export const pendingEmailChangeSchema = z
  .object({
    /** The address waiting for its code, or null when no change is pending. */
    pending: z.object({ newEmail: z.string(), expiresAt: z.string() }).strict().nullable(),
  })
  .strict()
  .meta({ id: 'PendingEmailChange' })

/** The kinds of e-mail a member may turn on or off; other capabilities ask before they mail. */
export const NOTIFICATION_KINDS = ['invitations', 'messages', 'digest'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const notificationChoicesSchema = z
  .object({
    /** Invitations received and accepted. */
    invitations: z.boolean(),
    /** Messages and message requests. */
    messages: z.boolean(),
    /** A weekly digest of who is due a word. */
    digest: z.boolean(),
  })
  .strict()
  .meta({ id: 'NotificationChoices' })
export type NotificationChoices = z.output<typeof notificationChoicesSchema>

export const notificationChoicesPatchSchema = notificationChoicesSchema
  .partial()
  .strict()
  .meta({ id: 'NotificationChoicesPatch' })
