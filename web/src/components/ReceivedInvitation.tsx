import { useState } from 'react'
import type { Invitation } from '../api/schema.js'
import { useInvitationAction } from '../hooks/useInvitationActions.js'
import { useToast } from '../hooks/useToast.js'
import { ConfirmPanel } from './ConfirmPanel.js'
import { ErrorNotice } from './ErrorNotice.js'
import { InvitationDetails } from './InvitationDetails.js'
import { MemberLink } from './MemberLink.js'

export function ReceivedInvitation({ invitation }: { invitation: Invitation }) {
  const from = invitation.fromMember
  const action = useInvitationAction()
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)

  // @NOTE The card unmounts once the answered invitation leaves the list, so the toast hangs
  // off the promise rather than per-call callbacks that an unmounted observer would drop.
  function answer(kind: 'accept' | 'ignore' | 'dont-know', message: string) {
    action.mutateAsync({ action: kind, id: invitation.id }).then(
      () => toast.show({ message }),
      () => undefined,
    )
  }
  const accept = () => answer('accept', `You are now connected with ${from.name}.`)
  const ignore = () => answer('ignore', `Invitation ignored. ${from.name} is not told.`)
  const dontKnow = () => answer('dont-know', `Done. ${from.name} cannot invite you again.`)

  return (
    <article className="card stack" aria-label={`Invitation from ${from.name}`}>
      <MemberLink member={from} />
      {invitation.senderOpenNetworker ? (
        <div className="stack">
          <p className="badges">
            <span className="badge badge-warning">Likely open networker</span>
          </p>
          <ul className="muted" aria-label={`Why ${from.name} looks like an open networker`}>
            {invitation.senderOpenNetworker.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <InvitationDetails invitation={invitation} />
      {action.isError ? <ErrorNotice error={action.error} /> : null}
      {confirming ? (
        <ConfirmPanel
          confirmLabel="Yes, I don't know them"
          cancelLabel="Cancel"
          onConfirm={dontKnow}
          onCancel={() => setConfirming(false)}
          busy={action.isPending}
        >
          <p>
            <strong>Say you don't know {from.name}?</strong> The invitation is declined, {from.name}{' '}
            can never invite you again, and it counts as an unwanted approach on their record. They
            are not told.
          </p>
        </ConfirmPanel>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={accept} disabled={action.isPending}>
            Accept
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={ignore}
            disabled={action.isPending}
          >
            Ignore
          </button>
          <button
            type="button"
            className="button button-ghost"
            onClick={() => setConfirming(true)}
            disabled={action.isPending}
          >
            I don't know this person
          </button>
        </div>
      )}
    </article>
  )
}
