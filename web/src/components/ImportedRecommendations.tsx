import { useImportedRecommendations } from '../hooks/useRecommendations.js'
import { formatDate } from '../lib/format.js'

/**
 * The recommendations given to or received from this contact, as the member's LinkedIn export
 * had them: the member's own records, never shown on a profile. Nothing shows when there are none.
 */
export function ImportedRecommendations({ contactId }: { contactId: string }) {
  const imported = useImportedRecommendations(contactId)
  const items = imported.data?.items ?? []
  if (items.length === 0) return null
  return (
    <section className="card stack-sm" aria-labelledby="imported-recommendations-heading">
      <h2 id="imported-recommendations-heading">Recommendations from LinkedIn</h2>
      <p className="muted">From your LinkedIn export; only you see them.</p>
      <ul className="plain-list stack">
        {items.map((r) => (
          <li key={r.id} className="stack-sm">
            <p className="muted">
              {r.direction === 'given' ? `You recommended ${r.name}` : `${r.name} recommended you`}
              {r.at ? `, ${formatDate(r.at)}` : ''}
            </p>
            <p className="prose">{r.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
