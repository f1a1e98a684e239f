import { type FormEvent, useId, useState } from 'react'
import { errorMessage } from '../api/client.js'
import { useDeleteCircle, useRenameCircle } from '../hooks/useCircleActions.js'

/** Renames or deletes one circle (its contacts stay); shown when the list is filtered by it. */
export function CircleManager({
  circle,
  onRenamed,
}: {
  circle: string
  onRenamed(to: string): void
}) {
  const rename = useRenameCircle()
  const remove = useDeleteCircle()
  const [draft, setDraft] = useState(circle)
  const [error, setError] = useState<string | undefined>()
  const fieldId = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const to = draft.trim()
    if (!to || to === circle) return
    rename.mutate(
      { from: circle, to },
      { onSuccess: () => onRenamed(to), onError: (e) => setError(errorMessage(e)) },
    )
  }

  return (
    <form className="toolbar" aria-label={`Manage the circle ${circle}`} onSubmit={submit}>
      <div className="field">
        <label htmlFor={fieldId}>Rename circle</label>
        <input
          id={fieldId}
          value={draft}
          maxLength={60}
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-secondary" disabled={rename.isPending}>
        Rename
      </button>
      <button
        type="button"
        className="button button-ghost"
        disabled={remove.isPending}
        onClick={() =>
          remove.mutate(circle, {
            onSuccess: () => onRenamed(''),
            onError: (e) => setError(errorMessage(e)),
          })
        }
      >
        Delete circle
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
