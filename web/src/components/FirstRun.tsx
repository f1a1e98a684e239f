import { Link } from 'react-router'

/**
 * What a brand-new member sees instead of empty charts and lists: the three things that give
 * Rapport something to show, each one link away.
 */
export function FirstRun({ title = 'Get started' }: { title?: string }) {
  return (
    <section className="card stack-sm first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">{title}</h2>
      <p>Your network is empty for now. Any of these fills it:</p>
      <ol className="stack-sm">
        <li>
          <Link to="/import/linkedin">Import your LinkedIn export</Link> — your connections and
          messages become contacts with a strength each.
        </li>
        <li>
          <Link to="/search">Find people you know</Link> and invite them with a personal note.
        </li>
        <li>
          <Link to="/contacts">Put contacts in circles</Link> (family, clients, former colleagues)
          to be told when one is due a word.
        </li>
      </ol>
    </section>
  )
}
