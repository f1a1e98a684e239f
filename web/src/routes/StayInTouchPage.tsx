import { Link } from 'react-router'
import type { DueContact } from '../api/schema.js'
import { CadenceEditor } from '../components/CadenceEditor.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { ReadingDateNote } from '../components/ReadingDateNote.js'
import { useCircles } from '../hooks/useContacts.js'
import { useStayInTouch } from '../hooks/useInsights.js'

function groupByCircle(items: DueContact[]): Array<[string, DueContact[]]> {
  const groups = new Map<string, DueContact[]>()
  for (const item of items) {
    const list = groups.get(item.circle) ?? []
    list.push(item)
    groups.set(item.circle, list)
  }
  return [...groups.entries()]
}

export function StayInTouchPage() {
  const due = useStayInTouch()
  const circles = useCircles()
  return (
    <div className="stack-lg">
      <title>Stay in touch · Rapport</title>
      <h1>Stay in touch</h1>
      <InsightsNav />
      <ReadingDateNote asOf={due.data?.asOf} />
      <p className="lead">
        Who is due a word, by the cadence you keep with each circle. Put contacts in circles from
        their page.
      </p>
      {due.data ? (
        <section aria-labelledby="cadence-heading" className="card stack-sm">
          <h2 id="cadence-heading">Your cadences</h2>
          <CadenceEditor
            key={JSON.stringify(due.data.cadences)}
            circles={(circles.data?.items ?? []).map((c) => c.name)}
            cadences={due.data.cadences}
          />
        </section>
      ) : null}
      {due.isPending ? (
        <Loading />
      ) : due.isError ? (
        <ErrorNotice error={due.error} onRetry={() => void due.refetch()} />
      ) : due.data.items.length === 0 ? (
        <p>Nobody is due: you are in touch with everyone in your circles.</p>
      ) : (
        groupByCircle(due.data.items).map(([circle, items], i) => (
          <section key={circle} aria-labelledby={`due-circle-${i}`} className="stack-sm">
            <h2 id={`due-circle-${i}`}>
              {circle} ({items.length} due)
            </h2>
            <ul className="plain-list stack-sm" aria-label={`Due in ${circle}`}>
              {items.map((item) => (
                <li key={`${circle}-${item.contact.id}`} className="card row-between">
                  <div>
                    <Link
                      to={`/contacts/${encodeURIComponent(item.contact.id)}`}
                      className="member-name"
                    >
                      {item.contact.name}
                    </Link>
                    <p>{item.reason}</p>
                  </div>
                  {typeof item.overdueDays === 'number' && item.overdueDays > 0 ? (
                    <span className="badge badge-warning">{item.overdueDays} days overdue</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}
