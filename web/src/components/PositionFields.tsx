import type { PositionDraft } from './PositionsEditor.js'
import { SeniorityBadge } from './SeniorityBadge.js'
import { TextField } from './TextField.js'

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?'

interface PositionFieldsProps {
  index: number
  position: PositionDraft
  onChange: (next: PositionDraft) => void
  onRemove: () => void
  errorFor: (field: string) => string | undefined
}

export function PositionFields({
  index,
  position,
  onChange,
  onRemove,
  errorFor,
}: PositionFieldsProps) {
  const label =
    position.title || position.company
      ? `${position.title || 'Position'}${position.company ? ` at ${position.company}` : ''}`
      : `Position ${index + 1}`
  return (
    <fieldset className="position">
      <legend>{label}</legend>
      <div className="grid-2">
        <TextField
          label="Company"
          value={position.company}
          required
          autoComplete="organization"
          onChange={(e) => onChange({ ...position, company: e.target.value })}
          error={errorFor('company')}
        />
        <TextField
          label="Title"
          value={position.title}
          required
          autoComplete="organization-title"
          // @NOTE The band is derived from the title on save, so an edited title has none yet.
          onChange={(e) => onChange({ ...position, title: e.target.value, seniority: null })}
          error={errorFor('title')}
        />
        <TextField
          label="From"
          hint="Year, or year-month (2018 or 2018-03)"
          value={position.from ?? ''}
          inputMode="numeric"
          pattern={DATE_PATTERN}
          onChange={(e) => onChange({ ...position, from: e.target.value || null })}
          error={errorFor('from')}
        />
        <TextField
          label="To"
          hint="Leave empty while this is your current position"
          value={position.to ?? ''}
          inputMode="numeric"
          pattern={DATE_PATTERN}
          onChange={(e) => onChange({ ...position, to: e.target.value || null })}
          error={errorFor('to')}
        />
      </div>
      <div className="position-footer">
        <p className="muted">
          {position.to ? 'Past position' : 'Current position'}
          {position.seniority ? (
            <>
              {' · '}
              <SeniorityBadge value={position.seniority} />
            </>
          ) : position.title ? (
            ' · seniority is derived from the title when you save'
          ) : null}
        </p>
        <button type="button" className="button button-ghost button-small" onClick={onRemove}>
          Remove<span className="visually-hidden"> {label}</span>
        </button>
      </div>
    </fieldset>
  )
}
