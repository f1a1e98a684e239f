import { type FormEvent, useState } from 'react'
import { ApiError } from '../api/client.js'
import type { Flags, Me, UpdateMeInput, Visibility } from '../api/schema.js'
import { useToast } from '../hooks/useToast.js'
import { useUpdateMe } from '../hooks/useUpdateMe.js'
import { FlagsFieldset } from './FlagsFieldset.js'
import { FormError } from './FormError.js'
import { newPositionDraft, type PositionDraft, PositionsEditor } from './PositionsEditor.js'
import { TextArea } from './TextArea.js'
import { TextField } from './TextField.js'
import { VisibilityFieldset } from './VisibilityFieldset.js'

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
}

export function ProfileForm({ me }: { me: Me }) {
  const update = useUpdateMe()
  const toast = useToast()
  const [name, setName] = useState(me.name)
  const [headline, setHeadline] = useState(me.headline)
  const [location, setLocation] = useState(me.location)
  const [valueProposition, setValueProposition] = useState(me.valueProposition)
  const [asks, setAsks] = useState(me.asks)
  const [positions, setPositions] = useState<PositionDraft[]>(() =>
    me.positions.map((p) => newPositionDraft(p)),
  )
  const [flags, setFlags] = useState<Flags>(me.flags)
  const [visibility, setVisibility] = useState<Visibility>(me.visibility)
  const [companies, setCompanies] = useState(me.careerStrategy.companies.join('\n'))
  const [roles, setRoles] = useState(me.careerStrategy.roles.join('\n'))

  const fieldError = (path: string) =>
    update.error instanceof ApiError ? update.error.field(path) : undefined

  const shownFields = [
    'name',
    'headline',
    'location',
    'valueProposition',
    'asks',
    'visibility',
    'careerStrategy.companies',
    'careerStrategy.roles',
    ...positions.flatMap((_, i) =>
      ['company', 'title', 'from', 'to'].map((f) => `positions.${i}.${f}`),
    ),
  ]

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const patch: UpdateMeInput = {
      name: name.trim(),
      headline: headline.trim(),
      location: location.trim(),
      valueProposition: valueProposition.trim(),
      asks: asks.trim(),
      positions: positions.map((p) => ({
        company: p.company.trim(),
        title: p.title.trim(),
        from: p.from?.trim() || null,
        to: p.to?.trim() || null,
      })),
      flags,
      visibility,
      careerStrategy: { companies: lines(companies), roles: lines(roles) },
    }
    update.mutate(patch, {
      onSuccess: (saved) => {
        setPositions(saved.positions.map((p) => newPositionDraft(p)))
        toast.show({ message: 'Profile saved.' })
      },
    })
  }

  return (
    <form className="stack-lg" onSubmit={submit} noValidate aria-describedby="profile-intro">
      <p id="profile-intro" className="muted">
        Fields marked * are required. Your career strategy is visible only to you.
      </p>
      <FormError error={update.error} shownFields={shownFields} />

      <section className="card stack" aria-labelledby="basics-heading">
        <h2 id="basics-heading">Basics</h2>
        <TextField
          label="Name"
          value={name}
          required
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <TextField
          label="Headline"
          hint="One line about what you do, e.g. “Executive search for fintech”"
          value={headline}
          maxLength={200}
          onChange={(e) => setHeadline(e.target.value)}
          error={fieldError('headline')}
        />
        <TextField
          label="Location"
          value={location}
          autoComplete="address-level2"
          onChange={(e) => setLocation(e.target.value)}
          error={fieldError('location')}
        />
      </section>

      <section className="card stack" aria-labelledby="give-heading">
        <h2 id="give-heading">Give and ask</h2>
        <TextArea
          label="How I can help"
          hint="Your value proposition: what you can offer the people you know."
          rows={3}
          value={valueProposition}
          onChange={(e) => setValueProposition(e.target.value)}
          error={fieldError('valueProposition')}
        />
        <TextArea
          label="What I'm looking for"
          hint="Your asks: introductions, roles, advice, partners."
          rows={3}
          value={asks}
          onChange={(e) => setAsks(e.target.value)}
          error={fieldError('asks')}
        />
      </section>

      <section className="card stack" aria-labelledby="positions-heading">
        <h2 id="positions-heading">Positions</h2>
        <PositionsEditor positions={positions} onChange={setPositions} errorFor={fieldError} />
      </section>

      <section className="card stack" aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <FlagsFieldset value={flags} onChange={setFlags} />
      </section>

      <section className="card stack" aria-labelledby="strategy-heading">
        <h2 id="strategy-heading">
          Career strategy <span className="badge badge-private">Private</span>
        </h2>
        <p className="muted">
          Only you see this. Rapport uses it to show who could introduce you at each target.
        </p>
        <div className="grid-2">
          <TextArea
            label="Target companies"
            hint="One per line"
            rows={4}
            value={companies}
            onChange={(e) => setCompanies(e.target.value)}
            error={fieldError('careerStrategy.companies')}
          />
          <TextArea
            label="Target roles"
            hint="One per line"
            rows={4}
            value={roles}
            onChange={(e) => setRoles(e.target.value)}
            error={fieldError('careerStrategy.roles')}
          />
        </div>
      </section>

      <section className="card stack" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Network privacy</h2>
        <VisibilityFieldset
          value={visibility}
          onChange={setVisibility}
          error={fieldError('visibility')}
        />
      </section>

      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  )
}
