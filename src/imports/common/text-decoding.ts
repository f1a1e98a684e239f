import { TextDecoder } from 'node:util'

type Decode = (bytes: Uint8Array) => string

/** What Windows-1252 has at 0x80-0x9f, where Latin-1 has control characters. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

const C1 = /[\u0080-\u009f]/g

/**
 * Windows-1252, as the WHATWG Encoding standard defines it (and as Outlook and Excel write it):
 * Latin-1 but for curly quotes, dashes, € and a few letters at 0x80-0x9f. Node 20's own
 * decoder for this label reads those bytes as Latin-1 control characters.
 *
 * @example decodeWindows1252(Buffer.from([0x93, 0x80, 0x94, 0xe9])) // '“€”é'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
}

const decoders = new Map<string, Decode | null>()

/** A decoder that throws on bytes invalid in the charset; null for an unknown charset. */
function decoderFor(charset: string): Decode | null {
  const label = charset.trim().toLowerCase()
  let decode = decoders.get(label)
  if (decode === undefined) {
    try {
      const decoder = new TextDecoder(label, { fatal: true })
      // @NOTE ISO-8859-1, ASCII and their aliases are Windows-1252 by the same standard.
      decode =
        decoder.encoding === 'windows-1252' ? decodeWindows1252 : (bytes) => decoder.decode(bytes)
    } catch {
      decode = null
    }
    decoders.set(label, decode)
  }
  return decode
}

/**
 * Turns bytes into text by a declared charset (UTF-8 when none), falling back to Windows-1252
 * when the bytes are not valid in it: old Outlook exports declare nothing and write ANSI.
 */
export function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  const decode = decoderFor(charset ?? 'utf-8') ?? decoderFor('utf-8')
  if (decode !== null) {
    try {
      return decode(bytes)
    } catch {
      // falls through to Windows-1252
    }
  }
  return decodeWindows1252(bytes)
}

/** Like decodeBytes, for text held one byte per character (a `latin1` string). */
export function decodeByteString(bytes: string, charset: string | null): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for ASCII itself
  if (/^[\x00-\x7f]*$/.test(bytes)) return bytes
  return decodeBytes(Buffer.from(bytes, 'latin1'), charset)
}
