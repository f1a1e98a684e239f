import { parentPort, workerData } from 'node:worker_threads'
import { countTrianglesInRange, newMark, type OrientedGraph } from './triangle-kernel.js'

interface TriangleJob {
  graph: OrientedGraph
  /** Int32Array over a SharedArrayBuffer: the next rank to claim. */
  cursor: Int32Array
  block: number
}

// @NOTE blocks are claimed dynamically so that the few hub-heavy blocks do not idle a thread.
const job = workerData as TriangleJob
const n = job.graph.nodeCount
const counts = new Uint32Array(n)
const mark = newMark(n)
let total = 0
for (;;) {
  const from = Atomics.add(job.cursor, 0, job.block)
  if (from >= n) break
  total += countTrianglesInRange(job.graph, from, Math.min(n, from + job.block), counts, mark)
}
parentPort?.postMessage({ counts, total }, [counts.buffer])
