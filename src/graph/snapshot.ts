import { AppError } from '../errors.js'
import type { CsrGraph } from './csr.js'
import { NodeIdMap } from './node-index.js'

const MAGIC = 0x53475052 // 'RPGS' read little-endian
const VERSION = 1
const HEADER_BYTES = 48

function align8(n: number): number {
  return Math.ceil(n / 8) * 8
}

/**
 * Encodes a CSR and its id map into one buffer (the caller writes it to disk). Layout, all
 * little-endian and 8-byte aligned: a 48-byte header (magic, version, node count, entry count,
 * max strength, id bytes), offsets (u32), targets (u32), strengths (f32), then the ids as UTF-8
 * joined by newlines. Fold any delta in first (`DynamicGraph.compact()`).
 *
 * @example
 * const bytes = encodeSnapshot(csr, ids)
 * const { csr: again } = decodeSnapshot(bytes)
 */
export function encodeSnapshot(csr: CsrGraph, ids: NodeIdMap | null): Uint8Array {
  const idList = ids?.allIds() ?? []
  if (ids !== null && idList.length !== csr.nodeCount) {
    throw new AppError(
      'validation',
      `the id map holds ${idList.length} ids for ${csr.nodeCount} nodes`,
    )
  }
  for (const id of idList) {
    if (id.includes('\n')) throw new AppError('validation', 'a member id contains a newline')
  }
  const idBytes = new TextEncoder().encode(idList.join('\n'))
  const n = csr.nodeCount
  const e = csr.targets.length
  const offsetsAt = HEADER_BYTES
  const targetsAt = offsetsAt + align8(4 * (n + 1))
  const weightsAt = targetsAt + align8(4 * e)
  const idsAt = weightsAt + align8(4 * e)
  const out = new Uint8Array(idsAt + idBytes.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, VERSION, true)
  view.setFloat64(8, n, true)
  view.setFloat64(16, e, true)
  view.setFloat64(24, csr.maxWeight, true)
  view.setFloat64(32, idBytes.length, true)
  view.setFloat64(40, ids === null ? 0 : 1, true)
  out.set(
    new Uint8Array(csr.offsets.buffer, csr.offsets.byteOffset, csr.offsets.byteLength),
    offsetsAt,
  )
  out.set(
    new Uint8Array(csr.targets.buffer, csr.targets.byteOffset, csr.targets.byteLength),
    targetsAt,
  )
  out.set(
    new Uint8Array(csr.weights.buffer, csr.weights.byteOffset, csr.weights.byteLength),
    weightsAt,
  )
  out.set(idBytes, idsAt)
  return out
}

/**
 * Decodes {@link encodeSnapshot}'s output. The typed arrays are views into `bytes` when it is
 * 4-byte aligned (no copy), so keep `bytes` alive and unchanged while the graph is in use.
 *
 * @example
 * const { csr, ids } = decodeSnapshot(readFileSync(path)) // file reading is the caller's
 */
export function decodeSnapshot(bytes: Uint8Array): { csr: CsrGraph; ids: NodeIdMap | null } {
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
  if (data.byteLength < HEADER_BYTES) throw new AppError('validation', 'snapshot is truncated')
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (view.getUint32(0, true) !== MAGIC) throw new AppError('validation', 'not a graph snapshot')
  const version = view.getUint32(4, true)
  if (version !== VERSION) throw new AppError('validation', `unknown snapshot version ${version}`)
  const n = view.getFloat64(8, true)
  const e = view.getFloat64(16, true)
  const maxWeight = view.getFloat64(24, true)
  const idLength = view.getFloat64(32, true)
  const hasIds = view.getFloat64(40, true) === 1
  const offsetsAt = HEADER_BYTES
  const targetsAt = offsetsAt + align8(4 * (n + 1))
  const weightsAt = targetsAt + align8(4 * e)
  const idsAt = weightsAt + align8(4 * e)
  if (data.byteLength < idsAt + idLength) throw new AppError('validation', 'snapshot is truncated')
  const base = data.byteOffset
  const csr: CsrGraph = {
    nodeCount: n,
    offsets: new Uint32Array(data.buffer, base + offsetsAt, n + 1),
    targets: new Uint32Array(data.buffer, base + targetsAt, e),
    weights: new Float32Array(data.buffer, base + weightsAt, e),
    maxWeight,
  }
  if (!hasIds) return { csr, ids: null }
  const text = new TextDecoder().decode(data.subarray(idsAt, idsAt + idLength))
  return { csr, ids: NodeIdMap.fromIds(n === 0 ? [] : text.split('\n')) }
}
