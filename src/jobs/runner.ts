import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.js'
import {
  claimDueJob,
  finishJob,
  insertJob,
  type JobRow,
  releaseFailedJob,
  renewJobLease,
} from '../db/queries/jobs.js'
import { newId } from '../ids.js'
import { retryDelayMs } from './backoff.js'

/** A job this worker holds while its handler runs. */
export interface ClaimedJob {
  id: string
  kind: string
  payload: Record<string, unknown>
  /** 1 on the first run. */
  attempt: number
  /**
   * Marks the job done inside the handler's own transaction, so that its effects and its
   * completion commit together: a crash before the commit leaves neither, and the job runs again.
   */
  finishIn(tx: Db): Promise<void>
  /**
   * For a job with its own `leaseMs`: keeps it this worker's for another lease, false when another
   * worker took it over (the handler should stop).
   */
  renewLease(): Promise<boolean>
}

export interface JobDefinition {
  kind: string
  run(job: ClaimedJob): Promise<void>
  maxAttempts?: number
  /** Recurring: the next run is scheduled this long after each run ends. */
  everyMs?: number
  /**
   * A lease shorter than the worker's, renewed by the handler as it goes: a long job whose process
   * died is taken over soon after, instead of after the worker's whole lease.
   */
  leaseMs?: number
}

export interface NewJob {
  kind: string
  payload?: Record<string, unknown>
  runAt: Date
  /** At most one job per key is scheduled or running; scheduling another is a no-op. */
  singletonKey?: string
  maxAttempts?: number
}

export interface RunnerOptions {
  db: Db
  clock: () => Date
  onError(error: unknown, job: JobRow | null): void
  /** How long a claimed job is this worker's before another may take it over. */
  leaseMs?: number
  pollMs?: number
  /** Kinds not to claim for now (sends held after a restore); they wait, due, until released. */
  heldKinds?: () => Promise<readonly string[]>
}

/** Schedules a job in the caller's transaction: it exists exactly when the change that needs it does. */
export async function scheduleJob(db: Db, job: NewJob, now: Date): Promise<boolean> {
  return await insertJob(db, {
    id: newId(),
    kind: job.kind,
    payload: job.payload ?? {},
    runAt: job.runAt,
    singletonKey: job.singletonKey ?? null,
    maxAttempts: job.maxAttempts ?? 5,
    createdAt: now,
  })
}

/**
 * Runs durable jobs from the database: each due job is claimed by one worker (any process), run,
 * and marked done, or retried with backoff until its attempts run out. Jobs survive restarts
 * because they are rows; time is the services' clock, so tests move it instead of waiting.
 */
export class JobRunner {
  readonly worker = randomUUID()
  private readonly definitions = new Map<string, JobDefinition>()
  private timer: NodeJS.Timeout | null = null
  private running: Promise<number> | null = null
  private rerun = false
  private started = false
  private stopping = false

  constructor(private readonly options: RunnerOptions) {}

  define(definition: JobDefinition): void {
    if (this.definitions.has(definition.kind)) {
      throw new Error(`The job ${definition.kind} is defined twice`)
    }
    this.definitions.set(definition.kind, definition)
  }

  get kinds(): string[] {
    return [...this.definitions.keys()]
  }

  /** Makes sure every recurring job has its next run scheduled (the first after one period). */
  async scheduleRecurring(): Promise<void> {
    const now = this.options.clock()
    for (const def of this.definitions.values()) {
      if (def.everyMs === undefined) continue
      await scheduleJob(
        this.options.db,
        {
          kind: def.kind,
          runAt: new Date(now.getTime() + def.everyMs),
          singletonKey: `every:${def.kind}`,
        },
        now,
      )
    }
  }

  /** Runs every job due now, one after another, and says how many ran; calls overlap into one. */
  async runDue(): Promise<number> {
    if (this.running !== null) {
      this.rerun = true
      return await this.running
    }
    this.running = this.drain().finally(() => {
      this.running = null
    })
    return await this.running
  }

  private async drain(): Promise<number> {
    let count = 0
    do {
      this.rerun = false
      while (!this.stopping) {
        const job = await this.claim()
        if (job === null) break
        await this.execute(job)
        count++
      }
    } while (this.rerun)
    return count
  }

  private async claim(): Promise<JobRow | null> {
    const now = this.options.clock()
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 10 * 60_000))
    const held = (await this.options.heldKinds?.()) ?? []
    const kinds = this.kinds.filter((k) => !held.includes(k))
    return await claimDueJob(this.options.db, this.worker, now, leaseUntil, kinds)
  }

  private async execute(row: JobRow): Promise<void> {
    const def = this.definitions.get(row.kind)
    if (def === undefined) return
    const { db, clock } = this.options
    const job: ClaimedJob = {
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      attempt: row.attempts,
      finishIn: async (tx) => {
        await finishJob(tx, row.id, this.worker, clock())
      },
      renewLease: async () =>
        await renewJobLease(
          db,
          row.id,
          this.worker,
          new Date(clock().getTime() + (def.leaseMs ?? this.options.leaseMs ?? 10 * 60_000)),
        ),
    }
    try {
      if (def.leaseMs !== undefined) await job.renewLease()
      await def.run(job)
      await finishJob(db, row.id, this.worker, clock())
      if (def.everyMs !== undefined) {
        const now = clock()
        await scheduleJob(
          db,
          {
            kind: def.kind,
            runAt: new Date(now.getTime() + def.everyMs),
            singletonKey: `every:${def.kind}`,
          },
          now,
        )
      }
    } catch (error) {
      this.options.onError(error, row)
      const now = clock()
      const again =
        row.attempts < row.maxAttempts ? new Date(now.getTime() + retryDelayMs(row.attempts)) : null
      const message = error instanceof Error ? error.message : String(error)
      await releaseFailedJob(db, row.id, this.worker, message.slice(0, 2000), again, now)
    }
  }

  /** Polls for due jobs until stopped; `wake` runs them at once when one is scheduled. */
  start(): void {
    if (this.started) return
    this.started = true
    const tick = () => {
      this.timer = null
      if (!this.started) return
      this.runDue()
        .catch((error: unknown) => this.options.onError(error, null))
        .finally(() => {
          if (this.started) this.timer = setTimeout(tick, this.options.pollMs ?? 1_000)
        })
    }
    tick()
  }

  wake(): void {
    if (this.started) void this.runDue().catch((e: unknown) => this.options.onError(e, null))
  }

  /** Stops polling and waits for the job in hand to end (it finishes, or its lease lapses). */
  async stop(): Promise<void> {
    this.started = false
    this.stopping = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    await this.running?.catch(() => {})
  }
}
