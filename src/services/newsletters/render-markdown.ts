import { Marked, type Tokens } from 'marked'

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** An absolute http, https or mailto address, or null for anything else (javascript:, data:, relative). */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href.trim())
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

// @NOTE Raw HTML is shown as text, never passed through; images become links to themselves,
// so an issue cannot load a remote picture (a tracking pixel) when it is opened.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text)
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens)
      const href = safeHref(token.href)
      if (href === null) return text
      return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${text}</a>`
    },
    image(token: Tokens.Image) {
      const label = escapeHtml(token.text || token.href)
      const href = safeHref(token.href)
      return href === null
        ? label
        : `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${label}</a>`
    },
  },
})

/** The Markdown as HTML with no raw HTML and links only to http, https and mailto. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false })
}

/** A plain-text part for mail: the Markdown itself, which reads well as text. */
export function plainTextOf(markdown: string): string {
  return markdown
}
