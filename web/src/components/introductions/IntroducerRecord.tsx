import { introductionOutcomeKindValues } from '../../api/enums.js'
import { useIntroducerRecord } from '../../hooks/useIntroductions.js'
import { ErrorNotice } from '../ErrorNotice.js'
import { Loading } from '../Loading.js'
import { OUTCOME_LABELS } from './status-words.js'

/** The introducer's private record of how the introductions they passed on went. */
export function IntroducerRecord() {
  const record = useIntroducerRecord()
  if (record.isPending) return <Loading />
  if (record.isError) return <ErrorNotice error={record.error} />
  const r = record.data
  return (
    <section className="card stack-sm" aria-labelledby="record-heading">
      <h2 id="record-heading">My record as an introducer</h2>
      <p className="muted">Only you see this.</p>
      <p>
        Passed on {r.forwarded} · accepted {r.accepted} · declined {r.declined} · expired{' '}
        {r.expired}
      </p>
      {r.accepted > 0 ? (
        <ul className="plain-list" aria-label="What they led to">
          {introductionOutcomeKindValues.map((k) => (
            <li key={k}>
              {OUTCOME_LABELS[k]}: {r.outcomes[k]}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
