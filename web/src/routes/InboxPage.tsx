import { Link } from 'react-router'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { useConversations } from '../hooks/useMessages.js'
import { conversationTitle } from '../lib/conversation-title.js'
import { formatDate } from '../lib/format.js'

/** The member's conversations, the newest message first, with what is unread. */
export function InboxPage() {
  const conversations = useConversations()
  return (
    <div className="stack-lg">
      <title>Messages · Rapport</title>
      <h1>Messages</h1>
      {conversations.isPending ? (
        <Loading />
      ) : conversations.isError ? (
        <ErrorNotice error={conversations.error} onRetry={() => void conversations.refetch()} />
      ) : conversations.data.items.length === 0 ? (
        <p className="muted">
          No conversations yet. Write to a connection from their page or your contacts.
        </p>
      ) : (
        <ul className="plain-list stack-sm" aria-label="Conversations">
          {conversations.data.items.map((c) => {
            const title = conversationTitle(c.with)
            return (
              <li key={c.id} className={`card conversation-item${c.unread > 0 ? ' unread' : ''}`}>
                <div className="row-between">
                  <Link to={`/messages/${encodeURIComponent(c.id)}`} className="member-name">
                    {title}
                  </Link>
                  {c.unread > 0 ? (
                    <span className="badge badge-unread">{c.unread} unread</span>
                  ) : null}
                </div>
                {c.lastMessage ? (
                  <p className="muted conversation-preview">
                    {c.lastMessage.mine ? 'You: ' : ''}
                    {c.lastMessage.body.slice(0, 140)}
                  </p>
                ) : null}
                <p className="muted">{formatDate(c.lastMessageAt)}</p>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
