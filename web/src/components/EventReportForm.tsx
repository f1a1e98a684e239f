import { type FormEvent, useState } from 'react'
import { useReportAttendee } from '../hooks/useEvents.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

/**
 * An attendee tells the host that another solicits, with what happened if they want. Folded
 * away: the list is for meeting people.
 */
export function EventReportForm({
  eventId,
  memberId,
  name,
}: {
  eventId: string
  memberId: string
  name: string
}) {
  const report = useReportAttendee(eventId)
  const [note, setNote] = useState('')

  function submit(e: FormEvent) {
    e.preventDefault()
    const trimmed = note.trim()
    report.mutate({ subjectId: memberId, ...(trimmed === '' ? {} : { note: trimmed }) })
  }

  if (report.isSuccess) return <p role="status">Reported {name} to the host.</p>
  return (
    <details>
      <summary>Report {name} for soliciting</summary>
      <form className="stack" onSubmit={submit} aria-label={`Report ${name}`}>
        <TextArea
          label="What happened, for the host (optional)"
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <FormError error={report.error} />
        <div>
          <button type="submit" className="button" disabled={report.isPending}>
            Send report
          </button>
        </div>
      </form>
    </details>
  )
}
