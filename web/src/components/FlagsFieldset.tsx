import type { Flags } from '../api/schema.js'

const FLAGS: ReadonlyArray<{ key: keyof Flags; label: string; explanation: string }> = [
  {
    key: 'student',
    label: 'Student',
    explanation: 'Some members open up more readily to students asking for advice.',
  },
  {
    key: 'inTransition',
    label: 'In transition',
    explanation: 'You are between roles; introducers may let you ask with a lower bar.',
  },
  {
    key: 'openNetworker',
    label: 'Open networker',
    explanation: 'You connect with almost anyone. This is shown on your profile as such.',
  },
]

interface FlagsFieldsetProps {
  value: Flags
  onChange: (value: Flags) => void
}

export function FlagsFieldset({ value, onChange }: FlagsFieldsetProps) {
  return (
    <fieldset className="choices">
      <legend>About your situation</legend>
      {FLAGS.map((flag) => (
        <div className="choice" key={flag.key}>
          <input
            type="checkbox"
            id={`flag-${flag.key}`}
            checked={value[flag.key]}
            onChange={(e) => onChange({ ...value, [flag.key]: e.target.checked })}
            aria-describedby={`flag-${flag.key}-help`}
          />
          <label htmlFor={`flag-${flag.key}`}>{flag.label}</label>
          <p id={`flag-${flag.key}-help`} className="field-hint">
            {flag.explanation}
          </p>
        </div>
      ))}
    </fieldset>
  )
}
