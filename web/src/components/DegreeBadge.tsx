import { type Degree, degreeLabel } from '../lib/format.js'

export function DegreeBadge({ degree }: { degree: Degree }) {
  return <span className={`badge badge-degree-${degree ?? 'none'}`}>{degreeLabel(degree)}</span>
}
