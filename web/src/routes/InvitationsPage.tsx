import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { ReceivedInvitation } from '../components/ReceivedInvitation.js'
import { SentInvitation } from '../components/SentInvitation.js'
import { useInvitations } from '../hooks/useInvitations.js'

export function InvitationsPage() {
  const received = useInvitations('received')
  const sent = useInvitations('sent')
  const waiting = received.data?.items.filter((i) => i.status === 'pending') ?? []
  const sentItems = sent.data?.items ?? []

  return (
    <div className="stack-lg">
      <title>Invitations · Rapport</title>
      <h1>Invitations</h1>
      <section aria-labelledby="received-heading" className="stack">
        <h2 id="received-heading">Received</h2>
        <p className="muted">
          Accept only people you know and trust. Ignoring is silent: the sender is not told and
          cannot invite you again for 180 days.
        </p>
        {received.isPending ? (
          <Loading />
        ) : received.isError ? (
          <ErrorNotice error={received.error} onRetry={() => void received.refetch()} />
        ) : waiting.length === 0 ? (
          <p>No invitations are waiting for you.</p>
        ) : (
          <ul className="plain-list stack">
            {waiting.map((invitation) => (
              <li key={invitation.id}>
                <ReceivedInvitation invitation={invitation} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sent-heading" className="stack">
        <h2 id="sent-heading">Sent</h2>
        {sent.isPending ? (
          <Loading />
        ) : sent.isError ? (
          <ErrorNotice error={sent.error} onRetry={() => void sent.refetch()} />
        ) : sentItems.length === 0 ? (
          <p>You have not sent any invitations.</p>
        ) : (
          <ul className="plain-list stack">
            {sentItems.map((invitation) => (
              <li key={invitation.id}>
                <SentInvitation invitation={invitation} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
