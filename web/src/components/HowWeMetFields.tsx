import type { HowWeMet } from '../api/schema.js'
import { keysOf } from '../lib/keys.js'
import { TextField } from './TextField.js'
import { YearRangeFields } from './YearRangeFields.js'

export interface HowWeMetDraft {
  kind: HowWeMet['kind']
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

// @NOTE The kinds are the variants of the server's HowWeMet union, which has no enum of its own:
// the record is keyed by them, so a new variant fails to compile here until it has words.
const KIND_LABELS: Record<HowWeMet['kind'], string> = {
  worked_together: 'We worked together',
  studied_together: 'We studied together',
  met_in_person: 'We met in person',
  introduced: 'A member introduced us',
  other: 'Other',
}
const KINDS = keysOf(KIND_LABELS)

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
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`how-${kind}`}
              name="howWeMet"
              value={kind}
              checked={value.kind === kind}
              onChange={() => set({ kind })}
            />
            <label htmlFor={`how-${kind}`}>{KIND_LABELS[kind]}</label>
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
