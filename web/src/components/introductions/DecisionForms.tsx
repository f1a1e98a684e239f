import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import { ApiError } from '../../api/client.js'
import { type Introduction, useDecideIntroduction } from '../../hooks/useIntroductions.js'
import { FormError } from '../FormError.js'
import { TextArea } from '../TextArea.js'

/** Declining, with a reason that stays with whoever gives it. */
function DeclineForm({ id, who }: { id: string; who: string }) {
  const decide = useDecideIntroduction(id)
  const [reason, setReason] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    const trimmed = reason.trim()
    decide.mutate({ action: 'decline', ...(trimmed === '' ? {} : { reason: trimmed }) })
  }
  return (
    <form className="stack-sm" onSubmit={submit} aria-label="Decline">
      <TextArea
        label="Private reason (optional)"
        hint={`Only you will see it; ${who} sees “not this time”, nothing more.`}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <FormError error={decide.error} />
      <div>
        <button type="submit" className="button button-secondary" disabled={decide.isPending}>
          Decline
        </button>
      </div>
    </form>
  )
}

/** The introducer vouches with a note, which opens the conversation if the target accepts. */
export function IntroducerDecision({ item }: { item: Introduction }) {
  const decide = useDecideIntroduction(item.id)
  const [note, setNote] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    decide.mutate({ action: 'forward', note })
  }
  const noteError = decide.error instanceof ApiError ? decide.error.field('note') : undefined
  return (
    <section className="card stack" aria-labelledby="decide-heading">
      <h2 id="decide-heading">Your decision</h2>
      <form className="stack-sm" onSubmit={submit} aria-label="Forward">
        <TextArea
          label={`Why you vouch for ${item.requester.name}`}
          hint={`${item.target.name} reads it with the request; it opens the conversation if they accept.`}
          required
          maxLength={1000}
          showCount
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={noteError}
        />
        <FormError error={decide.error} shownFields={['note']} />
        <div>
          <button type="submit" className="button" disabled={decide.isPending}>
            Forward to {item.target.name}
          </button>
        </div>
      </form>
      <DeclineForm id={item.id} who={item.requester.name} />
    </section>
  )
}

/** The target accepts, which opens the three-way conversation, or declines. */
export function TargetDecision({ item }: { item: Introduction }) {
  const decide = useDecideIntroduction(item.id)
  const navigate = useNavigate()
  return (
    <section className="card stack" aria-labelledby="decide-heading">
      <h2 id="decide-heading">Your decision</h2>
      <p className="muted">
        Accepting opens a conversation between you, {item.requester.name} and {item.introducer.name}
        .
      </p>
      <FormError error={decide.error} />
      <div>
        <button
          type="button"
          className="button"
          disabled={decide.isPending}
          onClick={() =>
            decide.mutate(
              { action: 'accept' },
              {
                onSuccess: (conversationId) => {
                  if (conversationId) void navigate(`/messages/${conversationId}`)
                },
              },
            )
          }
        >
          Accept the introduction
        </button>
      </div>
      <DeclineForm id={item.id} who={`${item.requester.name} and ${item.introducer.name}`} />
    </section>
  )
}
