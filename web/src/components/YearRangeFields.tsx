import { TextField } from './TextField.js'

const YEAR_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?'

interface YearRangeFieldsProps {
  from: string
  to: string
  onChange: (range: { from: string; to: string }) => void
  errorFor: (field: string) => string | undefined
}

export function YearRangeFields({ from, to, onChange, errorFor }: YearRangeFieldsProps) {
  return (
    <>
      <TextField
        label="From year"
        value={from}
        inputMode="numeric"
        pattern={YEAR_PATTERN}
        onChange={(e) => onChange({ from: e.target.value, to })}
        error={errorFor('from')}
      />
      <TextField
        label="To year"
        value={to}
        inputMode="numeric"
        pattern={YEAR_PATTERN}
        onChange={(e) => onChange({ from, to: e.target.value })}
        error={errorFor('to')}
      />
    </>
  )
}
