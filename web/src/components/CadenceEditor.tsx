import { type FormEvent, useId, useState } from 'react'
import { useSetCadences } from '../hooks/useInsights.js'
import { FormError } from './FormError.js'

const CHOICES: ReadonlyArray<{ days: number; label: string }> = [
  { days: 0, label: 'No cadence' },
  { days: 7, label: 'Weekly' },
  { days: 14, label: 'Every two weeks' },
  { days: 30, label: 'Monthly' },
  { days: 91, label: 'Quarterly' },
  { days: 182, label: 'Twice a year' },
  { days: 365, label: 'Yearly' },
]

interface CadenceEditorProps {
  circles: string[]
  cadences: Record<string, number>
}

/** One cadence per circle; saving replaces them all. */
export function CadenceEditor({ circles, cadences }: CadenceEditorProps) {
  const set = useSetCadences()
  const id = useId()
  const [draft, setDraft] = useState<Record<string, number>>(cadences)
  const [saved, setSaved] = useState(false)
  const names = [...new Set([...Object.keys(cadences), ...circles])].sort()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSaved(false)
    const chosen = Object.fromEntries(Object.entries(draft).filter(([, days]) => days > 0))
    set.mutate(chosen, { onSuccess: () => setSaved(true) })
  }

  if (names.length === 0) {
    return (
      <p className="muted">
        Put contacts in circles (clients, friends, partners…) from their page, then choose how often
        to be in touch with each circle.
      </p>
    )
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormError error={set.error} />
      <div className="toolbar">
        {names.map((circle, i) => {
          const value = draft[circle] ?? 0
          const known = CHOICES.some((c) => c.days === value)
          return (
            <div key={circle} className="field">
              <label htmlFor={`${id}-${i}`}>{circle}</label>
              <select
                id={`${id}-${i}`}
                value={value}
                onChange={(e) => {
                  setSaved(false)
                  setDraft((d) => ({ ...d, [circle]: Number(e.target.value) }))
                }}
              >
                {CHOICES.map((choice) => (
                  <option key={choice.days} value={choice.days}>
                    {choice.label}
                  </option>
                ))}
                {known ? null : <option value={value}>Every {value} days</option>}
              </select>
            </div>
          )
        })}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={set.isPending}>
          {set.isPending ? 'Saving…' : 'Save cadences'}
        </button>
        <span role="status" className="muted">
          {saved ? 'Cadences saved.' : ''}
        </span>
      </div>
    </form>
  )
}
