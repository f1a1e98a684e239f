import { z } from 'zod'
import { JOB_STATES } from '../domain/job-states.js'

export const jobStateSchema = z.enum(JOB_STATES)

export const jobListQuerySchema = z
  .object({
    state: z.array(jobStateSchema).or(jobStateSchema).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
export type JobListQuery = z.output<typeof jobListQuerySchema>

/** A durable job as the operator sees it (its payload names members, so it is not shown). */
export const jobSchema = z.object({
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
export type JobView = z.output<typeof jobSchema>
