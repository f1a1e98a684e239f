import type { Message } from '../api/schema.js'
import { useAcceptOffer } from '../hooks/useMessages.js'
import { FormError } from './FormError.js'

const WORDS = {
  introduction: 'an introduction',
  advice: 'advice',
  referral: 'a referral',
  reference: 'a reference',
} as const

/** An offer of help in a conversation: what is offered, and Accept for the one it was made to. */
export function OfferStatus({ message }: { message: Message }) {
  const accept = useAcceptOffer()
  const offer = message.offer
  if (offer === null) return null
  return (
    <div className="stack-sm">
      <p className="badges">
        <span className="badge">Offer of {WORDS[offer.kind]}</span>
        {offer.acceptedAt ? <span className="badge badge-status-accepted">Accepted</span> : null}
      </p>
      {!offer.acceptedAt && !message.mine && message.sender.id !== null ? (
        <>
          <FormError error={accept.error} />
          <button
            type="button"
            className="button button-small"
            disabled={accept.isPending}
            onClick={() => accept.mutate(message.id)}
          >
            Accept the offer
          </button>
        </>
      ) : null}
    </div>
  )
}
