/**
 * One case-insensitive pattern from a list of phrase patterns (regular-expression source, so a
 * phrase may allow small variations such as `(a |our )?demo`). Edges are lookarounds on Unicode
 * letters and digits rather than `\b`, which fails next to letters such as "é".
 *
 * @example
 * phrasePattern(['book a demo']).test('Can we book a demo?') // => true
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

/** The text as the patterns read it: curly apostrophes as straight ones, runs of space as one. */
export function normaliseText(text: string): string {
  return text.replaceAll('\u2019', "'").replace(/\s+/g, ' ')
}
