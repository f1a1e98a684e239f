import type { Invitation } from '../api/schema.js'
import { describeHowWeMet, formatDate } from '../lib/format.js'

/** The note and the how-we-met line, shared by both boxes. */
export function InvitationDetails({ invitation }: { invitation: Invitation }) {
  return (
    <div className="stack-sm">
      <blockquote className="note">
        <p>{invitation.note}</p>
      </blockquote>
      <p className="muted">
        {describeHowWeMet(invitation.howWeMet)}
        {' · '}
        <time dateTime={invitation.createdAt}>Sent {formatDate(invitation.createdAt)}</time>
      </p>
    </div>
  )
}
