import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { ApiError } from '../api/client.js'
import type { MemberSummary } from '../api/schema.js'
import { useSendInvitation } from '../hooks/useInvitationActions.js'
import { useToast } from '../hooks/useToast.js'
import { howWeMetFromDraft } from '../lib/how-we-met-draft.js'
import { FormError } from './FormError.js'
import { EMPTY_HOW_WE_MET, type HowWeMetDraft, HowWeMetFields } from './HowWeMetFields.js'
import { TextArea } from './TextArea.js'

const NOTE_MAX = 600

interface InviteDialogProps {
  member: Pick<MemberSummary, 'id' | 'name'>
  open: boolean
  onClose: () => void
}

/** A modal form: the native dialog keeps focus inside and closes on Escape. */
export function InviteDialog({ member, open, onClose }: InviteDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const send = useSendInvitation()
  const toast = useToast()
  const [note, setNote] = useState('')
  const [how, setHow] = useState<HowWeMetDraft>(EMPTY_HOW_WE_MET)
  const [noteError, setNoteError] = useState<string | undefined>()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const serverError = (path: string) =>
    send.error instanceof ApiError ? send.error.field(path) : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const trimmed = note.trim()
    if (trimmed.length === 0) {
      setNoteError('Write a short personal note; it is what they will read first.')
      return
    }
    setNoteError(undefined)
    send.mutate(
      { to: member.id, note: trimmed, howWeMet: howWeMetFromDraft(how) },
      {
        onSuccess: (result) => {
          const connected = 'connection' in result
          toast.show({
            message: connected
              ? `${member.name} had already invited you: you are now connected.`
              : `Invitation sent to ${member.name}.`,
          })
          setNote('')
          setHow(EMPTY_HOW_WE_MET)
          send.reset()
          onClose()
        },
      },
    )
  }

  const shown = [
    'to',
    'note',
    ...['kind', 'company', 'detail', 'from', 'to', 'place', 'date'].map((f) => `howWeMet.${f}`),
  ]

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <h2 id={titleId}>Invite {member.name} to connect</h2>
        <p className="muted">
          A connection is a relationship: say how you know each other and why you would like to
          connect. If they do not answer, Rapport never reminds them.
        </p>
        <FormError error={send.error} shownFields={shown} />
        <TextArea
          label="Personal note"
          required
          rows={4}
          maxLength={NOTE_MAX}
          showCount
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={noteError ?? serverError('note')}
        />
        <HowWeMetFields
          value={how}
          onChange={setHow}
          errorFor={(field) => serverError(`howWeMet.${field}`)}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={send.isPending}>
            {send.isPending ? 'Sending…' : 'Send invitation'}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
