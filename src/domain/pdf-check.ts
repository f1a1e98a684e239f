/** The largest résumé a referral carries. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024

const TAIL_BYTES = 2048

/**
 * Whether the bytes look like a whole PDF by their content, whatever the file is called: the
 * `%PDF-` header with a version, and the trailer every reader starts from (`startxref`, an
 * offset inside the file, then `%%EOF` near the end). A sanity check, not a parser.
 * @example
 * looksLikePdf(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nstartxref\n9\n%%EOF\n')) // => true
 * looksLikePdf(Buffer.from('<html>')) // => false
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16))
  if (!/^%PDF-[12]\.\d/.test(head)) return false
  const tail = new TextDecoder('latin1').decode(
    bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)),
  )
  const trailer = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (trailer === null) return false
  const offset = Number(trailer[1])
  return Number.isSafeInteger(offset) && offset < bytes.length
}
