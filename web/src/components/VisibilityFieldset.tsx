import { visibilityValues } from '../api/enums.js'
import type { Visibility } from '../api/schema.js'

const WORDING: Record<Visibility, { label: string; explanation: string }> = {
  only_me: {
    label: 'Only me',
    explanation: 'Nobody else can see whom you know, and no introduction paths run through you.',
  },
  strong_ties: {
    label: 'My strong ties',
    explanation:
      'The people you are closest to can see whom you know and may ask you for an introduction. Everyone else cannot.',
  },
  connections: {
    label: 'All my connections',
    explanation:
      'Every person you are connected with can see whom you know and may ask you for an introduction.',
  },
}

interface VisibilityFieldsetProps {
  value: Visibility
  onChange: (value: Visibility) => void
  error?: string | undefined
}

export function VisibilityFieldset({ value, onChange, error }: VisibilityFieldsetProps) {
  return (
    <fieldset className="choices" aria-describedby={error ? 'visibility-error' : undefined}>
      <legend>Who can see your network</legend>
      {visibilityValues.map((option) => (
        <div className="choice" key={option}>
          <input
            type="radio"
            id={`visibility-${option}`}
            name="visibility"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            aria-describedby={`visibility-${option}-help`}
          />
          <label htmlFor={`visibility-${option}`}>{WORDING[option].label}</label>
          <p id={`visibility-${option}-help`} className="field-hint">
            {WORDING[option].explanation}
          </p>
        </div>
      ))}
      {error ? (
        <p id="visibility-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
