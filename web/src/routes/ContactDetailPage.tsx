import { Link, useParams } from 'react-router'
import { ApiError } from '../api/client.js'
import { CirclesEditor } from '../components/CirclesEditor.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { ImportedRecommendations } from '../components/ImportedRecommendations.js'
import { InteractionForm } from '../components/InteractionForm.js'
import { Loading } from '../components/Loading.js'
import { NotesEditor } from '../components/NotesEditor.js'
import { OfferHelpForm } from '../components/OfferHelpForm.js'
import { ReadingDateNote } from '../components/ReadingDateNote.js'
import { ReciprocityTable } from '../components/ReciprocityTable.js'
import { ResponsivenessStats } from '../components/ResponsivenessStats.js'
import { StrengthBadge } from '../components/StrengthBadge.js'
import { Timeline } from '../components/Timeline.js'
import { percent } from '../components/tie-band.js'
import { useCircles, useContact } from '../hooks/useContacts.js'
import { currentRole } from '../lib/member-ref.js'

export function ContactDetailPage() {
  const { id = '' } = useParams()
  const contact = useContact(id)
  const circles = useCircles()

  if (contact.isPending) return <Loading />
  if (contact.isError) {
    if (contact.error instanceof ApiError && contact.error.status === 404) {
      return (
        <div className="stack">
          <title>Contact not found · Rapport</title>
          <h1>Contact not found</h1>
          <p>This contact does not exist in your network.</p>
          <Link to="/contacts">Back to your contacts</Link>
        </div>
      )
    }
    return <ErrorNotice error={contact.error} onRetry={() => void contact.refetch()} />
  }

  const c = contact.data
  const role = currentRole(c)
  const known = (circles.data?.items ?? []).map((circle) => circle.name)

  return (
    <div className="stack-lg">
      <title>{`${c.name} · Contacts · Rapport`}</title>
      <p>
        <Link to="/contacts">← All contacts</Link>
      </p>
      <section className="card stack-sm" aria-labelledby="contact-name">
        <h1 id="contact-name">{c.name}</h1>
        {role ? <p className="lead">{role}</p> : null}
        <ReadingDateNote asOf={c.asOf} />
        <p className="badges">
          <StrengthBadge band={c.band} strength={c.strength} />
          {c.memberId ? (
            <>
              <Link to={`/members/${encodeURIComponent(c.memberId)}`}>Rapport profile</Link>
              <Link to={`/messages/new?to=${encodeURIComponent(c.memberId)}`}>Send a message</Link>
            </>
          ) : (
            <span className="badge band-unknown">Not on Rapport</span>
          )}
        </p>
      </section>

      {c.memberId ? <OfferHelpForm memberId={c.memberId} name={c.name} /> : null}

      <div className="grid-2">
        <section className="card stack-sm" aria-labelledby="strength-heading">
          <h2 id="strength-heading">Tie strength: {percent(c.strength)}</h2>
          <p className="muted">Why it is what it is:</p>
          {c.strengthReasons.length > 0 ? (
            <ul className="reasons" aria-label="Reasons for this strength">
              {c.strengthReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p>Not enough has passed between you to explain a score yet.</p>
          )}
          {c.prune.suggested ? (
            <p>
              Suggested for pruning: {c.prune.reasons.join('; ')}.{' '}
              <Link to="/insights/prune">Review suggestions</Link>
            </p>
          ) : null}
        </section>
        <section className="card stack-sm" aria-labelledby="circles-heading">
          <h2 id="circles-heading">Circles</h2>
          <CirclesEditor contactId={c.id} circles={c.circles} known={known} />
        </section>
      </div>

      <div className="grid-2">
        <section className="card stack-sm" aria-labelledby="responsiveness-heading">
          <h2 id="responsiveness-heading">Responsiveness</h2>
          <ResponsivenessStats value={c.responsiveness} />
        </section>
        <section className="card stack-sm" aria-labelledby="reciprocity-heading">
          <h2 id="reciprocity-heading">Reciprocity</h2>
          <ReciprocityTable value={c.reciprocity} name={c.name} />
        </section>
      </div>

      <section className="card stack-sm" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <NotesEditor key={c.id} contactId={c.id} notes={c.notes} />
      </section>

      <ImportedRecommendations contactId={c.id} />

      <section className="card">
        <InteractionForm contactId={c.id} name={c.name} />
      </section>

      <section className="stack-sm" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline entries={c.timeline} />
      </section>
    </div>
  )
}
