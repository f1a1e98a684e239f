import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ApiError } from '../api/client.js'
import { DegreeBadge } from '../components/DegreeBadge.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { InviteDialog } from '../components/InviteDialog.js'
import { Loading } from '../components/Loading.js'
import { MemberLink } from '../components/MemberLink.js'
import { MessageRequestForm } from '../components/MessageRequestForm.js'
import { PositionList } from '../components/PositionList.js'
import { ProfileRecommendations } from '../components/ProfileRecommendations.js'
import { ReportMemberForm } from '../components/ReportMemberForm.js'
import { Term } from '../components/Term.js'
import { WarmPaths } from '../components/WarmPaths.js'
import { WorkedTogetherForm } from '../components/WorkedTogetherForm.js'
import { WriteRecommendationForm } from '../components/WriteRecommendationForm.js'
import { useMember } from '../hooks/useMember.js'
import { usePendingInvitationWith } from '../hooks/usePendingInvitationWith.js'
import { useWorkedTogether } from '../hooks/useRecommendations.js'

export function MemberPage() {
  const { id = '' } = useParams()
  const member = useMember(id)
  const [inviting, setInviting] = useState(false)
  const workedTogether = useWorkedTogether()
  const pending = usePendingInvitationWith(id)

  if (member.isPending) return <Loading />
  if (member.isError) {
    if (member.error instanceof ApiError && member.error.status === 404) {
      return (
        <div className="stack">
          <title>Member not found · Rapport</title>
          <h1>Member not found</h1>
          <p>This member does not exist, or is not visible to you.</p>
          <Link to="/search">Search members</Link>
        </div>
      )
    }
    return <ErrorNotice error={member.error} onRetry={() => void member.refetch()} />
  }

  const profile = member.data
  const { isSelf, degree, flags, mutualConnections: mutual } = profile
  const confirmedWith = (workedTogether.data?.items ?? [])
    .filter((w) => w.member.id === profile.id && w.status === 'confirmed')
    .map((w) => w.engagement)

  return (
    <div className="stack-lg">
      <title>{`${profile.name} · Rapport`}</title>
      <section className="card stack profile-head" aria-labelledby="member-name">
        <div className="row-between">
          <div className="stack-sm">
            <h1 id="member-name">{profile.name}</h1>
            {profile.headline ? <p className="lead">{profile.headline}</p> : null}
            {profile.location ? <p className="muted">{profile.location}</p> : null}
            <p className="badges">
              {isSelf ? null : <DegreeBadge degree={degree} />}
              {flags.student ? <span className="badge">Student</span> : null}
              {flags.inTransition ? <span className="badge">In transition</span> : null}
              {flags.openNetworker ? (
                <span className="badge badge-warning">
                  <Term name="lion" />
                </span>
              ) : null}
            </p>
          </div>
          <div>
            {isSelf ? (
              <Link to="/profile" className="button button-secondary">
                Edit your profile
              </Link>
            ) : degree === 1 ? (
              <div className="stack-sm">
                <p className="muted">You are connected.</p>
                <Link to={`/messages/new?to=${encodeURIComponent(profile.id)}`} className="button">
                  Send a message
                </Link>
              </div>
            ) : pending === undefined ? null : pending?.direction === 'sent' ? (
              <p className="badge" role="status">
                Invitation pending
              </p>
            ) : pending?.direction === 'received' ? (
              <Link to="/invitations" className="button">
                Answer their invitation
              </Link>
            ) : (
              <button type="button" className="button" onClick={() => setInviting(true)}>
                Invite to connect
              </button>
            )}
          </div>
        </div>
      </section>

      {profile.valueProposition || profile.asks ? (
        <div className="grid-2">
          {profile.valueProposition ? (
            <section className="card stack-sm" aria-labelledby="help-heading">
              <h2 id="help-heading">How I can help</h2>
              <p className="prose">{profile.valueProposition}</p>
            </section>
          ) : null}
          {profile.asks ? (
            <section className="card stack-sm" aria-labelledby="asks-heading">
              <h2 id="asks-heading">What I'm looking for</h2>
              <p className="prose">{profile.asks}</p>
            </section>
          ) : null}
        </div>
      ) : null}

      {profile.positions.length > 0 ? (
        <section className="card stack-sm" aria-labelledby="positions-heading">
          <h2 id="positions-heading">Positions</h2>
          <PositionList positions={profile.positions} />
        </section>
      ) : null}

      {!isSelf ? (
        <section className="card stack-sm" aria-labelledby="mutual-heading">
          <h2 id="mutual-heading">Mutual connections</h2>
          {mutual.length === 0 ? (
            <p className="muted">No mutual connections that you may see.</p>
          ) : (
            <ul className="plain-list stack-sm">
              {mutual.map((m) => (
                <li key={m.id}>
                  <MemberLink member={m} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <ProfileRecommendations items={profile.recommendations} />

      {!isSelf && confirmedWith.length > 0 ? (
        <WriteRecommendationForm
          key={confirmedWith.map((e) => e.id).join()}
          member={profile}
          engagements={confirmedWith}
        />
      ) : null}

      {!isSelf ? <WorkedTogetherForm member={profile} /> : null}

      {!isSelf && degree !== 1 ? <WarmPaths target={profile} /> : null}
      {!isSelf && degree !== 1 ? (
        <MessageRequestForm memberId={profile.id} name={profile.name} />
      ) : null}

      {!isSelf ? <ReportMemberForm memberId={profile.id} name={profile.name} /> : null}

      {!isSelf ? (
        <InviteDialog member={profile} open={inviting} onClose={() => setInviting(false)} />
      ) : null}
    </div>
  )
}
