import { z } from 'zod'
import { JOB_STATES } from '../domain/job-states.js'
import { memberSummarySchema } from './profile.js'

/** A member who looks like an open networker, with the score's reasons and graph measures. */
export const openNetworkerSchema = z
  .object({
    member: memberSummarySchema,
    score: z.number(),
    reasons: z.array(z.string()),
    degree: z.number().int(),
    clustering: z.number(),
  })
  .meta({ id: 'OpenNetworker' })

export const openNetworkerListSchema = z
  .object({ items: z.array(openNetworkerSchema) })
  .meta({ id: 'OpenNetworkerList' })

export const mailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Mail' })

export const mailListSchema = z.object({ items: z.array(mailSchema) }).meta({ id: 'MailList' })

export const jobStateSchema = z.enum(JOB_STATES).meta({ id: 'JobState' })

export const jobListQuerySchema = z
  .object({
    state: z.array(jobStateSchema).or(jobStateSchema).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
export type JobListQuery = z.output<typeof jobListQuerySchema>

/** A durable job as the operator sees it (its payload names members, so it is not shown). */
export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    state: jobStateSchema,
    runAt: z.string(),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' })
export type JobView = z.output<typeof jobSchema>

export const jobListSchema = z.object({ items: z.array(jobSchema) }).meta({ id: 'JobList' })

export const signupModeSchema = z.enum(['open', 'invite']).meta({ id: 'SignupMode' })
export type SignupMode = z.output<typeof signupModeSchema>

const limitSchema = z.number().int().min(1).max(100_000)

/** The instance's settings as the operator sets them at run time (defaults from the environment). */
export const instanceSettingsSchema = z
  .object({
    signupMode: signupModeSchema,
    signupsPerHour: limitSchema,
    loginFailures: limitSchema,
    invitesPerWeek: limitSchema,
    messageRequestsPerDay: limitSchema,
    openIntroRequests: limitSchema,
  })
  .strict()
  .meta({ id: 'InstanceSettings' })
export type InstanceSettings = z.output<typeof instanceSettingsSchema>

export const instanceSettingsPatchSchema = instanceSettingsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'change at least one setting' })
  .meta({ id: 'InstanceSettingsPatch' })
export type InstanceSettingsPatch = z.output<typeof instanceSettingsPatchSchema>

/** One line of the audit log: an operator action (actor null when taken from the shell). */
export const auditEntrySchema = z
  .object({
    id: z.string(),
    action: z.string(),
    actor: memberSummarySchema.nullable(),
    actorId: z.string().nullable(),
    target: memberSummarySchema.nullable(),
    targetId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .meta({ id: 'AuditEntry' })
export type AuditEntry = z.output<typeof auditEntrySchema>

export const auditLogSchema = z
  .object({ items: z.array(auditEntrySchema) })
  .meta({ id: 'AuditLog' })

export const operatorListQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict()

export const signupInvitationInputSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(254)
      .email()
      .transform((e) => e.toLowerCase()),
  })
  .strict()
  .meta({ id: 'NewSignupInvitation' })
export type SignupInvitationInput = z.output<typeof signupInvitationInputSchema>

export const signupInvitationStatusSchema = z
  .enum(['pending', 'used', 'expired'])
  .meta({ id: 'SignupInvitationStatus' })

/** A mailed sign-up link as the operator sees it (the code itself is only in the mail). */
export const signupInvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    status: signupInvitationStatusSchema,
    invitedBy: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
  })
  .meta({ id: 'SignupInvitation' })
export type SignupInvitationView = z.output<typeof signupInvitationSchema>

export const signupInvitationEnvelopeSchema = z
  .object({ invitation: signupInvitationSchema })
  .meta({ id: 'SignupInvitationEnvelope' })

export const signupInvitationListSchema = z
  .object({ items: z.array(signupInvitationSchema) })
  .meta({ id: 'SignupInvitationList' })

export const REPORT_REASONS = ['soliciting', 'spam', 'fake_profile'] as const
export const reportReasonSchema = z.enum(REPORT_REASONS).meta({ id: 'ReportReason' })

export const reportInputSchema = z
  .object({ reason: reportReasonSchema, note: z.string().trim().max(2000).default('') })
  .strict()
  .meta({ id: 'NewReport' })
export type ReportInput = z.output<typeof reportInputSchema>

export const reportReceiptSchema = z
  .object({
    report: z.object({ id: z.string(), reason: reportReasonSchema, createdAt: z.string() }),
  })
  .meta({ id: 'ReportReceipt' })

/** A report waiting in the moderation queue. */
export const reportSchema = z
  .object({
    id: z.string(),
    reason: reportReasonSchema,
    note: z.string(),
    createdAt: z.string(),
    reporter: memberSummarySchema.nullable(),
    target: memberSummarySchema.nullable(),
    targetId: z.string(),
    targetSuspended: z.boolean(),
  })
  .meta({ id: 'Report' })
export type ReportView = z.output<typeof reportSchema>

export const reportListSchema = z
  .object({ items: z.array(reportSchema) })
  .meta({ id: 'ReportList' })

export const suspendInputSchema = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
  .meta({ id: 'SuspendInput' })
export type SuspendInput = z.output<typeof suspendInputSchema>

export const suspensionSchema = z
  .object({ member: memberSummarySchema, suspendedAt: z.string().nullable() })
  .meta({ id: 'Suspension' })
export type SuspensionView = z.output<typeof suspensionSchema>

export const suspensionListSchema = z
  .object({ items: z.array(suspensionSchema) })
  .meta({ id: 'SuspensionList' })

/** The instance's health as the operator's console shows it. */
export const instanceHealthSchema = z
  .object({
    database: z.object({ kind: z.enum(['pglite', 'postgres']), bytes: z.number().int() }),
    members: z.number().int(),
    suspended: z.number().int(),
    ties: z.number().int(),
    graph: z.object({
      members: z.number().int(),
      buildMs: z.number().nullable(),
      builtAt: z.string().nullable(),
    }),
    jobs: z.object({
      scheduled: z.number().int(),
      running: z.number().int(),
      failed: z.number().int(),
    }),
    lastBackupAt: z.string().nullable(),
  })
  .meta({ id: 'InstanceHealth' })
export type InstanceHealth = z.output<typeof instanceHealthSchema>
