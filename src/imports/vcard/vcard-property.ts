import { decodeByteString } from '../common/text-decoding.js'

export interface VCardProperty {
  group: string | null
  /** Upper-cased. */
  name: string
  /** Parameter names upper-cased; a bare 2.1 parameter (`TEL;WORK;VOICE`) is a TYPE. */
  params: Map<string, string[]>
  /** The value as raw bytes (latin1 string), still escaped and encoded. */
  raw: string
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = []
  let inQuotes = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') inQuotes = !inQuotes
    else if (c === separator && !inQuotes) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

function colonOutsideQuotes(text: string): number {
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') inQuotes = !inQuotes
    else if (c === ':' && !inQuotes) return i
  }
  return -1
}

/** Splits `[group.]NAME[;param…]:value`; null for a line without a name and a colon. */
export function parseProperty(line: string): VCardProperty | null {
  const colon = colonOutsideQuotes(line)
  if (colon <= 0) return null
  const [head = '', ...paramTexts] = splitOutsideQuotes(line.slice(0, colon), ';')
  const dot = head.lastIndexOf('.')
  const name = head
    .slice(dot + 1)
    .trim()
    .toUpperCase()
  if (!/^[A-Z0-9-]+$/.test(name)) return null
  const params = new Map<string, string[]>()
  for (const text of paramTexts) {
    const eq = text.indexOf('=')
    const key = eq === -1 ? 'TYPE' : text.slice(0, eq).trim().toUpperCase()
    const value = eq === -1 ? text : text.slice(eq + 1)
    const values = splitOutsideQuotes(value, ',').map((v) => v.trim().replace(/^"|"$/g, ''))
    // @NOTE 2.1 also writes the encoding bare: `NOTE;QUOTED-PRINTABLE:…`.
    const bareEncoding = eq === -1 && /^(quoted-printable|base64|b|8bit)$/i.test(value.trim())
    const target = bareEncoding ? 'ENCODING' : key
    params.set(target, [...(params.get(target) ?? []), ...values])
  }
  return { group: dot === -1 ? null : head.slice(0, dot), name, params, raw: line.slice(colon + 1) }
}

function firstParam(property: VCardProperty, key: string): string | null {
  return property.params.get(key)?.[0] ?? null
}

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=([0-9A-Fa-f]{2})|=$/g, (_whole, hex: string | undefined) =>
    hex === undefined ? '' : String.fromCharCode(Number.parseInt(hex, 16)),
  )
}

/** True for values that are binary data (photos, keys, sounds) rather than text. */
export function isBinary(property: VCardProperty): boolean {
  const encoding = firstParam(property, 'ENCODING')?.toLowerCase()
  return encoding === 'b' || encoding === 'base64'
}

/**
 * The value as text: quoted-printable and CHARSET decoded (the file's `charset` when the
 * property declares none), still escaped.
 */
export function decodedValue(property: VCardProperty, charset = 'utf-8'): string {
  const encoding = firstParam(property, 'ENCODING')?.toLowerCase()
  const bytes = encoding === 'quoted-printable' ? decodeQuotedPrintable(property.raw) : property.raw
  return decodeByteString(bytes, firstParam(property, 'CHARSET') ?? charset)
}

/**
 * Splits on unescaped `;` (structured values such as N, ADR, ORG) and unescapes each part.
 * With `listJoin`, an unescaped `,` (a list inside a component, as in N's additional names)
 * becomes that string; an escaped `\,` stays a comma.
 */
export function structuredValue(text: string, listJoin?: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1]
      i++
    } else if (c === ',' && listJoin !== undefined) {
      current += listJoin
    } else if (c === ';') {
      parts.push(unescapeText(current))
      current = ''
    } else {
      current += c
    }
  }
  parts.push(unescapeText(current))
  return parts
}

/** `\n` and `\N` are line breaks; any other escaped character stands for itself. */
export function unescapeText(text: string): string {
  const plain = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  if (!plain.includes('\\')) return plain.trim()
  return plain.replace(/\\(.)/g, (_whole, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim()
}
