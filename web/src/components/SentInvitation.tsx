import { useState } from 'react'
import type { Invitation, InvitationStatus } from '../api/schema.js'
import { useInvitationAction } from '../hooks/useInvitationActions.js'
import { useToast } from '../hooks/useToast.js'
import { ConfirmPanel } from './ConfirmPanel.js'
import { ErrorNotice } from './ErrorNotice.js'
import { InvitationDetails } from './InvitationDetails.js'
import { MemberLink } from './MemberLink.js'

const STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
}

export function SentInvitation({ invitation }: { invitation: Invitation }) {
  const to = invitation.toMember
  const action = useInvitationAction()
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)

  function withdraw() {
    action.mutateAsync({ action: 'withdraw', id: invitation.id }).then(
      () => toast.show({ message: `Invitation to ${to.name} withdrawn.` }),
      () => undefined,
    )
  }

  return (
    <article className="card stack" aria-label={`Invitation to ${to.name}`}>
      <div className="row-between">
        <MemberLink member={to} />
        <span className={`badge badge-status-${invitation.status}`}>
          <span className="visually-hidden">Status: </span>
          {STATUS_LABELS[invitation.status]}
        </span>
      </div>
      <InvitationDetails invitation={invitation} />
      {action.isError ? <ErrorNotice error={action.error} /> : null}
      {invitation.status === 'pending' ? (
        confirming ? (
          <ConfirmPanel
            confirmLabel="Withdraw invitation"
            cancelLabel="Keep it"
            onConfirm={withdraw}
            onCancel={() => setConfirming(false)}
            busy={action.isPending}
          >
            <p>
              Withdraw this invitation? You will not be able to invite {to.name} again for 180 days.
            </p>
          </ConfirmPanel>
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(true)}
            >
              Withdraw
            </button>
          </div>
        )
      ) : null}
    </article>
  )
}
