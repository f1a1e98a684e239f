import { type FormEvent, useId, useState } from 'react'
import type { Engagement, MemberSummary } from '../api/schema.js'
import { useWriteRecommendation } from '../hooks/useRecommendations.js'
import { useToast } from '../hooks/useToast.js'
import { FormError } from './FormError.js'
import { TextArea } from './TextArea.js'

const BODY_MAX = 3000

interface WriteRecommendationFormProps {
  member: Pick<MemberSummary, 'id' | 'name'>
  /** The confirmed engagements with this member: only they allow a recommendation. */
  engagements: Engagement[]
}

/** A recommendation about one confirmed engagement; the member approves it before it shows. */
export function WriteRecommendationForm({ member, engagements }: WriteRecommendationFormProps) {
  const write = useWriteRecommendation()
  const toast = useToast()
  const selectId = useId()
  const [body, setBody] = useState('')
  const [engagement, setEngagement] = useState(engagements[0]?.id ?? '')

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    write.mutate(
      { for: member.id, body: body.trim(), engagement },
      {
        onSuccess: () => {
          toast.show({ message: `Recommendation sent to ${member.name} for approval.` })
          setBody('')
          write.reset()
        },
      },
    )
  }

  return (
    <section className="card stack-sm" aria-labelledby="write-recommendation-heading">
      <h2 id="write-recommendation-heading">Recommend {member.name}</h2>
      <form className="stack-sm" onSubmit={submit} noValidate>
        <FormError error={write.error} shownFields={['body']} />
        <div className="field">
          <label htmlFor={selectId}>Engagement</label>
          <select id={selectId} value={engagement} onChange={(e) => setEngagement(e.target.value)}>
            {engagements.map((e) => (
              <option key={e.id} value={e.id}>
                {e.line}
              </option>
            ))}
          </select>
        </div>
        <TextArea
          label="Recommendation"
          required
          rows={5}
          maxLength={BODY_MAX}
          showCount
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={write.isPending}>
            {write.isPending ? 'Sending…' : 'Send for approval'}
          </button>
        </div>
      </form>
    </section>
  )
}
