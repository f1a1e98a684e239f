import type { Recommendation } from '../api/schema.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import {
  type RecommendationDecision,
  useAnswerWorkedTogether,
  useDecideRecommendation,
  useRecommendations,
  useWorkedTogether,
} from '../hooks/useRecommendations.js'

const DECISIONS: Record<
  Recommendation['status'],
  { action: RecommendationDecision; label: string }[]
> = {
  pending: [
    { action: 'approve', label: 'Approve' },
    { action: 'hide', label: 'Hide' },
  ],
  approved: [{ action: 'hide', label: 'Hide from my profile' }],
  hidden: [{ action: 'unhide', label: 'Show again' }],
}

const STATUS_LABELS: Record<Recommendation['status'], string> = {
  pending: 'Waiting for approval',
  approved: 'On the profile',
  hidden: 'Hidden',
}

/** Proposals to confirm, recommendations to approve or hide, and what I proposed and wrote. */
export function RecommendationsPage() {
  const workedTogether = useWorkedTogether()
  const received = useRecommendations('received')
  const written = useRecommendations('written')
  const answer = useAnswerWorkedTogether()
  const decide = useDecideRecommendation()

  const records = workedTogether.data?.items ?? []
  const toMe = records.filter((w) => w.direction === 'to_me' && w.status === 'proposed')
  const confirmed = records.filter((w) => w.status === 'confirmed')
  const byMe = records.filter((w) => w.direction === 'by_me' && w.status === 'proposed')

  return (
    <div className="stack-lg">
      <title>Recommendations · Rapport</title>
      <h1>Recommendations</h1>
      <p className="muted">
        A recommendation is only possible between people who both confirmed that they worked
        together, and it shows on a profile only once its subject approves it.
      </p>

      <section aria-labelledby="proposals-heading" className="stack">
        <h2 id="proposals-heading">Did you work together?</h2>
        {workedTogether.isPending ? (
          <Loading />
        ) : workedTogether.isError ? (
          <ErrorNotice error={workedTogether.error} onRetry={() => void workedTogether.refetch()} />
        ) : toMe.length === 0 ? (
          <p>No proposals are waiting for you.</p>
        ) : (
          <ul className="plain-list stack">
            {toMe.map((w) => (
              <li key={w.id} className="card stack-sm">
                <MemberLink member={w.member} />
                <p>{w.engagement.line}</p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ id: w.id, answer: 'confirm' })}
                  >
                    Confirm
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ id: w.id, answer: 'decline' })}
                  >
                    Decline
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="received-heading" className="stack">
        <h2 id="received-heading">Written for you</h2>
        {received.isPending ? (
          <Loading />
        ) : received.isError ? (
          <ErrorNotice error={received.error} onRetry={() => void received.refetch()} />
        ) : (received.data?.items.length ?? 0) === 0 ? (
          <p>Nobody has recommended you yet.</p>
        ) : (
          <ul className="plain-list stack">
            {received.data?.items.map((r) => (
              <li key={r.id} className="card stack-sm">
                <MemberLink member={r.author} />
                <p className="muted">{r.engagement.line}</p>
                <p className="prose">{r.body}</p>
                <p className="badge">{STATUS_LABELS[r.status]}</p>
                <div className="form-actions">
                  {DECISIONS[r.status].map(({ action, label }) => (
                    <button
                      key={action}
                      type="button"
                      className={action === 'approve' ? 'button' : 'button button-secondary'}
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: r.id, action })}
                    >
                      {label}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mine-heading" className="stack">
        <h2 id="mine-heading">Yours</h2>
        {confirmed.length > 0 ? (
          <>
            <h3>Confirmed by both</h3>
            <ul className="plain-list stack-sm">
              {confirmed.map((w) => (
                <li key={w.id}>
                  <MemberLink member={w.member} />
                  <p className="muted">{w.engagement.line}</p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {byMe.length > 0 ? (
          <>
            <h3>Proposed by you</h3>
            <ul className="plain-list stack-sm">
              {byMe.map((w) => (
                <li key={w.id}>
                  <MemberLink member={w.member} />
                  <p className="muted">{w.engagement.line}</p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {(written.data?.items.length ?? 0) > 0 ? (
          <>
            <h3>Written by you</h3>
            <ul className="plain-list stack-sm">
              {written.data?.items.map((r) => (
                <li key={r.id} className="stack-sm">
                  <MemberLink member={r.subject} />
                  <p className="muted">
                    {r.engagement.line} · {STATUS_LABELS[r.status]}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {confirmed.length + byMe.length + (written.data?.items.length ?? 0) === 0 ? (
          <p>
            Nothing yet. On a colleague's page, say that you worked together; once they confirm, you
            can recommend them.
          </p>
        ) : null}
      </section>
    </div>
  )
}
