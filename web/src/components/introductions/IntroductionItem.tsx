import { Link } from 'react-router'
import type { Introduction } from '../../hooks/useIntroductions.js'
import { formatDate } from '../../lib/format.js'
import { kindWord, statusWords, waitsFor } from './status-words.js'

/** One line of the member's introductions: who, which way, and where it stands. */
function summary(item: Introduction): string {
  switch (item.role) {
    case 'requester':
      return `${item.introducer.name} → ${item.target.name}`
    case 'introducer':
      return `${item.requester.name} asks to meet ${item.target.name}`
    case 'target':
      return `${item.introducer.name} introduces ${item.requester.name}`
  }
}

export function IntroductionItem({ item }: { item: Introduction }) {
  const waiting = waitsFor(item)
  return (
    <li className="card row-between" aria-label={summary(item)}>
      <div className="stack-sm">
        <p>
          <strong>{kindWord(item.kind)}</strong> ·{' '}
          <Link to={`/introductions/${item.id}`}>{summary(item)}</Link>
        </p>
        <p className="muted">Asked {formatDate(item.createdAt)}</p>
      </div>
      <div className="stack-sm">
        <span className={waiting ? 'badge badge-warning' : 'badge'}>
          {statusWords(item.status, item.role)}
        </span>
        {item.conversationId ? (
          <Link to={`/messages/${item.conversationId}`}>Conversation</Link>
        ) : null}
      </div>
    </li>
  )
}
