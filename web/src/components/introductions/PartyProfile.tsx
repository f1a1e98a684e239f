import { Link } from 'react-router'
import type { Introduction } from '../../hooks/useIntroductions.js'
import { PositionList } from '../PositionList.js'

type Profile = NonNullable<Introduction['requesterProfile']>

/** What a party needs to know of the other to decide: who they are and what they offer and seek. */
export function PartyProfile({ profile, heading }: { profile: Profile; heading: string }) {
  return (
    <section className="card stack-sm" aria-label={heading}>
      <h2>{heading}</h2>
      <p>
        <Link to={`/members/${encodeURIComponent(profile.id)}`}>
          <strong>{profile.name}</strong>
        </Link>
        {profile.headline ? ` · ${profile.headline}` : null}
      </p>
      {profile.location ? <p className="muted">{profile.location}</p> : null}
      <p className="badges">
        {profile.flags.student ? <span className="badge">Student</span> : null}
        {profile.flags.inTransition ? <span className="badge">In transition</span> : null}
      </p>
      {profile.valueProposition ? (
        <p>
          <strong>How I can help:</strong> {profile.valueProposition}
        </p>
      ) : null}
      {profile.asks ? (
        <p>
          <strong>What I'm looking for:</strong> {profile.asks}
        </p>
      ) : null}
      {profile.positions.length > 0 ? <PositionList positions={profile.positions} /> : null}
    </section>
  )
}
