import { z } from 'zod'
import { timestampSchema } from './common.js'
import { meSchema } from './profile.js'

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email()
  .transform((e) => e.toLowerCase())
export const passwordSchema = z
  .string()
  .min(10, 'at least 10 characters')
  .max(200, 'at most 200 characters')

export const signupSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: z.string().trim().min(1).max(120),
    /** The code of a mailed sign-up link; required while sign-up is by invitation only. */
    invitation: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .meta({ id: 'Signup' })
export type SignupInput = z.output<typeof signupSchema>

export const loginSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(200) })
  .strict()
  .meta({ id: 'Login' })
export type LoginInput = z.output<typeof loginSchema>

export const memberEnvelopeSchema = z.object({ member: meSchema }).meta({ id: 'MemberEnvelope' })

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** When the token stops working; without it, it works until revoked. */
    expiresAt: timestampSchema.optional(),
  })
  .strict()
  .meta({ id: 'CreateToken' })
export type CreateToken = z.output<typeof createTokenSchema>

export const tokenCreatedSchema = z
  .object({
    token: z.string(),
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'CreatedToken' })
export const tokenSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'Token' })
export const tokenListSchema = z
  .object({ items: z.array(tokenSummarySchema) })
  .meta({ id: 'TokenList' })

export const passwordResetRequestSchema = z
  .object({ email: emailSchema })
  .strict()
  .meta({ id: 'PasswordResetRequest' })
export const passwordResetConfirmSchema = z
  .object({ token: z.string().min(1).max(200), password: passwordSchema })
  .strict()
  .meta({ id: 'PasswordResetConfirm' })

/** Everything a member owns, table by table, as `GET /api/me/export` answers it. */
export const personalDataSchema = z.record(z.string(), z.unknown()).meta({ id: 'PersonalData' })
