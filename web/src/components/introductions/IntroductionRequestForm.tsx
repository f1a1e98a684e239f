import { type FormEvent, useId, useState } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../../api/client.js'
import type { MemberSummary } from '../../api/schema.js'
import {
  type IntroductionKind,
  useIntroducerBar,
  useRequestIntroduction,
} from '../../hooks/useIntroductions.js'
import { FormError } from '../FormError.js'
import { TextArea } from '../TextArea.js'

const VALUE_MIN = 20
const VALUE_MAX = 1000
const FIELDS = ['valueForTarget', 'valueForRequester'] as const

interface IntroductionRequestFormProps {
  target: Pick<MemberSummary, 'id' | 'name'>
  /** Who could introduce the member to the target, best path first. */
  introducers: readonly MemberSummary[]
  /** The introducer the form opens with (the path it was opened from). */
  initialVia?: string | undefined
  onClose?: () => void
}

/** What the introducer's bar lets the requester know: whether it is there, never where. */
function BarNote({ introducer }: { introducer: MemberSummary }) {
  const bar = useIntroducerBar(introducer.id)
  if (bar.data?.takesRequestsFrom !== 'close_ties') return null
  return (
    <p className="muted" role="note">
      {introducer.name} only takes introduction requests from close ties
      {bar.data.openToStudentsAndTransition ? ', and from students and people in transition.' : '.'}
    </p>
  )
}

/** The words a 422 or 429 of the request comes with, or none for anything else. */
function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.field(field) : undefined
}

/**
 * Asks a connection to introduce the member to one of theirs: the value on both sides, and for a
 * referral the résumé. Nothing reaches the target unless the introducer forwards it.
 */
export function IntroductionRequestForm({
  target,
  introducers,
  initialVia,
  onClose,
}: IntroductionRequestFormProps) {
  const request = useRequestIntroduction()
  const headingId = useId()
  const [via, setVia] = useState(initialVia ?? introducers[0]?.id ?? '')
  const [kind, setKind] = useState<IntroductionKind>('introduction')
  const [valueForTarget, setValueForTarget] = useState('')
  const [valueForRequester, setValueForRequester] = useState('')
  const [resume, setResume] = useState<File | null>(null)
  const introducer = introducers.find((m) => m.id === via)

  function submit(event: FormEvent) {
    event.preventDefault()
    request.mutate({ kind, via, target: target.id, valueForTarget, valueForRequester, resume })
  }

  if (request.isSuccess) {
    return (
      <div className="card stack-sm" role="status">
        <p>
          Your request went to {introducer?.name ?? 'your connection'}. {target.name} hears of it
          only if they pass it on.
        </p>
        <p>
          <Link to="/introductions">Follow it in Introductions</Link>
        </p>
      </div>
    )
  }
  const error = request.error
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>Ask for an introduction to {target.name}</h3>
      <p className="muted">
        Say what is in it for both sides: your connection reads both, and {target.name} too if they
        pass it on. Requests nobody answers end quietly after 14 days.
      </p>
      <label className="field">
        <span>Introducer</span>
        <select required value={via} onChange={(e) => setVia(e.target.value)}>
          {introducers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {introducer ? <BarNote introducer={introducer} /> : null}
      <fieldset className="field">
        <legend>Kind</legend>
        <label>
          <input
            type="radio"
            name="kind"
            checked={kind === 'introduction'}
            onChange={() => setKind('introduction')}
          />{' '}
          An introduction
        </label>
        <label>
          <input
            type="radio"
            name="kind"
            checked={kind === 'referral'}
            onChange={() => setKind('referral')}
          />{' '}
          A referral for a job, with my résumé
        </label>
      </fieldset>
      <TextArea
        label={`Value for ${target.name}`}
        hint="Why they would want to meet you."
        required
        minLength={VALUE_MIN}
        maxLength={VALUE_MAX}
        showCount
        value={valueForTarget}
        onChange={(e) => setValueForTarget(e.target.value)}
        error={fieldError(error, 'valueForTarget')}
      />
      <TextArea
        label="Value for you"
        hint="What you hope for from the introduction."
        required
        minLength={VALUE_MIN}
        maxLength={VALUE_MAX}
        showCount
        value={valueForRequester}
        onChange={(e) => setValueForRequester(e.target.value)}
        error={fieldError(error, 'valueForRequester')}
      />
      {kind === 'referral' ? (
        <label className="field">
          <span>Résumé (PDF, at most 5 MB)</span>
          <input
            type="file"
            accept="application/pdf,.pdf"
            required
            onChange={(e) => setResume(e.target.files?.[0] ?? null)}
          />
        </label>
      ) : null}
      <FormError error={error} shownFields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={request.isPending || via === ''}>
          {kind === 'referral' ? 'Ask for a referral' : 'Ask for the introduction'}
        </button>
        {onClose ? (
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
