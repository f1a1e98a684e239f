import { ErrorNotice } from '../components/ErrorNotice.js'
import { useDecideReport, useEventReports } from '../hooks/useEvents.js'

/** The host's reports of soliciting: who reported whom, and a decision on each open one. */
export function EventReports({ eventId }: { eventId: string }) {
  const reports = useEventReports(eventId, true)
  const decide = useDecideReport(eventId)
  if (!reports.data) return null
  return (
    <section className="stack" aria-labelledby="reports-heading">
      <h2 id="reports-heading">Reports</h2>
      {reports.data.items.length === 0 ? <p className="muted">No reports.</p> : null}
      <ul className="stack">
        {reports.data.items.map((r) => (
          <li key={r.id} aria-label={`Report about ${r.subject.name}`}>
            {r.reporter.name} reported {r.subject.name}
            {r.note ? ` — ${r.note}` : ''} · {r.status}
            {r.status === 'open' ? (
              <span className="row">
                <button
                  type="button"
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ reportId: r.id, decision: 'uphold' })}
                >
                  Uphold
                </button>
                <button
                  type="button"
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ reportId: r.id, decision: 'dismiss' })}
                >
                  Dismiss
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {decide.isError ? <ErrorNotice error={decide.error} /> : null}
    </section>
  )
}
