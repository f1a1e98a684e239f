import type { Position } from '../api/schema.js'
import { formatRange } from '../lib/format.js'
import { SeniorityBadge } from './SeniorityBadge.js'

export function PositionList({ positions }: { positions: Position[] }) {
  return (
    <ul className="plain-list stack-sm">
      {positions.map((p) => (
        <li key={`${p.company}|${p.title}|${p.from ?? ''}|${p.to ?? ''}`} className="position-line">
          <span>
            <strong>{p.title}</strong> at {p.company}
          </span>
          <span className="muted">
            {' '}
            {p.to
              ? formatRange(p.from, p.to)
              : p.from
                ? `${formatRange(p.from, null)} (current)`
                : 'current'}
          </span>{' '}
          <SeniorityBadge value={p.seniority} />
        </li>
      ))}
    </ul>
  )
}
