import { Link, useParams } from 'react-router'
import { ApiError } from '../api/client.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { IntroducerDecision, TargetDecision } from '../components/introductions/DecisionForms.js'
import { PartyProfile } from '../components/introductions/PartyProfile.js'
import { kindWord, statusWords } from '../components/introductions/status-words.js'
import { Loading } from '../components/Loading.js'
import { ownScoreLabel } from '../components/tie-band.js'
import { useIntroduction } from '../hooks/useIntroductions.js'
import { describeHowWeMet, formatDate } from '../lib/format.js'

/** One introduction, as the viewer's part in it lets them see it, with their decision if it waits for one. */
export function IntroductionPage() {
  const { id = '' } = useParams()
  const query = useIntroduction(id)
  if (query.isPending) return <Loading />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <div className="stack">
          <title>Introduction not found · Rapport</title>
          <h1>Introduction not found</h1>
          <Link to="/introductions">Your introductions</Link>
        </div>
      )
    }
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
  }
  const item = query.data.introduction
  const { role, requester, introducer, target } = item
  const relationship = item.requesterRelationship
  const heading =
    role === 'requester'
      ? `${kindWord(item.kind)} to ${target.name} through ${introducer.name}`
      : role === 'introducer'
        ? `${requester.name} asks you to introduce them to ${target.name}`
        : `${introducer.name} would like to introduce ${requester.name} to you`
  return (
    <div className="stack-lg">
      <title>{`${kindWord(item.kind)} · Rapport`}</title>
      <p>
        <Link to="/introductions">← Introductions</Link>
      </p>
      <section className="card stack-sm" aria-labelledby="intro-heading">
        <h1 id="intro-heading">{heading}</h1>
        <p>
          Status: <strong role="status">{statusWords(item.status, role)}</strong> · asked{' '}
          {formatDate(item.createdAt)}
          {item.decidedAt ? ` · settled ${formatDate(item.decidedAt)}` : null}
        </p>
        <h2>Value for {role === 'target' ? 'you' : target.name}</h2>
        <p className="prose">{item.valueForTarget}</p>
        <h2>Value for {role === 'requester' ? 'you' : requester.name}</h2>
        <p className="prose">{item.valueForRequester}</p>
        {item.introducerNote ? (
          <>
            <h2>{role === 'introducer' ? 'Your note' : `${introducer.name}’s note`}</h2>
            <p className="prose">{item.introducerNote}</p>
          </>
        ) : null}
        {item.declineReason ? (
          <p className="muted">Your private reason: {item.declineReason}</p>
        ) : null}
        {item.resume ? (
          <p>
            <a href={`/api/introductions/${item.id}/resume`} download={item.resume.name}>
              Download the résumé ({item.resume.name})
            </a>
          </p>
        ) : null}
        {item.conversationId ? (
          <p>
            <Link to={`/messages/${item.conversationId}`} className="button">
              Open the conversation of the three of you
            </Link>
          </p>
        ) : null}
      </section>
      {relationship ? (
        <section className="card stack-sm" aria-labelledby="tie-heading">
          <h2 id="tie-heading">You and {requester.name}</h2>
          <p>Your tie: {ownScoreLabel(relationship.strength)}</p>
          <p>
            {relationship.howWeMet
              ? describeHowWeMet(relationship.howWeMet)
              : 'How you met is not recorded.'}
          </p>
          <p>
            Last contact:{' '}
            {relationship.lastContactAt ? formatDate(relationship.lastContactAt) : 'none recorded'}
          </p>
        </section>
      ) : null}
      {item.requesterProfile && role !== 'requester' ? (
        <PartyProfile profile={item.requesterProfile} heading={`About ${requester.name}`} />
      ) : null}
      {item.targetProfile ? (
        <PartyProfile profile={item.targetProfile} heading={`About ${target.name}`} />
      ) : null}
      {role === 'introducer' && item.status === 'requested' ? (
        <IntroducerDecision item={item} />
      ) : null}
      {role === 'target' && item.status === 'forwarded' ? <TargetDecision item={item} /> : null}
    </div>
  )
}
