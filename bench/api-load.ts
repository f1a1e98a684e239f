import { isMainThread, Worker } from 'node:worker_threads'
import autocannon from 'autocannon'
import { z } from 'zod'
import { siblingModule, workerScript } from '../src/graph/worker-script.js'

export const loadJobSchema = z
  .object({
    url: z.string().url(),
    method: z.enum(['GET', 'POST']),
    /** A JSON body sent with every request (a POST's). */
    body: z.string().optional(),
    headers: z.record(z.string(), z.string()),
    connections: z.number().int().positive(),
    /** Requests to fire before measuring, to warm caches and the JIT; not recorded. */
    warmupRequests: z.number().int().nonnegative(),
    seconds: z.number().positive(),
  })
  .strict()
export type LoadJob = z.output<typeof loadJobSchema>

export const apiBenchSideSchema = z
  .object({
    requests: z.number(),
    requestsPerSecond: z.number(),
    /** autocannon's latency histogram counts whole milliseconds: below 1 ms reads as 0. */
    latencyP50Ms: z.number(),
    latencyP99Ms: z.number(),
    non2xx: z.number(),
    /** Connection errors and timeouts. */
    errors: z.number(),
  })
  .strict()
/** What autocannon measured against one server on one route. */
export type ApiBenchSide = z.output<typeof apiBenchSideSchema>

const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), side: apiBenchSideSchema }),
  z.object({ ok: z.literal(false), message: z.string() }),
])

function round(x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

const histogramSchema = z.object({ p50: z.number(), p99: z.number() })
const summarySchema = z.object({
  requests: z.object({ total: z.number() }),
  latency: histogramSchema,
  duration: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
})

/**
 * Off the main thread autocannon hands back its raw per-thread result (encoded histograms) and
 * expects the caller to aggregate it; its `aggregateResult` does so but is missing from the types.
 */
function summarise(raw: unknown, options: autocannon.Options): z.output<typeof summarySchema> {
  const aggregate: unknown = Reflect.get(autocannon, 'aggregateResult')
  if (typeof aggregate !== 'function') throw new Error('autocannon.aggregateResult is missing')
  const result: unknown = isMainThread ? raw : aggregate([raw], options)
  return summarySchema.parse(result)
}

/**
 * `warmupRequests` spread over `connections` loops. Plain fetch rather than autocannon, whose
 * shortest run lasts one whole sampling second however few requests it is asked for.
 */
async function warmUp(job: LoadJob): Promise<void> {
  const perLoop = Math.ceil(job.warmupRequests / job.connections)
  const loop = async () => {
    for (let i = 0; i < perLoop; i++) {
      const response = await fetch(job.url, {
        method: job.method,
        headers: job.headers,
        ...(job.body !== undefined ? { body: job.body } : {}),
      })
      await response.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: job.connections }, loop))
}

/** A warm-up of `warmupRequests`, then `seconds` of load on `connections` keep-alive connections. */
export async function measureLoad(job: LoadJob): Promise<ApiBenchSide> {
  const common = {
    url: job.url,
    method: job.method,
    headers: job.headers,
    connections: job.connections,
    ...(job.body !== undefined ? { body: job.body } : {}),
  }
  await warmUp(job)
  const options = { ...common, duration: job.seconds }
  const r = summarise(await autocannon(options), options)
  return {
    requests: r.requests.total,
    requestsPerSecond: round(r.requests.total / Math.max(r.duration, 1e-3), 1),
    latencyP50Ms: round(r.latency.p50, 2),
    latencyP99Ms: round(r.latency.p99, 2),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  }
}

export interface LoadWorker {
  run(job: LoadJob): Promise<ApiBenchSide>
  close(): Promise<void>
}

/**
 * One worker thread that fires every load in turn, so the load generator never shares the event
 * loop of the servers it measures, and is started once rather than once per measurement.
 */
export function startLoadWorker(): LoadWorker {
  const { script, eval: isEval } = workerScript(siblingModule(import.meta.url, 'api-load-worker'))
  const worker = new Worker(script, { eval: isEval })
  let failure: Error | null = null
  let pending: { resolve: (side: ApiBenchSide) => void; reject: (err: Error) => void } | null = null
  const fail = (err: Error) => {
    failure = err
    pending?.reject(err)
    pending = null
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`the load worker stopped (exit code ${code})`)))
  worker.on('message', (message: unknown) => {
    const reply = replySchema.parse(message)
    const waiting = pending
    pending = null
    if (reply.ok) waiting?.resolve(reply.side)
    else waiting?.reject(new Error(reply.message))
  })
  return {
    run(job) {
      if (failure !== null) return Promise.reject(failure)
      if (pending !== null) return Promise.reject(new Error('one load at a time'))
      return new Promise((resolve, reject) => {
        pending = { resolve, reject }
        worker.postMessage(job)
      })
    },
    async close() {
      worker.removeAllListeners('exit')
      await worker.terminate()
    },
  }
}
