import { type FormEvent, useId, useState } from 'react'
import { ApiError } from '../api/client.js'
import type { InteractionKind } from '../api/schema.js'
import { useLogInteraction } from '../hooks/useContacts.js'
import { useToast } from '../hooks/useToast.js'
import { FormError } from './FormError.js'
import { INTERACTION_LABELS, LOGGABLE_KINDS } from './interaction-kinds.js'
import { TextArea } from './TextArea.js'
import { TextField } from './TextField.js'

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A calendar date as the noon of that day in UTC, so the day survives any time zone. */
function dateToIso(date: string): string {
  return `${date}T12:00:00.000Z`
}

/** Records by hand what the platform cannot see: a call, a lunch, a favour. */
export function InteractionForm({ contactId, name }: { contactId: string; name: string }) {
  const log = useLogInteraction(contactId)
  const toast = useToast()
  const kindId = useId()
  const [kind, setKind] = useState<InteractionKind>('meeting')
  const [date, setDate] = useState(today)
  const [note, setNote] = useState('')
  const [dateError, setDateError] = useState<string | undefined>()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateError('Give the day it happened.')
      return
    }
    if (date > today()) {
      setDateError('That day has not come yet.')
      return
    }
    setDateError(undefined)
    const trimmed = note.trim()
    log.mutate(
      { kind, at: dateToIso(date), ...(trimmed ? { note: trimmed } : {}) },
      {
        onSuccess: () => {
          toast.show({ message: `${INTERACTION_LABELS[kind]} with ${name} logged.` })
          setNote('')
          log.reset()
        },
      },
    )
  }

  const serverError = (path: string) =>
    log.error instanceof ApiError ? log.error.field(path) : undefined

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${kindId}-heading`}>
      <h2 id={`${kindId}-heading`}>Log an interaction</h2>
      <FormError error={log.error} shownFields={['kind', 'at', 'note']} />
      <div className="grid-2">
        <div className="field">
          <label htmlFor={kindId}>What happened</label>
          <select
            id={kindId}
            value={kind}
            onChange={(e) => setKind(e.target.value as InteractionKind)}
          >
            {LOGGABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {INTERACTION_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="When"
          type="date"
          required
          max={today()}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={dateError ?? serverError('at')}
        />
      </div>
      <TextArea
        label="Note"
        hint="Optional, private to you"
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={serverError('note')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log interaction'}
        </button>
      </div>
    </form>
  )
}
