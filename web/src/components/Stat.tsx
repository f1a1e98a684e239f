import type { ReactNode } from 'react'

/** A figure with its label; the label is read first so the number has a meaning. */
export function Stat({
  label,
  value,
  detail,
}: {
  label: ReactNode
  value: string
  detail?: string
}) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {detail ? <span className="stat-label">{detail}</span> : null}
    </div>
  )
}
