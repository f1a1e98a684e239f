import { introductionOutcomeKindValues } from '../../api/enums.js'
import { useNetworkProduced } from '../../hooks/useIntroductions.js'
import { formatDate } from '../../lib/format.js'
import { ErrorNotice } from '../ErrorNotice.js'
import { Loading } from '../Loading.js'
import { OUTCOME_LABELS } from './status-words.js'

/** What the introductions the member was given led to, by kind and one by one. */
export function NetworkProduced() {
  const produced = useNetworkProduced()
  if (produced.isPending) return <Loading />
  if (produced.isError) return <ErrorNotice error={produced.error} />
  const { counts, items } = produced.data
  return (
    <section className="card stack-sm" aria-labelledby="produced-heading">
      <h2 id="produced-heading">What my network produced</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing recorded yet: you are asked a month after an introduction.</p>
      ) : (
        <>
          <ul className="plain-list" aria-label="By kind">
            {introductionOutcomeKindValues.map((k) => (
              <li key={k}>
                {OUTCOME_LABELS[k]}: {counts[k]}
              </li>
            ))}
          </ul>
          <ul className="plain-list stack-sm" aria-label="One by one">
            {items.map((item) => (
              <li key={item.introductionId}>
                {OUTCOME_LABELS[item.kind]} with {item.with.name}, introduced by{' '}
                {item.introducer.name} · {formatDate(item.at)}
                {item.note ? <span className="muted"> — {item.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
