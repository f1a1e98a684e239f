import type { ProfileRecommendation } from '../api/schema.js'
import { MemberLink } from './MemberLink.js'

/** The approved recommendations on a profile, each with the engagement both confirmed. */
export function ProfileRecommendations({ items }: { items: ProfileRecommendation[] }) {
  return (
    <section className="card stack-sm" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">Recommendations</h2>
      {items.length === 0 ? (
        <p className="muted">No recommendations yet.</p>
      ) : (
        <ul className="plain-list stack">
          {items.map((r) => (
            <li key={r.id} className="stack-sm recommendation">
              <MemberLink member={r.author} />
              <p className="muted">{r.engagement.line}</p>
              <p className="prose">{r.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
