import { type FormEvent, useState } from 'react'
import { useUpdateContact } from '../hooks/useContacts.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

/** Private notes on a contact, saved on demand. */
export function NotesEditor({ contactId, notes }: { contactId: string; notes: string }) {
  const update = useUpdateContact(contactId)
  const [draft, setDraft] = useState(notes)
  const [saved, setSaved] = useState(false)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSaved(false)
    update.mutate({ notes: draft }, { onSuccess: () => setSaved(true) })
  }

  return (
    <form className="stack-sm" onSubmit={submit} noValidate>
      <FormError error={update.error} shownFields={['notes']} />
      <TextArea
        label="Private notes"
        hint="Only you can read these."
        rows={4}
        maxLength={20_000}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value)
          setSaved(false)
        }}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-secondary"
          disabled={update.isPending || draft === notes}
        >
          {update.isPending ? 'Saving…' : 'Save notes'}
        </button>
        <span role="status" className="muted">
          {saved ? 'Notes saved.' : ''}
        </span>
      </div>
    </form>
  )
}
