import { type FormEvent, useId, useState } from 'react'
import { introductionOutcomeKindValues } from '../../api/enums.js'
import type { components } from '../../api/schema.js'
import { type OutcomeKind, useRecordOutcome } from '../../hooks/useIntroductions.js'
import { FormError } from '../FormError.js'
import { OUTCOME_LABELS } from './status-words.js'

type Question = components['schemas']['OutcomeQuestion']

/** Asked once, thirty days after an introduction was made: what did it lead to? */
export function OutcomeQuestion({ question }: { question: Question }) {
  const record = useRecordOutcome(question.introductionId)
  const headingId = useId()
  const [kind, setKind] = useState<OutcomeKind | ''>('')
  const [note, setNote] = useState('')

  function submit(event: FormEvent) {
    event.preventDefault()
    if (kind === '') return
    const trimmed = note.trim()
    record.mutate(trimmed === '' ? { kind } : { kind, note: trimmed })
  }

  return (
    <form className="card stack-sm" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>
        What did meeting {question.with.name} lead to? ({question.introducer.name} introduced you)
      </h3>
      <label className="field">
        <span>It led to</span>
        <select required value={kind} onChange={(e) => setKind(e.target.value as OutcomeKind)}>
          <option value="">Choose…</option>
          {introductionOutcomeKindValues.map((k) => (
            <option key={k} value={k}>
              {OUTCOME_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>A note for yourself (optional)</span>
        <input maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormError error={record.error} />
      <div>
        <button type="submit" className="button" disabled={record.isPending || kind === ''}>
          Save
        </button>
      </div>
    </form>
  )
}
