import type { ReactNode } from 'react'

// Links people paste: http(s) only, up to the first space or angle bracket.
const LINK = /\bhttps?:\/\/[^\s<>"]+/gi
// Punctuation that ends a sentence rather than the link.
const TRAILING = /[.,;:!?)\]}'"]+$/

/** Whether the text is a link this page may open: http or https, nothing else (no javascript:). */
function safeHref(text: string): string | null {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * A message as plain text with its web links clickable. Built from React elements, so nothing in
 * a body is ever read as HTML; line breaks are kept by CSS (`white-space: pre-wrap`).
 */
export function MessageBody({ body }: { body: string }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const match of body.matchAll(LINK)) {
    const start = match.index
    const raw = match[0]
    const text = raw.replace(TRAILING, '')
    const href = safeHref(text)
    if (href === null) continue
    if (start > at) parts.push(body.slice(at, start))
    parts.push(
      <a key={start} href={href} target="_blank" rel="noopener noreferrer nofollow">
        {text}
      </a>,
    )
    at = start + text.length
  }
  if (at < body.length) parts.push(body.slice(at))
  return <p className="message-body">{parts}</p>
}
