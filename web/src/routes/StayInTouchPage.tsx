import { Link } from 'react-router'
import type { DueContact } from '../api/types.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InsightsNav } from '../components/InsightsNav.js'
import { Loading } from '../components/Loading.js'
import { useStayInTouch } from '../hooks/useInsights.js'

function cadenceWords(days: number): string {
  if (days === 7) return 'weekly'
  if (days === 14) return 'every two weeks'
  if (days >= 28 && days <= 31) return 'monthly'
  if (days >= 88 && days <= 92) return 'quarterly'
  if (days >= 180 && days <= 183) return 'twice a year'
  if (days >= 364 && days <= 366) return 'yearly'
  return `every ${days} days`
}

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
  const cadences = Object.entries(due.data?.cadences ?? {})
  return (
    <div className="stack-lg">
      <title>Stay in touch · Rapport</title>
      <h1>Stay in touch</h1>
      <InsightsNav />
      <p className="lead">
        Who is due a word, by the cadence you keep with each circle. Put contacts in circles from
        their page.
      </p>
      {cadences.length > 0 ? (
        <section aria-labelledby="cadence-heading" className="stack-sm">
          <h2 id="cadence-heading">Your cadences</h2>
          <ul className="chips">
            {cadences.map(([circle, days]) => (
              <li key={circle} className="chip">
                {circle}: {cadenceWords(days)}
              </li>
            ))}
          </ul>
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
