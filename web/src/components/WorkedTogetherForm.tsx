import { type FormEvent, useState } from 'react'
import { ApiError } from '../api/client.js'
import type { MemberSummary } from '../api/schema.js'
import { useProposeWorkedTogether } from '../hooks/useRecommendations.js'
import { useToast } from '../hooks/useToast.js'
import { FormError } from './FormError.js'
import { TextField } from './TextField.js'
import { YearRangeFields } from './YearRangeFields.js'

/** "We worked together": proposes an engagement that the other member confirms or declines. */
export function WorkedTogetherForm({ member }: { member: Pick<MemberSummary, 'id' | 'name'> }) {
  const propose = useProposeWorkedTogether()
  const toast = useToast()
  const [company, setCompany] = useState('')
  const [range, setRange] = useState({ from: '', to: '' })
  const fieldError = (path: string) =>
    propose.error instanceof ApiError ? propose.error.field(path) : undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    propose.mutate(
      {
        member: member.id,
        company: company.trim(),
        from: range.from.trim(),
        to: range.to.trim() === '' ? null : range.to.trim(),
      },
      {
        onSuccess: () => {
          toast.show({ message: `Proposed to ${member.name}: they confirm or decline.` })
          setCompany('')
          setRange({ from: '', to: '' })
          propose.reset()
        },
      },
    )
  }

  return (
    <section className="card stack-sm" aria-labelledby="worked-together-heading">
      <h2 id="worked-together-heading">We worked together</h2>
      <p className="muted">
        Say where and when; once {member.name} confirms, either of you may recommend the other.
      </p>
      <form className="stack-sm" onSubmit={submit} noValidate>
        <FormError error={propose.error} shownFields={['company', 'from', 'to']} />
        <TextField
          label="Company or project"
          required
          maxLength={200}
          value={company}
          onChange={(e) => setCompany(e.target.value)}
          error={fieldError('company')}
        />
        <YearRangeFields
          from={range.from}
          to={range.to}
          onChange={setRange}
          errorFor={fieldError}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={propose.isPending}>
            {propose.isPending ? 'Proposing…' : 'Propose'}
          </button>
        </div>
      </form>
    </section>
  )
}
