import { type FormEvent, useId, useState } from 'react'
import { errorMessage } from '../api/client.js'
import { useChangeCircleContacts } from '../hooks/useCircleActions.js'

interface CircleBulkBarProps {
  selected: string[]
  known: string[]
  onDone(): void
}

/** Puts the selected contacts in a circle (a new name starts one) or takes them out of it. */
export function CircleBulkBar({ selected, known, onDone }: CircleBulkBarProps) {
  const change = useChangeCircleContacts()
  const [name, setName] = useState('')
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string | undefined>()
  const fieldId = useId()
  const listId = useId()

  function apply(kind: 'add' | 'remove') {
    const circle = name.trim()
    if (!circle) {
      setError('Name the circle, for example “clients”.')
      return
    }
    change.mutate(
      kind === 'add' ? { name: circle, add: selected } : { name: circle, remove: selected },
      {
        onSuccess: (result) => {
          setError(undefined)
          setMessage(
            `${kind === 'add' ? 'Added to' : 'Removed from'} “${circle}”: it now has ${result.count}.`,
          )
          onDone()
        },
        onError: (e) => setError(errorMessage(e)),
      },
    )
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    apply('add')
  }

  return (
    <form className="toolbar" aria-label="Circle for the selected contacts" onSubmit={submit}>
      <p>{selected.length} selected</p>
      <div className="field">
        <label htmlFor={fieldId}>Circle</label>
        <input
          id={fieldId}
          list={listId}
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <datalist id={listId}>
          {known.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <button type="submit" className="button" disabled={change.isPending || selected.length === 0}>
        Add to circle
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={change.isPending || selected.length === 0}
        onClick={() => apply('remove')}
      >
        Remove from circle
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </form>
  )
}
