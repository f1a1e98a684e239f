import { type FormEvent, useState } from 'react'
import { reportReasonValues } from '../api/enums.js'
import { type ReportReason, useReportMember } from '../hooks/useReportMember.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

const REASON_LABELS: Record<ReportReason, string> = {
  soliciting: 'Soliciting',
  spam: 'Spam',
  fake_profile: 'Fake profile',
}

/**
 * Tells the instance's operator about a profile. Folded away by default: reporting is rare, and
 * the page is about the person, not about moderation.
 */
export function ReportMemberForm({ memberId, name }: { memberId: string; name: string }) {
  const report = useReportMember(memberId)
  const [reason, setReason] = useState<ReportReason | ''>('')
  const [note, setNote] = useState('')

  function submit(event: FormEvent) {
    event.preventDefault()
    if (reason === '') return
    report.mutate({ reason, note: note.trim() })
  }

  if (report.isSuccess) {
    return (
      <p className="card" role="status">
        Thank you: your report about {name} went to the operator, who will look at it. {name} is not
        told who reported them.
      </p>
    )
  }
  return (
    <details className="card">
      <summary>Report this profile</summary>
      <form className="stack" onSubmit={submit} aria-label={`Report ${name}`}>
        <p className="muted">
          Tell the operator of this community if this profile solicits, sends spam or is not a real
          person.
        </p>
        <label className="field">
          <span>Reason</span>
          <select
            required
            value={reason}
            onChange={(e) => setReason(e.target.value as ReportReason)}
          >
            <option value="">Choose…</option>
            {reportReasonValues.map((r) => (
              <option key={r} value={r}>
                {REASON_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <TextArea
          label="Note for the operator (optional)"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <FormError error={report.error} />
        <div>
          <button type="submit" className="button" disabled={report.isPending || reason === ''}>
            Send report
          </button>
        </div>
      </form>
    </details>
  )
}
