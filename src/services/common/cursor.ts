import { AppError } from '../../errors.js'

/** Opaque list cursors: the sort key of the last item, base64url-encoded JSON. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

export function decodeCursor<K extends string>(cursor: string, fields: K[]): Record<K, string> {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    parsed = null
  }
  const record = parsed as Record<string, unknown> | null
  if (
    record === null ||
    typeof record !== 'object' ||
    fields.some((f) => typeof record[f] !== 'string')
  ) {
    throw new AppError('validation', 'Invalid cursor', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    })
  }
  return record as Record<K, string>
}
