import { parentPort } from 'node:worker_threads'
import { loadJobSchema, measureLoad } from './api-load.js'

parentPort?.on('message', (message: unknown) => {
  Promise.resolve(message)
    .then((job) => measureLoad(loadJobSchema.parse(job)))
    .then(
      (side) => parentPort?.postMessage({ ok: true, side }),
      (err: unknown) =>
        parentPort?.postMessage({
          ok: false,
          message: err instanceof Error ? err.message : String(err),
        }),
    )
})
