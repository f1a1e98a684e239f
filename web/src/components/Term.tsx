import { type ReactNode, useId, useState } from 'react'
import { TERMS, type TermKey } from '../lib/terms.js'

/**
 * A product term with its definition one tap away: a hover title for a mouse, and a "?" button
 * that shows the definition inline for touch and keyboard, announced to screen readers.
 */
export function Term({ name, children }: { name: TermKey; children?: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const { term, definition } = TERMS[name]
  return (
    <span className="term">
      <dfn title={definition}>{children ?? term}</dfn>
      <button
        type="button"
        className="term-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        ?<span className="visually-hidden"> What is “{term}”?</span>
      </button>
      <span id={id} role="note" className="term-definition" hidden={!open}>
        {definition}
      </span>
    </span>
  )
}
