import { type FormEvent, useState } from 'react'
import { messageRequestPurposeValues } from '../api/enums.js'
import { type MessageRequestPurpose, useSendMessageRequest } from '../hooks/useMessageRequests.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

const PURPOSE_LABELS: Record<MessageRequestPurpose, string> = {
  job: 'A job',
  sales: 'Sales',
  investment: 'Investment',
  introduction: 'An introduction',
  advice: 'Advice',
  other: 'Something else',
}

/** A message request to a non-connection: it lands in their requests tray, with its purpose. */
export function MessageRequestForm({ memberId, name }: { memberId: string; name: string }) {
  const send = useSendMessageRequest()
  const [purpose, setPurpose] = useState<MessageRequestPurpose | ''>('')
  const [body, setBody] = useState('')

  function submit(event: FormEvent) {
    event.preventDefault()
    if (purpose === '') return
    send.mutate({ to: memberId, body, purpose })
  }

  if (send.isSuccess) {
    return <p role="status">Your request to {name} was delivered.</p>
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="request-heading">
      <h2 id="request-heading">Send {name} a message request</h2>
      <p className="muted">
        You are not connected: your message goes to their requests tray. One request per person
        every 30 days.
      </p>
      <label className="field">
        <span>Purpose</span>
        <select
          required
          value={purpose}
          onChange={(e) => setPurpose(e.target.value as MessageRequestPurpose)}
        >
          <option value="">Choose…</option>
          {messageRequestPurposeValues.map((p) => (
            <option key={p} value={p}>
              {PURPOSE_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <TextArea
        label="Message"
        required
        maxLength={10000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <FormError error={send.error} />
      <div>
        <button type="submit" className="button" disabled={send.isPending || purpose === ''}>
          Send request
        </button>
      </div>
    </form>
  )
}
