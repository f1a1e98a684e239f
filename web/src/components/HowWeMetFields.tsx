import type { HowWeMetKind } from '../api/types.js'
import { TextField } from './TextField.js'
import { YearRangeFields } from './YearRangeFields.js'

export interface HowWeMetDraft {
  kind: HowWeMetKind
  company: string
  detail: string
  from: string
  to: string
  place: string
  date: string
}

export const EMPTY_HOW_WE_MET: HowWeMetDraft = {
  kind: 'worked_together',
  company: '',
  detail: '',
  from: '',
  to: '',
  place: '',
  date: '',
}

const KINDS: ReadonlyArray<{ value: HowWeMetKind; label: string }> = [
  { value: 'worked_together', label: 'We worked together' },
  { value: 'studied_together', label: 'We studied together' },
  { value: 'met_in_person', label: 'We met in person' },
  { value: 'introduced', label: 'A member introduced us' },
  { value: 'other', label: 'Other' },
]

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?'

interface HowWeMetFieldsProps {
  value: HowWeMetDraft
  onChange: (value: HowWeMetDraft) => void
  errorFor: (field: string) => string | undefined
}

export function HowWeMetFields({ value, onChange, errorFor }: HowWeMetFieldsProps) {
  const set = (patch: Partial<HowWeMetDraft>) => onChange({ ...value, ...patch })
  return (
    <fieldset className="choices">
      <legend>How we know each other</legend>
      <div className="choice-row">
        {KINDS.map((kind) => (
          <div className="choice" key={kind.value}>
            <input
              type="radio"
              id={`how-${kind.value}`}
              name="howWeMet"
              value={kind.value}
              checked={value.kind === kind.value}
              onChange={() => set({ kind: kind.value })}
            />
            <label htmlFor={`how-${kind.value}`}>{kind.label}</label>
          </div>
        ))}
      </div>
      {errorFor('kind') ? <p className="field-error">{errorFor('kind')}</p> : null}

      {value.kind === 'worked_together' ? (
        <div className="grid-3">
          <TextField
            label="Company"
            value={value.company}
            required
            onChange={(e) => set({ company: e.target.value })}
            error={errorFor('company')}
          />
          <YearRangeFields
            from={value.from}
            to={value.to}
            onChange={(range) => set(range)}
            errorFor={errorFor}
          />
        </div>
      ) : null}

      {value.kind === 'studied_together' ? (
        <div className="grid-3">
          <TextField
            label="School"
            value={value.detail}
            onChange={(e) => set({ detail: e.target.value })}
            error={errorFor('detail')}
          />
          <YearRangeFields
            from={value.from}
            to={value.to}
            onChange={(range) => set(range)}
            errorFor={errorFor}
          />
        </div>
      ) : null}

      {value.kind === 'met_in_person' ? (
        <div className="grid-2">
          <TextField
            label="Where"
            hint="An event, a city, a client's office…"
            value={value.place}
            required
            onChange={(e) => set({ place: e.target.value })}
            error={errorFor('place')}
          />
          <TextField
            label="When"
            hint="2019, 2019-06 or 2019-06-14"
            value={value.date}
            required
            inputMode="numeric"
            pattern={DATE_PATTERN}
            onChange={(e) => set({ date: e.target.value })}
            error={errorFor('date')}
          />
        </div>
      ) : null}

      {value.kind === 'introduced' ? (
        <TextField
          label="Introduced by"
          hint="The member who introduced you"
          value={value.detail}
          required
          onChange={(e) => set({ detail: e.target.value })}
          error={errorFor('detail')}
        />
      ) : null}

      {value.kind === 'other' ? (
        <TextField
          label="Details"
          value={value.detail}
          required
          onChange={(e) => set({ detail: e.target.value })}
          error={errorFor('detail')}
        />
      ) : null}
    </fieldset>
  )
}
