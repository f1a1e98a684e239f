import { type FormEvent, useState } from 'react'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

const MAX = 10_000

/** A message box: plain text, up to 10,000 characters; cleared once the message is sent. */
export function MessageComposer({
  label,
  pending,
  error,
  onSend,
}: {
  label: string
  pending: boolean
  error: unknown
  onSend: (body: string) => Promise<unknown>
}) {
  const [body, setBody] = useState('')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (body.trim() === '') return
    try {
      await onSend(body)
      setBody('')
    } catch {
      // Shown by FormError from the mutation's error.
    }
  }
  return (
    <form className="stack-sm" onSubmit={(e) => void submit(e)}>
      <FormError error={error} />
      <TextArea
        label={label}
        value={body}
        maxLength={MAX}
        rows={4}
        required
        showCount
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit" className="button" disabled={pending || body.trim() === ''}>
        Send
      </button>
    </form>
  )
}
