import { type FormEvent, useState } from 'react'
import { errorMessage } from '../api/client.js'
import { useUpdateContact } from '../hooks/useContacts.js'
import { TextField } from './TextField.js'

interface CirclesEditorProps {
  contactId: string
  circles: string[]
  /** Circles the member already uses, offered as suggestions. */
  known: string[]
}

const SUGGESTED = ['clients', 'friends', 'partners']

/** Circles as removable chips and a field to add one; each change is saved at once. */
export function CirclesEditor({ contactId, circles, known }: CirclesEditorProps) {
  const update = useUpdateContact(contactId)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [announce, setAnnounce] = useState('')
  const listId = `${contactId}-circle-suggestions`

  function save(next: string[], message: string) {
    update.mutate(
      { circles: next },
      {
        onSuccess: () => {
          setError(undefined)
          setAnnounce(message)
        },
        onError: (e) => setError(errorMessage(e)),
      },
    )
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const name = draft.trim()
    if (!name) {
      setError('Name the circle, for example “clients”.')
      return
    }
    if (circles.some((c) => c.toLowerCase() === name.toLowerCase())) {
      setError(`Already in “${name}”.`)
      return
    }
    setDraft('')
    save([...circles, name], `Added to “${name}”.`)
  }

  const options = [...new Set([...SUGGESTED, ...known])].filter((c) => !circles.includes(c))

  return (
    <div className="stack-sm">
      {circles.length === 0 ? (
        <p className="muted">In no circle yet.</p>
      ) : (
        <ul className="chips" aria-label="Circles">
          {circles.map((circle) => (
            <li key={circle} className="chip">
              {circle}
              <button
                type="button"
                className="button button-ghost button-small"
                disabled={update.isPending}
                onClick={() =>
                  save(
                    circles.filter((c) => c !== circle),
                    `Removed from “${circle}”.`,
                  )
                }
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove from circle {circle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="search-form" onSubmit={add} noValidate>
        <TextField
          label="Add to circle"
          list={listId}
          value={draft}
          maxLength={60}
          onChange={(e) => setDraft(e.target.value)}
          error={error}
        />
        <datalist id={listId}>
          {options.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <button type="submit" className="button button-secondary" disabled={update.isPending}>
          Add
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  )
}
