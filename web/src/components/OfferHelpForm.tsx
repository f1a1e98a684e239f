import { type FormEvent, useState } from 'react'
import { offerKindValues } from '../api/enums.js'
import type { OfferKind } from '../api/schema.js'
import { useOfferHelp } from '../hooks/useMessages.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

const LABELS: Record<OfferKind, string> = {
  introduction: 'An introduction',
  advice: 'Advice',
  referral: 'A referral',
  reference: 'A reference',
}

/** "How can I help?": offers a connection help, sent to them as a message they can accept. */
export function OfferHelpForm({ memberId, name }: { memberId: string; name: string }) {
  const offer = useOfferHelp()
  const [kind, setKind] = useState<OfferKind>('introduction')
  const [body, setBody] = useState('')
  const [sent, setSent] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await offer.mutateAsync({ to: memberId, kind, body })
      setBody('')
      setSent(true)
    } catch {
      // Shown by FormError.
    }
  }
  return (
    <section className="card stack-sm" aria-labelledby="offer-heading">
      <h2 id="offer-heading">How can I help?</h2>
      <form className="stack-sm" onSubmit={(e) => void submit(e)}>
        <FormError error={offer.error} />
        <fieldset className="stack-sm">
          <legend>What you offer {name}</legend>
          {offerKindValues.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="offer-kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />{' '}
              {LABELS[value]}
            </label>
          ))}
        </fieldset>
        <TextArea
          label="Your offer"
          value={body}
          rows={3}
          maxLength={10_000}
          required
          onChange={(e) => {
            setBody(e.target.value)
            setSent(false)
          }}
        />
        <button type="submit" className="button" disabled={offer.isPending || body.trim() === ''}>
          Offer help
        </button>
        {sent ? <p role="status">Your offer was sent to {name}.</p> : null}
      </form>
    </section>
  )
}
