import { useState } from 'react'
import { Link } from 'react-router'
import type { MemberSummary, WarmPath } from '../api/schema.js'
import { IntroductionRequestForm } from './introductions/IntroductionRequestForm.js'
import { ownScoreLabel } from './tie-band.js'

interface WarmPathItemProps {
  path: WarmPath
  /** Link the target's name to their page (lists of several targets). */
  linkTarget?: boolean
  /** The target's title, where the list is about people in a role. */
  title?: string
  /**
   * Everyone who could introduce the member to this path's target, best path first; the
   * introducer of this path is one of them. Only a path with one member between can be asked.
   */
  introducers?: readonly MemberSummary[]
}

function MemberStep({ member }: { member: MemberSummary }) {
  return <Link to={`/members/${encodeURIComponent(member.id)}`}>{member.name}</Link>
}

/**
 * You → introducer → … → target, with your own score of your first tie. The other ties rank the
 * path but are not shown: their strengths are other members' private scores.
 */
export function WarmPathItem({ path, linkTarget = false, title, introducers }: WarmPathItemProps) {
  const { target } = path
  const introducer = path.viaMembers[0]
  const yourTie = ownScoreLabel(path.strength)
  const [asking, setAsking] = useState(false)
  const askable = introducer !== undefined && path.viaMembers.length === 1
  return (
    <li className="card path-item">
      <ol className="path" aria-label={`Path to ${target.name}`}>
        <li>You</li>
        {path.viaMembers.map((member) => (
          <li key={member.id}>
            <MemberStep member={member} />
          </li>
        ))}
        <li>
          <strong>{linkTarget ? <MemberStep member={target} /> : target.name}</strong>
          {title ? <span className="muted"> · {title}</span> : null}
        </li>
      </ol>
      <p className="muted">
        {introducer
          ? `${introducer.name} could introduce you · your tie to ${introducer.name}: ${yourTie}`
          : `You are connected directly · your tie: ${yourTie}`}
      </p>
      {askable && !asking ? (
        <div>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setAsking(true)}
          >
            Ask {introducer.name} for an introduction
          </button>
        </div>
      ) : null}
      {askable && asking ? (
        <IntroductionRequestForm
          target={target}
          introducers={introducers ?? [introducer]}
          initialVia={introducer.id}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </li>
  )
}
