const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  bull: '\u2022',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ouml: 'ö',
  auml: 'ä',
  uuml: 'ü',
  aring: 'å',
  euro: '€',
  copy: '©',
}

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number(name.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? whole
}

/**
 * Message bodies are plain text in most exports, HTML in sponsored InMail and in 2018 exports
 * (`&rsquo;`, `<p class="spinmail-quill-editor__spin-break">`). Both cheap checks fail on plain
 * text, which is then returned untouched.
 */
export function htmlToText(body: string): string {
  let text = body
  if (text.includes('<') && /<\/?[a-z][^>]*>/i.test(text)) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  }
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity)
  return text
}
