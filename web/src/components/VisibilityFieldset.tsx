import type { Visibility } from '../api/types.js'

const OPTIONS: ReadonlyArray<{ value: Visibility; label: string; explanation: string }> = [
  {
    value: 'only_me',
    label: 'Only me',
    explanation: 'Nobody else can see whom you know, and no introduction paths run through you.',
  },
  {
    value: 'strong_ties',
    label: 'My strong ties',
    explanation:
      'The people you are closest to can see whom you know and may ask you for an introduction. Everyone else cannot.',
  },
  {
    value: 'connections',
    label: 'All my connections',
    explanation:
      'Every person you are connected with can see whom you know and may ask you for an introduction.',
  },
]

interface VisibilityFieldsetProps {
  value: Visibility
  onChange: (value: Visibility) => void
  error?: string | undefined
}

export function VisibilityFieldset({ value, onChange, error }: VisibilityFieldsetProps) {
  return (
    <fieldset className="choices" aria-describedby={error ? 'visibility-error' : undefined}>
      <legend>Who can see your network</legend>
      {OPTIONS.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={`visibility-${option.value}`}
            name="visibility"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-describedby={`visibility-${option.value}-help`}
          />
          <label htmlFor={`visibility-${option.value}`}>{option.label}</label>
          <p id={`visibility-${option.value}-help`} className="field-hint">
            {option.explanation}
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
