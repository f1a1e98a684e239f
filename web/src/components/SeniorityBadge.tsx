import type { Seniority } from '../api/schema.js'
import { SENIORITY_LABELS } from '../lib/format.js'

export function SeniorityBadge({ value }: { value: Seniority }) {
  return (
    <span className="badge">
      <span className="visually-hidden">Seniority: </span>
      {SENIORITY_LABELS[value]}
    </span>
  )
}
