import { Transform } from 'node:stream'
import { TextDecoder } from 'node:util'

const decoders = new Map<string, TextDecoder | null>()

function decoderFor(charset: string): TextDecoder | null {
  const label = charset.trim().toLowerCase()
  let decoder = decoders.get(label)
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label, { fatal: true })
    } catch {
      decoder = null
    }
    decoders.set(label, decoder)
  }
  return decoder
}

const LATIN_FALLBACK = new TextDecoder('windows-1252')

/**
 * Turns bytes into text by a declared charset (UTF-8 when none), falling back to Windows-1252
 * when the bytes are not valid in it: old Outlook exports declare nothing and write ANSI.
 */
export function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  const decoder = decoderFor(charset ?? 'utf-8') ?? decoderFor('utf-8')
  if (decoder !== null) {
    try {
      return decoder.decode(bytes)
    } catch {
      // falls through to Windows-1252
    }
  }
  return LATIN_FALLBACK.decode(bytes)
}

/** Like decodeBytes, for text held one byte per character (a `latin1` string). */
export function decodeByteString(bytes: string, charset: string | null): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for ASCII itself
  if (/^[\x00-\x7f]*$/.test(bytes)) return bytes
  return decodeBytes(Buffer.from(bytes, 'latin1'), charset)
}

/**
 * A transform that re-encodes UTF-16 input (recognised by its byte-order mark) as UTF-8 and
 * passes anything else through unchanged, so the parsers only ever meet 8-bit text.
 */
export function utf16ToUtf8(): Transform {
  let decoder: TextDecoder | null | undefined
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (decoder === undefined) {
        if (chunk[0] === 0xff && chunk[1] === 0xfe) decoder = new TextDecoder('utf-16le')
        else if (chunk[0] === 0xfe && chunk[1] === 0xff) decoder = new TextDecoder('utf-16be')
        else decoder = null
      }
      if (decoder === null) done(null, chunk)
      else done(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'))
    },
    flush(done) {
      if (decoder) {
        const rest = decoder.decode()
        if (rest !== '') this.push(Buffer.from(rest, 'utf8'))
      }
      done()
    },
  })
}

/**
 * A transform that passes UTF-8 through and re-encodes Windows-1252 input as UTF-8: Outlook
 * writes contacts CSV in the system's ANSI code page. Each chunk is checked as UTF-8 until one
 * fails, and from there on the input is read as Windows-1252; what passed before was ASCII
 * (Windows-1252 text beyond ASCII is almost never valid UTF-8), which both read the same.
 */
export function windows1252ToUtf8(): Transform {
  const check = new TextDecoder('utf-8', { fatal: true })
  let legacy: TextDecoder | null = null
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (legacy === null) {
        try {
          check.decode(chunk, { stream: true })
          done(null, chunk)
          return
        } catch {
          legacy = new TextDecoder('windows-1252')
        }
      }
      done(null, Buffer.from(legacy.decode(chunk, { stream: true }), 'utf8'))
    },
  })
}
