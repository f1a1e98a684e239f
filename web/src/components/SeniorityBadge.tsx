import { seniorityLabel } from '../lib/format.js'

export function SeniorityBadge({ value }: { value: string | null | undefined }) {
  const label = seniorityLabel(value)
  if (!label) return null
  return (
    <span className="badge">
      <span className="visually-hidden">Seniority: </span>
      {label}
    </span>
  )
}
