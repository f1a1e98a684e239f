/** Where a durable job is in its life: waiting, claimed by a worker, or ended one of three ways. */
export const JOB_STATES = ['scheduled', 'running', 'done', 'failed', 'cancelled'] as const
export type JobState = (typeof JOB_STATES)[number]
