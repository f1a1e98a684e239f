import { useEffect } from 'react'
import { Link, useParams } from 'react-router'
import { ApiError } from '../api/client.js'
import { ErrorNotice } from '../components/ErrorNotice.js'
import { Loading } from '../components/Loading.js'
import { MessageBody } from '../components/MessageBody.js'
import { MessageComposer } from '../components/MessageComposer.js'
import { OfferStatus } from '../components/OfferStatus.js'
import {
  useConversation,
  useConversationMessages,
  usePostMessage,
  useReadConversation,
} from '../hooks/useMessages.js'
import { conversationTitle } from '../lib/conversation-title.js'
import { formatDate } from '../lib/format.js'

/** One conversation, oldest message at the top, marked read while it is open. */
export function ConversationPage() {
  const { id = '' } = useParams()
  const conversation = useConversation(id)
  const messages = useConversationMessages(id)
  const post = usePostMessage(id)
  const read = useReadConversation(id)
  const unread = conversation.data?.unread ?? 0
  const { mutate: markRead, isPending: marking } = read

  // Whatever arrives while the page is open is read by being shown.
  useEffect(() => {
    if (unread > 0 && !marking) markRead()
  }, [unread, marking, markRead])

  if (conversation.isPending) return <Loading />
  if (conversation.isError) {
    if (conversation.error instanceof ApiError && conversation.error.status === 404) {
      return (
        <div className="stack">
          <title>Conversation not found · Rapport</title>
          <h1>Conversation not found</h1>
          <Link to="/messages">Back to your messages</Link>
        </div>
      )
    }
    return <ErrorNotice error={conversation.error} onRetry={() => void conversation.refetch()} />
  }
  const title = conversationTitle(conversation.data.with)
  const items = [...(messages.data?.items ?? [])].reverse()

  return (
    <div className="stack-lg">
      <title>{`${title} · Messages · Rapport`}</title>
      <p>
        <Link to="/messages">← All messages</Link>
      </p>
      <h1>{title}</h1>
      {messages.isError ? <ErrorNotice error={messages.error} /> : null}
      <ol className="plain-list stack-sm message-list" aria-label="Messages" aria-live="polite">
        {items.map((m) => (
          <li key={m.id} className={`card message${m.mine ? ' message-mine' : ''}`}>
            <p className="muted">
              <strong>{m.mine ? 'You' : m.sender.name}</strong> · {formatDate(m.createdAt)}
            </p>
            <MessageBody body={m.body} />
            {m.offer ? <OfferStatus message={m} /> : null}
          </li>
        ))}
      </ol>
      <MessageComposer
        label="Your reply"
        pending={post.isPending}
        error={post.error}
        onSend={(body) => post.mutateAsync(body)}
      />
    </div>
  )
}
