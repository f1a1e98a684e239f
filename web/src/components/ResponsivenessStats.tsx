import type { Responsiveness } from '../api/schema.js'
import { Stat } from './Stat.js'
import { percent } from './tie-band.js'

/** How often, and how fast, the other side answers the member's messages. */
export function ResponsivenessStats({ value }: { value: Responsiveness }) {
  if (value.sent === 0) {
    return <p className="muted">You have not written to them yet, so there is nothing to answer.</p>
  }
  return (
    <div className="stat-grid">
      <Stat
        label="Answered"
        value={percent(value.rate)}
        detail={`${value.answered} of ${value.sent} messages`}
      />
      <Stat
        label="Within 48 hours"
        value={percent(value.rateWithin48h)}
        detail={`${value.answeredWithin48h} of ${value.sent} messages`}
      />
      {typeof value.medianReplyHours === 'number' ? (
        <Stat
          label="Typical reply"
          value={
            value.medianReplyHours < 48
              ? `${Math.round(value.medianReplyHours)} h`
              : `${Math.round(value.medianReplyHours / 24)} days`
          }
        />
      ) : null}
    </div>
  )
}
